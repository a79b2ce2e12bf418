"""The entry point of both executables: `yicibanjie` (windowed) and `yicibanjie-cli`
(a console program for the headless commands). They run the same code as
`python main.py`; only the console differs."""

from __future__ import annotations

import contextlib
import io
import sys

INFO_OPTIONS = ("--version", "-h", "--help")


def main(argv: list[str]) -> int:
    if argv[:1] and argv[0] in INFO_OPTIONS:
        return _info(argv)
    from approvals_gui.app import main as run

    return run(argv)


def _info(argv: list[str]) -> int:
    """--version and --help: printed, or shown in a message box by a windowed build on
    Windows, which has no console to print to."""
    from approvals_gui import cli

    if sys.stdout is not None:
        return cli.main(argv)
    text = io.StringIO()
    code = 0
    with contextlib.redirect_stdout(text), contextlib.redirect_stderr(text):
        try:
            code = cli.main(argv)
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 0
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication, QMessageBox

    app = QApplication(sys.argv[:1])
    box = QMessageBox(QMessageBox.Icon.Information, "一次办结", text.getvalue().rstrip())
    box.setFont(QFont("Consolas"))
    box.exec()
    del app
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
