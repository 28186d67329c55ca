"""`make bench`: performance figures, printed; each run measures its own
baseline on the same machine in the same run."""

import sys

from tests.bench import (
    align,
    annotations,
    annotations_panel,
    annotations_reader,
    compare,
    counterparts,
    library,
    pdf,
    reader,
    search,
    startup,
)


def main() -> int:
    sections = (
        startup,
        reader,
        search,
        counterparts,
        annotations,
        annotations_reader,
        annotations_panel,
        compare,
        pdf,
        align,
        library,
    )
    for section in sections:
        section.run()
    return 0


if __name__ == "__main__":
    sys.exit(main())
