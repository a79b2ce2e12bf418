"""Start 一次办结: the window by default, a headless command when one is named."""

import sys

from approvals_gui.app import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
