"""``python -m infobox``: the same program as the ``infobox`` command."""

import sys

try:
    from .cli import main
except KeyboardInterrupt:  # Ctrl-C while Python imports the package: one line, no traceback
    sys.stderr.write("infobox: interrupted\n")
    sys.exit(130)

if __name__ == "__main__":  # pragma: no cover - run as a subprocess by tests/test_cli.py
    sys.exit(main())
