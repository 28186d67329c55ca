"""Start Diptych from a source checkout: `python main.py` equals `diptych`."""

import sys

from viewer.cli import main

if __name__ == "__main__":
    sys.exit(main())
