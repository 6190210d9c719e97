"""Line ends in articles: CRLF and a lone CR end lines as LF does, and offsets still hold."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from infobox import Article, FrozenMap, Settlement, parse_article, parse_infobox, parse_page
from infobox.article.offsets import SpansBuilder, unify_line_ends
from infobox.article.reader import looks_like_wikitext, read_plain, read_wikitext
from infobox.lead import lead_titles
from infobox.strategies import wikitext_pages

ENDS = {"crlf": "\r\n", "cr": "\r"}


def written(text: str, end: str) -> str:
    """``text`` (written with LF) with each line end written as ``end``."""
    return text.replace("\n", end)


def reading(article: Article) -> tuple[Any, ...]:
    """What an article says, without its offsets: title, language, sections, facts, codes."""
    facts = [(f.kind, f.value, f.unit, dict(f.qualifiers), f.sentence) for f in article.facts]
    codes = [(d.code, d.message) for d in article.diagnostics]
    return article.title, article.lang, article.sections, facts, codes


def assert_same_as_lf(text: str, end: str, lang: str | None = None) -> Article:
    """Parse ``text`` with LF and with ``end`` line ends; both say the same, offsets map."""
    lf = parse_article(text, lang)
    other_text = written(text, end)
    other = parse_article(other_text, lang)
    assert reading(lf) == reading(other)
    for mine, theirs in zip(lf.facts, other.facts, strict=True):
        assert written(text[mine.start : mine.end], end) == other_text[theirs.start : theirs.end]
    for mine_d, theirs_d in zip(lf.diagnostics, other.diagnostics, strict=True):
        if mine_d.start is not None and mine_d.end is not None:
            assert theirs_d.start is not None
            assert theirs_d.end is not None
            shown = written(text[mine_d.start : mine_d.end], end)
            assert shown == other_text[theirs_d.start : theirs_d.end]
    return other


# --- the issue's example ------------------------------------------------------------------

EXAMPLE = "Title\n\n== History ==\nFounded in 1938.\n"


@pytest.mark.parametrize("end", sorted(ENDS.values()), ids=sorted(ENDS))
def test_the_issue_example_keeps_its_sections(end: str) -> None:
    """``Title\\r\\n\\r\\n== History ==\\r\\n…`` has the lead and the History section."""
    article = parse_article(written(EXAMPLE, end))
    assert [(None, 0), ("History", 2)] == [(s.title, s.level) for s in article.sections]
    assert ("Founded in 1938.",) == article.sections[1].paragraphs


@pytest.mark.parametrize("end", sorted(ENDS.values()), ids=sorted(ENDS))
def test_the_issue_example_gives_the_founding_with_offsets_into_the_input(end: str) -> None:
    """The founding is found, and its offsets point at ``1938`` in the CRLF input."""
    text = written(EXAMPLE, end)
    article = assert_same_as_lf(EXAMPLE, end, "en")
    [fact] = article.facts
    assert ("founded", 1938, "1938") == (fact.kind, fact.value, text[fact.start : fact.end])


def test_crlf_page_without_a_language_gives_the_same_diagnostics() -> None:
    """Undetected language: the same diagnostics with CRLF as with LF."""
    assert_same_as_lf(EXAMPLE, "\r\n")


# --- plain text ---------------------------------------------------------------------------

PLAIN = {
    "en": (
        "Jezkazgan is a city in the Ulytau Region of Kazakhstan.\n"
        "The city population is of 90,000 (1999 census).\n\n"
        "History\n\n"
        "The city was founded in 1938. 55% of Jezkazgan population are Kazakhs\n"
        ", 30% Russians.\n\n"
        "Born in Jezkazgan\n\n"
        "• Oleg Yankovsky, a Russian actor\n"
        "  and director\n"
        "• Vitaliy Savin\n"
    ),
    "lv": (
        "Žezkazgana ir pilsēta Kazahstānā, Ulitau apgabala centrs.\n"
        "Pilsētā dzīvo ap 90 000 iedzīvotāju.\n\n"
        "Vēsture\n\n"
        "Pilsētu izveidoja 1938. gadā.\n"
        "Vidējā temperatūra jūlijā ir 24 °C.\n"
    ),
    "ru": (
        "Жезказган — город в Казахстане, центр Улытауской области.\n\n"
        "История\n\n"
        "Город основан в 1938 году.\n"
        "Население города на 2023 год составляет 89 079 человек.\n"
        "Средняя температура января −16 °C, июля +24 °C.\n"
    ),
}


@pytest.mark.parametrize("end", sorted(ENDS.values()), ids=sorted(ENDS))
@pytest.mark.parametrize("lang", sorted(PLAIN))
def test_plain_text_reads_the_same_with_any_line_end(lang: str, end: str) -> None:
    """A plain-text article with CRLF or CR line ends gives the LF article, offsets mapped."""
    article = assert_same_as_lf(PLAIN[lang], end)
    assert lang == article.lang
    assert 2 <= len(article.sections)
    assert article.facts


def test_a_joined_line_is_reported_where_the_crlf_input_has_it() -> None:
    """``article.line-joined`` covers the CRLF and the comma in the input."""
    text = "A city in Kazakhstan\r\n, on a reservoir."
    [diagnostic] = read_plain(text).diagnostics
    assert "article.line-joined" == diagnostic.code
    assert diagnostic.start is not None
    assert diagnostic.end is not None
    assert "\r\n," == text[diagnostic.start : diagnostic.end]


def test_a_guessed_heading_is_reported_where_the_crlf_input_has_it() -> None:
    """``article.heading-guessed`` covers the heading's text in the CRLF input."""
    text = "A city in Kazakhstan.\r\n\r\nBorn here\r\n\r\nMore text follows here."
    [diagnostic] = read_plain(text).diagnostics
    assert "article.heading-guessed" == diagnostic.code
    assert diagnostic.start is not None
    assert "Born here" == text[diagnostic.start : diagnostic.end]


def test_list_items_and_paragraphs_with_old_mac_line_ends() -> None:
    """Lone CR line ends: items, paragraphs and the heading are told apart."""
    article = parse_article("A town in Latvia.\r\rNotable people\r\r• Ann\r• Bob\r", "en")
    assert [(None, ("A town in Latvia.",), ()), ("Notable people", (), ("Ann", "Bob"))] == [
        (s.title, s.paragraphs, s.items) for s in article.sections
    ]


# --- wikitext -----------------------------------------------------------------------------

WIKI = (
    "{{Infobox settlement\n| name = Jezkazgan\n| population_total = 90,000\n}}\n"
    "'''Jezkazgan''' ({{lang-kk|Жезқазған}}) is a city in [[Ulytau Region]].<ref>A\nref</ref>\n"
    "The city lies {{convert|400|km}} to the south west of [[Karaganda]].\n\n"
    "== History ==\n"
    "The city was founded in 1938.\n"
    "It has a population of\n90,000 (1999 census).\n"
    "<!-- a\ncomment -->\n"
    "{|\n| 1 || 2\n|}\n"
    "=== Climate ===\n"
    "* The mean temperature in July is 24 °C.\n"
    "[[Category:Cities and towns in Kazakhstan]]\n"
)


@pytest.mark.parametrize("end", sorted(ENDS.values()), ids=sorted(ENDS))
def test_wikitext_reads_the_same_with_any_line_end(end: str) -> None:
    """Headings, items, templates, refs, comments and tables work with CRLF or CR."""
    article = assert_same_as_lf(WIKI, end)
    assert "Jezkazgan" == article.title
    assert [None, "History", "Climate"] == [s.title for s in article.sections]
    kinds = [f.kind for f in article.facts]
    assert ["region", "distance", "founded", "population", "temperature"] == kinds


def test_evidence_in_a_template_covers_the_template_in_the_crlf_input() -> None:
    """A number drawn from ``{{convert}}`` points at the template, across its CRLF."""
    text = "'''X''' is a town.\r\nIt lies {{convert\r\n|400|km}} south of [[Karaganda]].\r\n"
    article = parse_article(text, "en")
    [fact] = article.facts
    assert "{{convert\r\n|400|km}}" == text[fact.start : fact.end]


def test_a_repaired_tag_is_reported_where_the_crlf_input_has_it() -> None:
    """A ``markup.*`` diagnostic of the pre-scan points into the CRLF input."""
    lf = "'''X''' is a town.\n\nIt has 90,000 inhabitants.< ref >A</ref>\n"
    for end in ENDS.values():
        text = written(lf, end)
        reading = read_wikitext(text)
        assert reading.diagnostics
        for diagnostic, expected in zip(
            reading.diagnostics, read_wikitext(lf).diagnostics, strict=True
        ):
            assert diagnostic.code == expected.code
            assert expected.start is not None
            assert diagnostic.start is not None
            assert (
                written(lf[expected.start : expected.end], end)
                == (text[diagnostic.start : diagnostic.end])
            )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Title\r\n== History ==\r\nText", True),
        ("Title\r== History ==\rText", True),
        ("Title\r{|\r| a\r|}", True),
        ("== History ==", True),
        ("Title\r\nHistory\r\nText", False),
        ("a == b == c", False),
    ],
)
def test_a_heading_line_is_wikitext_whatever_ends_it(text: str, expected: bool) -> None:
    """``== x ==`` and ``{|`` lines mark wikitext after and before CR and CRLF too."""
    assert expected == looks_like_wikitext(text)


# --- pages and leads ----------------------------------------------------------------------

PAGE = (
    "{{Infobox settlement\n| name = Jezkazgan\n| population_total = 90,000\n}}\n"
    "'''Jezkazgan''' is a city.\n\n'''Kengir''' was another name.\n"
    "== History ==\n'''Balkhash''' is elsewhere.\n[[Category:Towns]]\n"
)


@pytest.mark.parametrize("end", ["\n", "\r\n", "\r"], ids=["lf", "crlf", "cr"])
def test_a_page_with_any_line_end(end: str) -> None:
    """parse_page: the same infobox name, lead title, sections and categories."""
    page = parse_page(written(PAGE, end))
    assert page.settlement is not None
    assert ("Jezkazgan", 90000) == (page.settlement.name, page.settlement.population.total)
    assert "Jezkazgan" == page.article.title
    assert [None, "History"] == [s.title for s in page.article.sections]
    assert ("Towns",) == page.categories
    assert () == page.diagnostics


@pytest.mark.parametrize("end", ["\n", "\r\n", "\r"], ids=["lf", "crlf", "cr"])
def test_lead_titles_stop_at_the_first_paragraph_and_heading(end: str) -> None:
    """The bold terms of the first paragraph only, before the heading, whatever the line ends."""
    text = written(PAGE, end)
    after = text.index("}}") + 2
    assert ("Jezkazgan",) == lead_titles(text, after)
    assert () == lead_titles(written("{{I}}\n== History ==\n'''X''' y\n", end), 5)


@pytest.mark.parametrize("end", ["\r\n", "\r"], ids=["crlf", "cr"])
def test_a_bold_term_in_a_section_is_no_lead_title_with_any_line_end(end: str) -> None:
    """No lead before the heading: the infobox name is not checked against the section's bold."""
    text = written("{{Infobox settlement\n| name = A\n}}\n== History ==\n'''B''' grew.\n", end)
    settlement = parse_infobox(text)
    assert "A" == settlement.name
    assert [] == [d.code for d in settlement.diagnostics if d.code.startswith("name.")]


@pytest.mark.parametrize("end", ["\r\n", "\r"], ids=["crlf", "cr"])
def test_a_differing_lead_title_is_still_reported_with_any_line_end(end: str) -> None:
    """``name.differs-from-lead-title`` with CRLF as with LF."""
    text = written("{{Infobox settlement\n| name = Balkhash\n}}\n'''Jezkazgan''' is a city.\n", end)
    assert ["name.differs-from-lead-title"] == [d.code for d in parse_page(text).diagnostics]


# --- the offset maps ----------------------------------------------------------------------


def test_unify_line_ends_maps_every_character_back() -> None:
    """Each unified character maps to the input character(s) it stands for."""
    text = "ab\r\ncd\re\n\r\nf"
    unified, back = unify_line_ends(text)
    assert "ab\ncd\ne\n\nf" == unified
    assert back is not None
    pieces = [text[slice(*back.source(i, i + 1))] for i in range(len(unified))]
    assert ["a", "b", "\r\n", "c", "d", "\r", "e", "\n", "\r\n", "f"] == pieces


def test_unify_line_ends_needs_no_map_without_crlf() -> None:
    """LF text and lone-CR text keep their lengths: no map."""
    assert ("a\nb", None) == unify_line_ends("a\nb")
    assert ("a\nb\n", None) == unify_line_ends("a\rb\r")


@given(st.text(alphabet="ab\r\n", max_size=40))
def test_unified_text_maps_back_to_the_input(text: str) -> None:
    """Every character of the unified text comes from the input, in order."""
    unified, back = unify_line_ends(text)
    assert "\r" not in unified
    assert text.count("\n") + text.count("\r") - text.count("\r\n") == unified.count("\n")
    if back is None:
        assert len(text) == len(unified)
        return
    at = 0
    for i, char in enumerate(unified):
        start, end = back.source(i, i + 1)
        assert at == start
        source = text[start:end]
        assert char == source or (char == "\n" and source in ("\r", "\r\n"))
        at = end
    assert len(text) == at


@given(st.lists(st.tuples(st.booleans(), st.integers(1, 4)), max_size=8), st.data())
def test_through_composes_two_maps(runs: list[tuple[bool, int]], data: st.DataObject) -> None:
    """``a.through(b)`` maps each position as ``b`` maps ``a``'s source of it."""
    outer = SpansBuilder()
    position = 0
    for exact, count in runs:
        if exact:
            outer.exact(count, position)
        else:
            outer.coarse(count, position, position + count + 1)
        position += count + (0 if exact else 1)
    outer_spans = outer.build()
    size = len(outer_spans)
    inner = SpansBuilder()
    at = 0
    while at < size:
        count = data.draw(st.integers(1, size - at))
        if data.draw(st.booleans()):
            inner.exact(count, at)
        else:
            inner.coarse(1, at, at + count)
        at += count
    inner_spans = inner.build()
    composed = inner_spans.through(outer_spans)
    assert len(inner_spans) == len(composed)
    for i in range(len(inner_spans)):
        start, end = inner_spans.source(i, i + 1)
        assert outer_spans.source(start, end) == composed.source(i, i + 1)


# --- the property -------------------------------------------------------------------------

LINES = {
    "en": [
        "Jezkazgan is a city in Kazakhstan.",
        "The city population is of 90,000 (1999 census).",
        "The city was founded in 1938.",
        "55% of the population are Kazakhs, 30% Russians.",
        "The mean temperature in July is 24 °C and in January -16 °C.",
        "The city lies 400 km south of Karaganda.",
        "It has 90,000",
        "inhabitants.",
        ", 30% Russians",
    ],
    "lv": [
        "Žezkazgana ir pilsēta Kazahstānā.",
        "Pilsētā dzīvo ap 90 000 iedzīvotāju.",
        "Pilsētu izveidoja 1938. gadā.",
        "Vidējā temperatūra jūlijā ir 24 °C.",
        "55% iedzīvotāju ir kazahi, 30% krievi.",
    ],
    "ru": [
        "Жезказган — город в Казахстане.",
        "Город основан в 1938 году.",
        "Население города составляет 89 079 человек.",
        "Средняя температура января −16 °C, июля +24 °C.",
        "Казахи составляют 64 % населения.",
    ],
}
MARKUP = [
    "",
    "",
    "  ",
    "History",
    "== History ==",
    "=== Climate ===",
    "* an item",
    "• an item",
    "  indented",
    "# numbered",
    ": aside",
    "'''Jezkazgan''' is a city.",
    "It lies {{convert|400|km}} south of [[Karaganda Region|Karaganda]].",
    "<ref>a",
    "note</ref>",
    "<!-- a",
    "comment -->",
    "{|",
    "| cell",
    "|}",
    "{{Infobox settlement",
    "| name = X",
    "}}",
    "[[Category:Towns]]",
    "< ref >x</ref>",
]


@st.composite
def articles(draw: st.DrawFn) -> tuple[str, str]:
    """An article of lines in one language with markup lines among them, and its language."""
    lang = draw(st.sampled_from(sorted(LINES)))
    pool = LINES[lang] + MARKUP
    lines = draw(
        st.lists(
            st.one_of(
                st.sampled_from(pool),
                st.text(alphabet=st.characters(blacklist_characters="\r\n"), max_size=12),
            ),
            max_size=14,
        )
    )
    return "\n".join(lines) + draw(st.sampled_from(["", "\n"])), lang


@pytest.mark.parametrize("end", sorted(ENDS.values()), ids=sorted(ENDS))
@given(drawn=articles(), detect=st.booleans())
def test_any_article_reads_the_same_with_any_line_end(
    end: str, drawn: tuple[str, str], detect: bool
) -> None:
    """LF, CRLF or CR: the same sections, facts and diagnostics; offsets map into the input."""
    text, lang = drawn
    assert_same_as_lf(text, end, None if detect else lang)


@pytest.mark.parametrize("end", sorted(ENDS.values()), ids=sorted(ENDS))
@given(drawn=articles())
def test_any_page_reads_the_same_with_any_line_end(end: str, drawn: tuple[str, str]) -> None:
    """parse_page: the same settlement name, article, categories and page diagnostics."""
    text, lang = drawn
    lf, other = parse_page(text, lang), parse_page(written(text, end), lang)
    assert reading(lf.article) == reading(other.article)
    assert lf.categories == other.categories
    assert [d.code for d in lf.diagnostics] == [d.code for d in other.diagnostics]
    assert (lf.settlement is None) == (other.settlement is None)
    if lf.settlement is not None and other.settlement is not None:
        assert lf.settlement.name == other.settlement.name


# --- the command line ---------------------------------------------------------------------


def run(*args: str) -> subprocess.CompletedProcess[str]:
    """The infobox command line, run as a user runs it."""
    return subprocess.run(
        [sys.executable, "-m", "infobox.cli", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_the_article_command_reads_a_crlf_file(tmp_path: Path) -> None:
    """``infobox article`` prints the same for a CRLF file; JSON offsets point into its text."""
    lf_file, crlf_file = tmp_path / "lf.txt", tmp_path / "crlf.txt"
    lf_file.write_bytes(PLAIN["en"].encode("utf-8"))
    crlf_file.write_bytes(written(PLAIN["en"], "\r\n").encode("utf-8"))
    lf, crlf = run("article", str(lf_file)), run("article", str(crlf_file))
    assert (0, 0) == (lf.returncode, crlf.returncode)
    assert lf.stdout.replace(str(lf_file), "FILE") == crlf.stdout.replace(str(crlf_file), "FILE")
    assert "3 sections" in crlf.stdout
    result = run("article", "--json", str(crlf_file))
    facts = json.loads(result.stdout)["article"]["facts"]
    text = crlf_file.read_bytes().decode("utf-8")
    evidence = [text[f["start"] : f["end"]] for f in facts]
    assert ["Ulytau Region", "90,000", "1938", "55%", "30%"] == evidence


# --- infoboxes ----------------------------------------------------------------------------


def typed(settlement: Settlement) -> Settlement:
    """A settlement without what depends on offsets and raw text: params and diagnostics."""
    return attrs.evolve(settlement, params=FrozenMap(), diagnostics=())


@settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(pair=wikitext_pages())
def test_any_generated_infobox_reads_the_same_with_any_line_end(
    pair: tuple[Settlement, str],
) -> None:
    """parse_infobox: the same typed values and diagnostic codes with CRLF or CR line ends."""
    _, page = pair
    lf = parse_infobox(page)
    for end in ENDS.values():
        other = parse_infobox(written(page, end))
        assert typed(lf) == typed(other)
        assert [(d.code, d.param) for d in lf.diagnostics] == [
            (d.code, d.param) for d in other.diagnostics
        ]


def test_a_list_in_an_infobox_with_old_mac_line_ends() -> None:
    """A ``{{plainlist}}`` written with lone CRs is still a list of names."""
    page = "{{Infobox settlement\r| native_name = {{plainlist|\r* A\r* B\r}}\r}}"
    settlement = parse_infobox(page)
    assert ("A", "B") == settlement.native_names
    [param] = settlement.params.values()
    assert "{{plainlist|\r* A\r* B\r}}" == param.raw == page[param.start : param.end]
