"""``python -m infobox``: the same program as the ``infobox`` command."""

import sys

from .cli import main

if __name__ == "__main__":  # pragma: no cover - run as a subprocess by tests/test_cli.py
    sys.exit(main())
