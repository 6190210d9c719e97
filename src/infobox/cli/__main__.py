"""``python -m infobox.cli``: the same program as the ``infobox`` command."""

import sys

from . import main

if __name__ == "__main__":  # pragma: no cover - run as a subprocess by the tests
    sys.exit(main())
