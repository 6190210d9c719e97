"""The ``infobox`` command line: reading files, printing, exit codes.

Library code never prints; this module does, and it never shows a traceback:
a problem with one input is one line on stderr naming the file, the other
inputs are still processed, and the exit status is 1 (2 for a usage error).
The output streams are guarded the same way (:func:`main`): a closed or full
standard output is one line and status 1, a broken pipe ends quietly with 141,
Ctrl-C with one line and 130, and characters the output's encoding lacks are
written as escapes rather than lost.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import sys
from collections.abc import Callable, Sequence
from typing import Final

from .. import __version__
from .commands import parser as _parser
from .streams import escape_unencodable, flush_or_silence, say, silence_stdout

__all__ = ["main"]

#: Exit statuses beyond 0, 1 and 2: a broken pipe (128 + SIGPIPE, as a shell reports
#: a command SIGPIPE ended), Ctrl-C (128 + SIGINT), and a bug (sysexits' EX_SOFTWARE).
EXIT_BROKEN_PIPE: Final = 141
EXIT_INTERRUPTED: Final = 130
EXIT_BUG: Final = 70


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return its exit status; never raise, never show a traceback.

    ``python -m infobox`` and the ``infobox`` script both call this.

    >>> main(["--version"])  # doctest: +ELLIPSIS
    infobox ...
    0
    """
    if sys.stderr is None:  # started with stderr closed (`2>&-`): argparse would use stdout
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - lives to exit
    if sys.stdout is None:  # started with standard output closed (`>&-`)
        say("infobox: standard output is closed; nothing can be written")
        return 1
    escape_unencodable(sys.stdout)
    try:
        status = _main(argv)
        sys.stdout.flush()  # a full disk shows here, not in Python's exit
    except KeyboardInterrupt:
        with contextlib.suppress(ValueError):  # a second Ctrl-C must not interrupt the exit
            signal.signal(signal.SIGINT, signal.SIG_IGN)
        flush_or_silence()
        say("infobox: interrupted")
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # the reader left, e.g. `infobox parse … | head`
        silence_stdout()
        return EXIT_BROKEN_PIPE
    except OSError as error:  # every input's own errors are caught where it is read
        silence_stdout()
        say(f"infobox: cannot write the output: {error.strerror or error}")
        return 1
    except Exception as error:  # noqa: BLE001 - a bug still gets one line, not a traceback
        flush_or_silence()
        say(
            f"infobox: internal error: {type(error).__name__}: {error} "
            "(a bug in infobox; please report it with the input)"
        )
        return EXIT_BUG
    return status


def _main(argv: Sequence[str] | None) -> int:
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit:  # argparse has printed its one-line usage error
        return int(exit.code or 0)
    if args.version:
        print(f"infobox {__version__}")
        return 0
    if args.command is None:
        say(parser.format_usage().rstrip("\n"))
        say("infobox: error: a command is required (parse, article, profile, dump)")
        return 2
    handler: Callable[[argparse.Namespace], int] = args.handler
    return handler(args)
