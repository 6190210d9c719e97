"""The fast path of parse_infobox gives exactly what the reference path gives.

The reference path (tests/oracle.py) parses the whole infobox slice with
``mwparserfromhell.parse`` and reads every parameter from that tree; the fast path
reads the tokenizer's tokens and builds trees only where a value holds markup.
Compared whole: the settlement (every typed value), its params (names, raw text,
offsets, text, links) and its diagnostics in order, or the same error; on every
page in fixtures/ (the ``.wiki`` files and the pages of the XML dumps), on the
generated pages of :mod:`infobox.strategies`, and on fixture infoboxes mutated by
inserting, deleting and duplicating pieces of markup.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from infobox import InfoboxError, Settlement, parse_infobox
from infobox.dump.reader import read_pages
from infobox.scan import locate
from infobox.strategies import settlements, wikitext_pages
from infobox.templates.registry import SPECS
from oracle import reference, reference_parse_infobox

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
_WIKI_FILES = sorted(FIXTURES.rglob("*.wiki"))
_DUMPS = sorted(p for p in (FIXTURES / "dumps").iterdir() if ".xml" in p.name)
_SLOW = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much]

Outcome = Settlement | tuple[type[BaseException], tuple[object, ...]]


def outcome(parse: Callable[[], Settlement]) -> Outcome:
    """The settlement, or the error's type and arguments."""
    try:
        return parse()
    except InfoboxError as error:
        return type(error), error.args


def assert_same(text: str, wiki: str | None = None) -> None:
    """The fast path and the reference path give the same settlement (or error) for ``text``."""
    fast = outcome(lambda: parse_infobox(text, wiki))
    slow = outcome(lambda: reference_parse_infobox(text, wiki))
    if isinstance(fast, Settlement) and isinstance(slow, Settlement):
        # Piece by piece first, for a readable failure.
        assert list(slow.params.items()) == list(fast.params.items()), text
        assert slow.diagnostics == fast.diagnostics, text
    assert slow == fast, text


@cache
def _dump_pages() -> tuple[tuple[str, str, str | None], ...]:
    """``(id, text, language)`` of every page of every dump in fixtures/dumps."""
    found = []
    for path in _DUMPS:
        try:
            for record in read_pages(path):
                found.append((f"{path.name}:{record.title}", record.text, record.language))
        except InfoboxError:  # a dump cut off on purpose: its complete pages were read
            pass
    return tuple(found)


@cache
def _infoboxes() -> tuple[str, ...]:
    """The infobox of each fixture page that has one, with a little of what follows."""
    found = []
    for path in _WIKI_FILES:
        text = path.read_text(encoding="utf-8")
        located = locate(text)
        if located is not None:
            found.append(text[located.start : located.end + 200])
    return tuple(found)


def test_reference_path_is_another_path() -> None:
    """Inside reference(), parse_infobox reads through the reference reader; outside, not."""
    from infobox.settlement import parse as parse_module
    from oracle import ReferenceReader

    with reference():
        assert vars(parse_module)["Reader"] is ReferenceReader
    assert vars(parse_module)["Reader"] is not ReferenceReader


@pytest.mark.parametrize("path", _WIKI_FILES, ids=lambda p: str(p.relative_to(FIXTURES)))
def test_fixture_pages(path: Path) -> None:
    """Every .wiki page in fixtures/ reads the same on both paths."""
    assert_same(path.read_text(encoding="utf-8"))


def test_dump_pages() -> None:
    """Every page of the XML dumps in fixtures/dumps reads the same, in its wiki's conventions."""
    pages = _dump_pages()
    assert pages
    for _, text, language in pages:
        assert_same(text)
        if language is not None:
            assert_same(text, language)


@settings(max_examples=20, suppress_health_check=_SLOW, deadline=None)
@given(pair=wikitext_pages())
def test_generated_pages(pair: tuple[Settlement, str]) -> None:
    """Generated {{Infobox settlement}} pages read the same."""
    assert_same(pair[1])


@settings(max_examples=40, suppress_health_check=_SLOW, deadline=None)
@given(data=st.data(), template=st.sampled_from([spec.name for spec in SPECS]))
def test_generated_pages_of_every_template(data: st.DataObject, template: str) -> None:
    """Generated pages of every registered template read the same."""
    _, page = data.draw(wikitext_pages(template=template))
    assert_same(page)


@settings(max_examples=20, suppress_health_check=_SLOW, deadline=None)
@given(settlement=settlements())
def test_rendered_settlements(settlement: Settlement) -> None:
    """Settlements rendered as infoboxes read the same."""
    from infobox.render import render_infobox

    assert_same(render_infobox(settlement))


#: Pieces of markup that the mutations insert: whole constructs, halves of them, and
#: the characters that end parameters, lines and comments.
FRAGMENTS = (
    "{{",
    "}}",
    "{{{",
    "}}}",
    "|",
    "=",
    "[[",
    "]]",
    "[",
    "]",
    "<",
    ">",
    "<ref>",
    "</ref>",
    "<ref name=a/>",
    '<ref name="a">{{cite web|url=http://a.kz|title=A}}</ref>',
    "<!--",
    "-->",
    "<!-- c -->",
    "''",
    "'''",
    "\n",
    "\r",
    "\r\n",
    "\n|",
    "\n| name = ",
    "| population_total = 1,234",
    "| area_total_km2 = {{convert|12|km2}}",
    "<br>",
    "<br />",
    "&nbsp;",
    "&#39;",
    "[[Almaty|Alma-Ata]]",
    "[[File:A.jpg|thumb]]",
    "[http://a.kz A]",
    "http://b.kz",
    "{{coord|47|47|N|67|42|E}}",
    "{{flag|XYZ}}",
    "{{sfn|Smith|2001|p=5}}",
    "{{lang|kk|Жезқазған}}",
    "{{ubl|a|b}}",
    "{{start date|1998|4|31}}",
    "{{{1|x}}}",
    "<nowiki>",
    "</nowiki>",
    "<nowiki>|</nowiki>",
    "{|",
    "|}",
    "== H ==",
    "{{Infobox settlement",
    "{{#if:x|y}}",
    "\u00a0",
    "\ue000",
)


@st.composite
def mutated(draw: st.DrawFn) -> str:
    """A fixture infobox with pieces of markup inserted, spans deleted and spans duplicated."""
    text = draw(st.sampled_from(_infoboxes()))
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(text)))
        action = draw(st.sampled_from(("insert", "delete", "duplicate")))
        if action == "insert":
            text = text[:at] + draw(st.sampled_from(FRAGMENTS)) + text[at:]
        else:
            end = min(len(text), at + draw(st.integers(1, 40)))
            piece = text[at:end]
            text = text[:at] + (piece + piece if action == "duplicate" else "") + text[end:]
    return text


@settings(max_examples=300, suppress_health_check=_SLOW, deadline=None, derandomize=True)
@given(text=mutated())
def test_fuzzed_infoboxes(text: str) -> None:
    """Fixture infoboxes with markup inserted, deleted or duplicated read the same."""
    assert_same(text)
