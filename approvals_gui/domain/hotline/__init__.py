"""The 12369 environmental hotline: reports (举报) as cases on the approvals' calendar.

`cases` holds what a case is and the steps it takes; `rules` its time limits and their
legal basis; `clock` its due dates ("why this date?" included); `repeats` which open case
a new report may join; `figures` the rates with their definitions; `privacy` what of the
reporter is shown to whom.
"""
