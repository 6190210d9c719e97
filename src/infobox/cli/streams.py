"""Writing to the standard streams so that no stream problem becomes a traceback."""

from __future__ import annotations

import contextlib
import io
import json
import os
import sys
from typing import TextIO


def say(line: str) -> None:
    """One line on stderr; a closed or broken stderr has nowhere to say it, so says nothing."""
    if sys.stderr is None:  # print(file=None) would write it to stdout
        return
    with contextlib.suppress(OSError, ValueError):
        print(line, file=sys.stderr, flush=True)


def escape_unencodable(stream: TextIO) -> None:
    """Write what the stream's encoding lacks as backslash escapes, not fail on it.

    Only where the errors handler is the default ``strict``: an explicit choice
    (``PYTHONIOENCODING=latin-1:replace``) is kept.
    """
    if isinstance(stream, io.TextIOWrapper) and stream.errors == "strict":
        stream.reconfigure(errors="backslashreplace")


def flush_or_silence() -> None:
    try:
        if sys.stdout is not None:
            sys.stdout.flush()
    except (OSError, ValueError):
        silence_stdout()


def silence_stdout() -> None:
    """Point standard output at the null device, so Python's exit flush cannot fail on it.

    As Python's documentation on SIGPIPE advises: the unwritten rest is dropped.
    """
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        try:
            os.dup2(devnull, sys.stdout.fileno())
        finally:
            os.close(devnull)
    except (OSError, ValueError, AttributeError):  # no file descriptor (captured, replaced)
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - lives to exit


def print_json(record: object) -> None:
    """One JSON line, with characters the output's encoding lacks as JSON escapes (exact)."""
    text = json.dumps(record, ensure_ascii=False)
    try:
        text.encode(sys.stdout.encoding or "utf-8")
    except (UnicodeEncodeError, LookupError):
        text = json.dumps(record)
    print(text)
