"""``python -m infobox.cli``: the same program as the ``infobox`` command."""

import sys

try:
    from . import main
except KeyboardInterrupt:  # Ctrl-C while Python imports the package: one line, no traceback
    sys.stderr.write("infobox: interrupted\n")
    sys.exit(130)

if __name__ == "__main__":  # pragma: no cover - run as a subprocess by the tests
    sys.exit(main())
