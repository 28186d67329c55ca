"""`make bench`: performance figures, printed; each run measures its own
baseline on the same machine in the same run."""

import sys

from tests.bench import annotations, annotations_reader, reader, search, startup


def main() -> int:
    for section in (startup, reader, search, annotations, annotations_reader):
        section.run()
    return 0


if __name__ == "__main__":
    sys.exit(main())
