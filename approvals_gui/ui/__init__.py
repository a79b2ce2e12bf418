"""PySide6 widgets, models and delegates. Calls services; decides nothing."""
