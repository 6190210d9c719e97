"""Bytes to text for the command line: UTF-8, or a Unicode encoding its byte-order mark declares.

Nothing is guessed. UTF-8 (with or without its byte-order mark) is read as it is;
UTF-16 and UTF-32 are read when the file starts with their byte-order mark, which
declares them. A file that looks like UTF-16 or UTF-32 without one (a NUL byte
in every other, or three of every four, places) is refused with a message that
names the encoding and how to convert it; so is anything else that is not UTF-8,
with the offending byte. The library itself takes ``str`` only; this module is
the command line's.
"""

from __future__ import annotations

import codecs
from typing import Final

__all__ = ["UndecodableError", "decode"]

#: Byte-order marks and the encodings they declare; UTF-32's first (its LE mark
#: starts with UTF-16's).
_BOMS: Final = (
    (codecs.BOM_UTF32_LE, "UTF-32LE"),
    (codecs.BOM_UTF32_BE, "UTF-32BE"),
    (codecs.BOM_UTF8, "UTF-8"),
    (codecs.BOM_UTF16_LE, "UTF-16LE"),
    (codecs.BOM_UTF16_BE, "UTF-16BE"),
)
#: How much of a file the binary and encoding checks look at.
_SAMPLE: Final = 8192


class UndecodableError(ValueError):
    """The bytes are no text this command reads; the message says what they are.

    >>> str(UndecodableError("the file is empty"))
    'the file is empty'
    """


def decode(data: bytes) -> tuple[str, str | None]:
    """The text of ``data`` and, when a byte-order mark declared another, its encoding.

    The encoding is ``None`` for UTF-8 (a UTF-8 byte-order mark is dropped).

    >>> decode("Жезқазған".encode())
    ('Жезқазған', None)
    >>> decode(codecs.BOM_UTF16_LE + "Жезқазған".encode("utf-16-le"))
    ('Жезқазған', 'UTF-16LE')
    >>> decode("{{Infobox settlement}}".encode("utf-16-le"))  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    infobox.decoding.UndecodableError: looks like UTF-16LE without a byte-order mark ... -t UTF-8
    """
    if not data:
        raise UndecodableError("the file is empty")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode_declared(data[len(bom) :], encoding)
    if b"\x00" in data[:_SAMPLE]:
        guess = _bomless_encoding(data[:_SAMPLE])
        if guess is not None:
            encoding, pattern = guess
            raise UndecodableError(
                f"looks like {encoding} without a byte-order mark ({pattern}), not UTF-8; "
                f"convert it to UTF-8, e.g. iconv -f {encoding} -t UTF-8"
            )
        raise UndecodableError("looks like a binary file (it contains NUL bytes), not wikitext")
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise UndecodableError(
            f"is not UTF-8: byte 0x{data[error.start]:02x} at offset {error.start} "
            f"(line {line}) {error.reason}"
        ) from None


def _decode_declared(body: bytes, encoding: str) -> tuple[str, str | None]:
    """The text after a byte-order mark, decoded as the encoding it declares."""
    try:
        text = body.decode(encoding)
    except UnicodeDecodeError as error:
        raise UndecodableError(
            f"starts with the byte-order mark of {encoding} but is not {encoding}: "
            f"{error.reason} at offset {error.start + len(_bom_of(encoding))}"
        ) from None
    if not text:
        raise UndecodableError("the file is empty")
    if "\x00" in text[:_SAMPLE]:
        raise UndecodableError(
            f"holds NUL characters (read as {encoding}): a binary file, not wikitext"
        )
    return text, None if encoding == "UTF-8" else encoding


def _bom_of(encoding: str) -> bytes:
    return next(bom for bom, name in _BOMS if name == encoding)


def _bomless_encoding(sample: bytes) -> tuple[str, str] | None:
    """UTF-16 or UTF-32 by where the NUL bytes of mostly-ASCII text fall, if the text reads.

    >>> _bomless_encoding("{{Infobox settlement}}".encode("utf-32-be"))
    ('UTF-32BE', 'three NUL bytes in every four places')
    >>> _bomless_encoding(bytes(range(256))) is None
    True
    """
    width = 4 if len(sample) >= 8 else 2
    sample = sample[: len(sample) - len(sample) % width]
    if not sample:
        return None

    def nul_share(place: int, step: int) -> float:
        column = sample[place::step]
        return column.count(0) / len(column)

    candidates = []
    if width == 4:
        if min(nul_share(2, 4), nul_share(3, 4)) > 0.9 > nul_share(0, 4):
            candidates.append(("UTF-32LE", "three NUL bytes in every four places"))
        if min(nul_share(0, 4), nul_share(1, 4)) > 0.9 > nul_share(3, 4):
            candidates.append(("UTF-32BE", "three NUL bytes in every four places"))
    odd, even = nul_share(1, 2), nul_share(0, 2)
    if odd > 0.1 and even < 0.05:
        candidates.append(("UTF-16LE", "a NUL byte in every other place"))
    if even > 0.1 and odd < 0.05:
        candidates.append(("UTF-16BE", "a NUL byte in every other place"))
    for encoding, pattern in candidates:
        decoder = codecs.getincrementaldecoder(encoding.replace("UTF", "utf"))("strict")
        try:
            text = decoder.decode(sample, final=False)
        except UnicodeDecodeError:
            continue
        controls = sum(1 for c in text if c < " " and c not in "\t\n\r")
        if text and controls <= len(text) // 100:
            return encoding, pattern
    return None
