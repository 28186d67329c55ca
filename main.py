"""Start Diptych from a source checkout: `python main.py` equals `diptych`."""

import multiprocessing
import sys

from viewer.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # the frozen app starts its index builder this way
    sys.exit(main())
