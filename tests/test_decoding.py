"""infobox.decoding: the command line's bytes to text, declared encodings only."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given
from hypothesis import strategies as st

from infobox.decoding import UndecodableError, decode

BOMS = {
    "UTF-16LE": codecs.BOM_UTF16_LE,
    "UTF-16BE": codecs.BOM_UTF16_BE,
    "UTF-32LE": codecs.BOM_UTF32_LE,
    "UTF-32BE": codecs.BOM_UTF32_BE,
}
#: Text a file may hold: no NUL (that is binary) and not blank.
TEXT = st.text(
    st.characters(exclude_characters="\x00", exclude_categories=["Cs"]), min_size=1
).filter(str.strip)


@given(TEXT, st.sampled_from(sorted(BOMS)))
def test_text_behind_a_byte_order_mark_reads_back_exactly(text: str, encoding: str) -> None:
    """Any text written with a UTF-16/32 byte-order mark decodes to itself, naming the encoding."""
    assert (text, encoding) == decode(BOMS[encoding] + text.encode(encoding))


@given(TEXT)
def test_utf8_reads_back_exactly_with_or_without_its_mark(text: str) -> None:
    """UTF-8 decodes to itself; its byte-order mark is dropped and no encoding is named."""
    assert (text, None) == decode(text.encode("utf-8"))
    assert (text, None) == decode(codecs.BOM_UTF8 + text.encode("utf-8"))


@given(st.binary())
def test_any_bytes_give_text_or_one_undecodable_error(data: bytes) -> None:
    """decode never raises anything but UndecodableError, whose message is one line."""
    message = None
    try:
        text, encoding = decode(data)
    except UndecodableError as error:
        message = str(error)
    if message is not None:
        assert message
        assert "\n" not in message
    else:
        assert isinstance(text, str)
        assert encoding in (None, *BOMS)


@pytest.mark.parametrize("encoding", sorted(BOMS))
def test_a_page_without_a_mark_is_named(encoding: str) -> None:
    """Wikitext in UTF-16/32 without a byte-order mark is named, not called binary."""
    page = "{{Infobox settlement\n| name = Жезқазған\n| population_total = 90000\n}}\n"
    with pytest.raises(UndecodableError, match=f"^looks like {encoding} without a byte-order"):
        decode(page.encode(encoding))


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "the file is empty"),
        (codecs.BOM_UTF16_LE, "the file is empty"),
        (b"\x00\x01\x02{{Infobox settlement}}", "looks like a binary file"),
        (codecs.BOM_UTF16_BE + "a\x00b".encode("utf-16-be"), "holds NUL characters"),
        (b"caf\xe9", "is not UTF-8: byte 0xe9 at offset 3 (line 1)"),
        (codecs.BOM_UTF16_LE + b"\x00\xd8", "but is not UTF-16LE: unexpected end of data"),
    ],
    ids=["empty", "only-a-mark", "binary", "nul-char", "latin-1", "lone-surrogate"],
)
def test_what_is_refused(data: bytes, message: str) -> None:
    """Empty, binary, broken and non-UTF-8 bytes are refused with the reason."""
    with pytest.raises(UndecodableError, match=message.replace("(", r"\(").replace(")", r"\)")):
        decode(data)
