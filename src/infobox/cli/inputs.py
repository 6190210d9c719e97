"""Reading the command line's input files (or standard input) into text."""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path

from ..decoding import UndecodableError, decode
from .streams import say


class InputProblem(Exception):
    """One input could not be read; the message names the problem."""

    #: The exit status the problem asks for: 1, or 2 when the command was the wrong one.
    status = 1


class DumpGiven(InputProblem):
    """The input is a MediaWiki XML export or a compressed file: ``infobox dump`` reads those."""

    status = 2


#: The first bytes of bz2, gzip and xz files: dumps come so, wikitext never does.
_COMPRESSED = {b"BZh": "bz2", b"\x1f\x8b": "gzip", b"\xfd7zXZ\x00": "xz"}


def check_not_a_dump(data: bytes) -> None:
    """Refuse an XML export or a compressed file, which the page commands would misread.

    A MediaWiki export holds many pages; reading it as one page would read the first
    infobox of the first page and say nothing of the rest.

    >>> check_not_a_dump(b"{{Infobox settlement|name=A}}")
    >>> export = b'<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.10/"><siteinfo>'
    >>> check_not_a_dump(export)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    infobox.cli.inputs.DumpGiven: is a MediaWiki XML export (a dump): read it with ...
    """
    for magic, kind in _COMPRESSED.items():
        if data.startswith(magic):
            raise DumpGiven(
                f"is a {kind}-compressed file, not wikitext: for a Wikipedia dump use "
                "`infobox dump FILE -o OUT.parquet`"
            )
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"<?xml"):
        head = head[head.find(b"?>") + 2 :].lstrip()
    if head.startswith(b"<mediawiki") and (
        b"<siteinfo" in data[:65536] or b"<page" in data[:65536]
    ):
        raise DumpGiven(
            "is a MediaWiki XML export (a dump): read it with `infobox dump FILE -o OUT.parquet`"
        )


def labels(files: Sequence[str]) -> list[str]:
    """Short, distinct labels: the base name, the path as given when base names clash.

    >>> labels(["a/en.wiki", "lv.txt", "-"])
    ['en.wiki', 'lv.txt', 'stdin']
    >>> labels(["a/en.wiki", "b/en.wiki", "b/en.wiki"])
    ['a/en.wiki', 'b/en.wiki', 'b/en.wiki (2)']
    """
    bases = ["stdin" if name == "-" else Path(name).name or name for name in files]
    clashes = Counter(bases)
    labels = [
        name if clashes[base] > 1 and name != "-" else base
        for name, base in zip(files, bases, strict=True)
    ]
    seen: Counter[str] = Counter()
    unique = []
    for label in labels:
        seen[label] += 1
        unique.append(label if seen[label] == 1 else f"{label} ({seen[label]})")
    return unique


def inputs(files: Sequence[str]) -> Iterator[tuple[str, str | InputProblem]]:
    for name in files:
        try:
            yield name, read(name)
        except InputProblem as problem:
            yield name, problem


def read(name: str) -> str:
    if name == "-":
        if sys.stdin is None:  # started with standard input closed (`<&-`)
            raise InputProblem("standard input is closed")
        try:
            data = sys.stdin.buffer.read()
        except OSError as error:
            raise InputProblem(error.strerror or "cannot be read") from None
    else:
        path = Path(name)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise InputProblem("no such file") from None
        except IsADirectoryError:
            raise InputProblem("is a directory, not a file") from None
        except PermissionError:
            raise InputProblem("permission denied") from None
        except OSError as error:
            raise InputProblem(error.strerror or "cannot be read") from None
    check_not_a_dump(data)
    try:
        text, encoding = decode(data)
    except UndecodableError as error:
        raise InputProblem(str(error)) from None
    if encoding is not None:
        say(f"infobox: {name}: note: read as {encoding}, which its byte-order mark declares")
    return text


def problem(name: str, message: str) -> None:
    say(f"infobox: {name}: {message}")
