"""Documents drawn by Qt: notices, PDF reports and the figures' charts.

Used by the window and by the command line (which starts an offscreen Qt application
for them), so nothing here imports the window's code.
"""
