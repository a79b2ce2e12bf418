"""一次办结: EIA approval tracker. Names only; importing this has no side effects."""

__version__ = "0.1.0"
APP_NAME = "approvals-gui"
ORG_NAME = "approvals-gui"
# The headless commands: `main.py COMMAND` runs one instead of opening the window.
COMMANDS = ("demo", "check", "backup", "restore", "export", "import", "report", "notice", "users")
