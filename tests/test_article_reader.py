"""The article reader: input forms into blocks whose text maps back to the input."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from mwparserfromhell.parser import tokens as _T

from infobox import wikitree
from infobox.article.offsets import SpansBuilder
from infobox.article.reader import (
    _CLOSED_REF,
    _DROP,
    _MAY_REOPEN,
    Block,
    _blank,
    _drops,
    _extent,
    _line_mark,
    _Openers,
    _Paragraph,
    _read_wikitext,
    _reopens,
    looks_like_wikitext,
    read_plain,
    read_wikitext,
)

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def kinds(blocks: tuple[Block, ...]) -> list[tuple[str, str]]:
    """The kind and text of each block."""
    return [(b.kind, b.text) for b in blocks]


# --- plain text ----------------------------------------------------------------------------


def test_line_break_before_punctuation_is_joined_without_a_space() -> None:
    """A link-stripping export's `Kazakhs\\n, 30% Russians` reads `Kazakhs, 30% Russians`."""
    reading = read_plain("55% are Kazakhs\n, 30% Russians\n, with others.")
    assert kinds(reading.blocks) == [("paragraph", "55% are Kazakhs, 30% Russians, with others.")]
    assert [d.code for d in reading.diagnostics] == ["article.line-joined"] * 2


def test_indented_continuation_is_joined_with_a_space() -> None:
    """A line that starts with white space continues the sentence before it."""
    reading = read_plain("Its urban area\n includes Satpayev.")
    assert kinds(reading.blocks) == [("paragraph", "Its urban area includes Satpayev.")]
    assert reading.diagnostics == ()


def test_apostrophe_line_is_joined_tightly() -> None:
    """`Solzhenitsyn\\n's book` reads `Solzhenitsyn's book`."""
    assert read_plain("Solzhenitsyn\n's book.").blocks[0].text == "Solzhenitsyn's book."


def test_unpunctuated_line_before_a_capital_forces_a_sentence_break() -> None:
    """`gold\\nDuring the Soviet era` ends a sentence after `gold`."""
    block = read_plain("Iron and gold\nDuring the war it grew.").blocks[0]
    assert block.text == "Iron and gold During the war it grew."
    assert block.breaks == frozenset({len("Iron and gold ")})


def test_blank_lines_separate_paragraphs() -> None:
    """One or more blank lines (even with spaces) end a paragraph."""
    reading = read_plain("First one.\n  \n\nSecond one.")
    assert kinds(reading.blocks) == [("paragraph", "First one."), ("paragraph", "Second one.")]


def test_bullets_are_items_and_indented_lines_continue_them() -> None:
    """`  • Oleg Yankovsky\\n    , a Russian actor` is one item."""
    text = "Born here\n\n  • Vitaliy Savin, an athlete\n  • Oleg Yankovsky\n    , a Russian actor\n"
    assert kinds(read_plain(text).blocks) == [
        ("heading", "Born here"),
        ("item", "Vitaliy Savin, an athlete"),
        ("item", "Oleg Yankovsky, a Russian actor"),
    ]


@pytest.mark.parametrize("bullet", ["•", "*", "-", "–", "·"])
def test_every_bullet_form_makes_an_item(bullet: str) -> None:
    """The bullets exports use all start list items."""
    assert kinds(read_plain(f"{bullet} One\n{bullet} Two").blocks) == [
        ("item", "One"),
        ("item", "Two"),
    ]


def test_a_negative_number_at_line_start_is_not_a_bullet() -> None:
    """`-16 °C in January.` is text, not an item."""
    assert kinds(read_plain("-16 °C in January.").blocks) == [("paragraph", "-16 °C in January.")]


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("External links", True),
        ("Born in Jezkazgan", True),
        ("History", True),
        ("It is a city.", False),
        ("The population was 90,000", False),
        ("see also:", False),
        ("1999", False),
    ],
)
def test_a_short_line_standing_alone_is_a_heading(line: str, heading: bool) -> None:
    """Headings are short, capitalised, unpunctuated lines between blank lines."""
    blocks = read_plain(f"Intro text.\n\n{line}\n\nMore text.").blocks
    assert (blocks[1].kind == "heading") is heading
    assert blocks[1].text == line


def test_heading_guess_is_reported() -> None:
    """A guessed heading is an info diagnostic pointing at the line."""
    text = "Intro.\n\nHistory\n\nText."
    reading = read_plain(text)
    (diagnostic,) = reading.diagnostics
    assert diagnostic.code == "article.heading-guessed"
    assert diagnostic.start is not None
    assert diagnostic.end is not None
    assert text[diagnostic.start : diagnostic.end] == "History"


def test_no_break_space_inside_a_number_is_kept_and_elsewhere_collapsed() -> None:
    """`150\\u00a0000` keeps its grouping; `city\\u00a0 of` becomes one space."""
    block = read_plain("A city\u00a0 of 150\u00a0000 people.").blocks[0]
    assert block.text == "A city of 150\u00a0000 people."


def test_zhezkazgan_english_plain_text_structure() -> None:
    """en-old.txt: the lead paragraphs, `Born in Jezkazgan` with its items, `External links`."""
    text = (FIXTURES / "zhezkazgan" / "en-old.txt").read_text(encoding="utf-8")
    blocks = read_plain(text).blocks
    assert [b.text for b in blocks if b.kind == "heading"] == [
        "Born in Jezkazgan",
        "External links",
    ]
    assert [b.text for b in blocks if b.kind == "item"] == [
        "Vitaliy Savin, a former Soviet athlete",
        "Oleg Yankovsky, a Russian actor",
        "Kaisar Nurmagambetov, a flatwater canoer",
    ]
    first = blocks[0].text
    assert "Kazakhstan, on a reservoir" in first
    assert "55% of Jezkagan population are Kazakhs, 30% Russians" in blocks[1].text


# --- wikitext --------------------------------------------------------------------------------


def test_wikitext_is_recognised_by_its_markup() -> None:
    """Links, templates, bold, refs and headings mark wikitext; prose does not."""
    assert looks_like_wikitext("== History ==\nText")
    assert looks_like_wikitext("See <ref>x</ref>")
    assert not looks_like_wikitext("A = B, and [1] is a note.")


def test_wikitext_renders_what_a_reader_sees() -> None:
    """The infobox, refs, comments, files and tables vanish; links show their label."""
    page = (
        "{{Infobox settlement|name=X|population_total=5}}\n"
        "'''Jezkazgan''' ({{lang-kk|Жезқазған}}) is a [[city]] in [[Kazakhstan|KZ]].<ref>r</ref>"
        "<!-- note -->\n[[File:A.jpg|thumb|A caption]]\n"
        '{| class="wikitable"\n| 1999 || 90,000\n|}\n'
        "== History ==\nFounded in 1938.\n* [[Oleg Yankovsky]], an actor\n"
        "[[Category:Cities]]\n[[de:Schesqasghan]]"
    )
    reading = read_wikitext(page)
    assert kinds(reading.blocks) == [
        ("paragraph", "Jezkazgan (Жезқазған) is a city in KZ."),
        ("heading", "History"),
        ("paragraph", "Founded in 1938."),
        ("item", "Oleg Yankovsky, an actor"),
    ]
    assert reading.categories == ("Cities",)
    assert reading.blocks[1].level == 2


def test_wikitext_lines_of_one_paragraph_are_joined_with_spaces() -> None:
    """A single newline in wikitext does not end a paragraph; a blank line does."""
    reading = read_wikitext("[[A]] one\ntwo\n\nthree")
    assert kinds(reading.blocks) == [("paragraph", "A one two"), ("paragraph", "three")]


def test_indented_heading_is_read_and_reported() -> None:
    """` ==References== ` (as in the Zhezkazgan page) is a heading, with a diagnostic."""
    reading = read_wikitext("'''A''' is a town.\n ==References== \n{{reflist}}")
    assert kinds(reading.blocks) == [("paragraph", "A is a town."), ("heading", "References")]
    assert [d.code for d in reading.diagnostics] == ["article.heading-indented"]


def test_mangled_tags_are_repaired_in_the_body() -> None:
    """`< ref >…< /ref >` in the body is a ref (it vanishes), reported as repaired."""
    reading = read_wikitext("'''A''' has 5 people.< ref >{{cite web|url=x}}< /ref > More.")
    assert reading.blocks[0].text == "A has 5 people. More."
    assert {d.code for d in reading.diagnostics} == {"markup.repaired"}


def test_zhezkazgan_wikitext_lead() -> None:
    """The lead of en.wiki reads as a reader sees it, the infobox gone."""
    text = (FIXTURES / "zhezkazgan" / "en.wiki").read_text(encoding="utf-8")
    reading = read_wikitext(text)
    assert reading.blocks[0].text.startswith(
        "Jezkazgan or Zhezkazgan (Жезқазған, Жезказган) is a city in Kazakhstan"
    )
    assert "As of 2023, 89,079 people live in the city" in reading.blocks[0].text
    assert reading.categories == ("Cities and towns in Kazakhstan",)


# --- offsets ---------------------------------------------------------------------------------

_WORDS = st.lists(
    st.sampled_from(["city", "Kazakhs", "90,000", "24 °C", ",", ".", "•", "\n", "\n\n", " ", "  "]),
    max_size=40,
).map("".join)


@given(_WORDS)
def test_plain_block_characters_map_to_the_same_characters(text: str) -> None:
    """Every non-space character of a plain block is the input character it maps to."""
    for block in read_plain(text).blocks:
        for i, ch in enumerate(block.text):
            start, end = block.spans.source(i, i + 1)
            if not ch.isspace():
                assert text[start:end] == ch


@given(
    st.lists(
        st.sampled_from(
            ["[[A|b]]", "{{lang-kk|Ж}}", "<ref>x</ref>", "'''T'''", "word", " 12", "\n", "\n\n"]
        ),
        max_size=30,
    ).map("".join)
)
def test_wiki_block_spans_lie_inside_the_input(text: str) -> None:
    """Every span a wikitext block maps to is a span of the input, in order."""
    for block in read_wikitext(text).blocks:
        last = 0
        for i in range(len(block.text)):
            start, end = block.spans.source(i, i + 1)
            assert 0 <= start <= end <= len(text)
            assert start >= last or not block.text[i].isalnum()
            last = max(last, start)


def test_spans_builder_merges_and_slices() -> None:
    """Slicing a map keeps exact runs exact and coarse runs whole."""
    builder = SpansBuilder()
    builder.exact(4, 100)
    builder.coarse(2, 10, 20)
    spans = builder.build()
    copy = SpansBuilder()
    spans.slice(2, 6, copy)
    sliced = copy.build()
    assert (sliced.source(0, 2), sliced.source(2, 4), sliced.source(1, 3)) == (
        (102, 104),
        (10, 20),
        (103, 20),
    )


@given(
    st.lists(
        st.tuples(st.booleans(), st.integers(1, 5), st.integers(0, 50), st.integers(0, 9)),
        min_size=1,
        max_size=8,
    ),
    st.data(),
)
def test_a_slice_maps_each_character_as_the_whole_map_does(
    runs: list[tuple[bool, int, int, int]], data: st.DataObject
) -> None:
    """Every character of a slice points where the same character of the whole map does."""
    builder = SpansBuilder()
    for exact, count, source, width in runs:
        if exact:
            builder.exact(count, source)
        else:
            builder.coarse(count, source, source + width)
    spans = builder.build()
    start = data.draw(st.integers(0, len(spans) - 1))
    end = data.draw(st.integers(start, len(spans)))
    copy = SpansBuilder()
    spans.slice(start, end, copy)
    sliced = copy.build()
    assert len(sliced) == end - start
    for position in range(start, end):
        assert sliced.point(position - start) == spans.point(position)


def _map(paragraph: _Paragraph) -> tuple[str, list[tuple[int, int]]]:
    """A paragraph's text and the input span behind each of its characters."""
    spans = paragraph.builder.build()
    text = "".join(paragraph.parts)
    return text, [spans.point(i) for i in range(len(text))]


@given(
    st.lists(
        st.tuples(
            st.text(st.sampled_from("ab1 2  \u00a0\u202f\n\t\x1d\xad\u2028"), max_size=12)
            | st.text(st.sampled_from("aB1 "), max_size=12),  # the shortcut's chunks
            st.booleans(),
        ),
        min_size=1,
        max_size=5,
    ),
    st.data(),
)
def test_a_paragraph_adds_a_chunk_as_its_run_by_run_way_does(
    chunks: list[tuple[str, bool]], data: st.DataObject
) -> None:
    """add's one-run shortcut gives the text and map that add_runs gives."""
    text = "".join(chunk for chunk, _ in chunks)
    builder = SpansBuilder()
    for position in range(len(text)):  # a map with exact and coarse runs
        if position % 3 == 2:
            builder.coarse(1, 1000 + position, 1005 + position)
        else:
            builder.exact(1, position * 2)
    spans = builder.build()
    fast, slow = _Paragraph("paragraph"), _Paragraph("paragraph")
    at = 0
    for chunk, joined in chunks:
        joiner = data.draw(st.integers(0, len(text) - 1)) if joined and text else None
        fast.add(text, spans, at, at + len(chunk), joiner)
        slow.add_runs(text, spans, at, at + len(chunk), joiner)
        at += len(chunk)
    assert _map(fast) == _map(slow)


@pytest.mark.parametrize("text", ["", " ", "\n\n\n", "•", "==", "{{", "[[", "\x1d2x\n"])
def test_degenerate_inputs_give_blocks_or_nothing(text: str) -> None:
    """Empty and odd inputs read without error in both forms."""
    for reading in (read_plain(text), read_wikitext(text)):
        assert all(block.text == block.text.strip() for block in reading.blocks)


def test_heading_marker_in_input_is_not_a_heading() -> None:
    """The reader's internal heading mark, typed into the input, is just a space."""
    reading = read_wikitext("[[a]]\n\x1d2Fake\n")
    assert all(b.kind != "heading" for b in reading.blocks)
    assert re.search("Fake", " ".join(b.text for b in reading.blocks))


def test_ref_contents_never_reach_the_text_and_offsets_hold() -> None:
    """A ref's text (even a sentence with numbers) vanishes; what follows keeps its offsets."""
    text = "'''A''' is a town.<ref name=x>It had 5,000 people in 1999.</ref> It has 7 parks."
    block = read_wikitext(text).blocks[0]
    assert block.text == "A is a town. It has 7 parks."
    at = block.text.index("7")
    start, end = block.spans.source(at, at + 1)
    assert text[start:end] == "7"


def test_a_ref_opener_inside_a_comment_does_not_hide_text() -> None:
    """`<!-- <ref> -->` is a comment; the prose after it is still read."""
    text = "'''A''' is a town.<!-- <ref> --> It has 7 parks.<ref>x</ref> End."
    assert read_wikitext(text).blocks[0].text == "A is a town. It has 7 parks. End."


# A closed ref as MediaWiki matches it, written the plain way: up to the first closing
# tag, holding no other ref's opener and no comment. The reader's pattern is the same
# language unrolled (it runs ~8x faster over a page's refs).
_CLOSED_REF_PLAIN = re.compile(
    r"<ref(?:\s[^<>]*)?>((?:(?!</ref\s*>|<ref[\s>/]|<!--).)*)</ref\s*>", re.S | re.I
)
_REF_PIECES = st.sampled_from(
    [
        "<ref>",
        "</ref>",
        "</ref >",
        "<ref name=a>",
        "<ref/>",
        "<ref />",
        "<!--",
        "-->",
        "<",
        ">",
        "/",
        "a",
        " ",
        "\n",
        "</REF>",
        "<Ref x>",
        "<references/>",
        "</ref\n>",
        "<refx>",
    ]
)


@given(st.lists(_REF_PIECES, max_size=14).map("".join))
def test_closed_ref_pattern_finds_what_the_plain_pattern_finds(text: str) -> None:
    """Both patterns find the same refs, with the same contents, anywhere."""
    assert [m.span(1) for m in _CLOSED_REF.finditer(text)] == [
        m.span(1) for m in _CLOSED_REF_PLAIN.finditer(text)
    ]


@given(st.text(st.sampled_from("a{[<=|/:\n x"), max_size=30), st.data())
def test_reopens_is_the_search_for_an_opener(source: str, data: st.DataObject) -> None:
    """The quick test before the search never hides an opener the search finds."""
    start = data.draw(st.integers(0, len(source)))
    end = data.draw(st.integers(start, len(source)))
    found = _MAY_REOPEN.search(source, start, end + 16)
    expected = found.start() if found is not None and found.start() < end else -1
    assert _reopens(source, start, end) == expected


@given(
    st.text(st.sampled_from("a{[<=|/:\n x"), max_size=40),
    st.lists(st.tuples(st.integers(0, 40), st.integers(0, 12)), max_size=12),
)
def test_openers_answer_as_reopens_does(source: str, queries: list[tuple[int, int]]) -> None:
    """Remembering the next opener character changes no answer, in any order of questions."""
    openers = _Openers(source)
    for start, width in queries:
        start = min(start, len(source))
        end = min(start + width, len(source))
        assert openers.find(start, end) == _reopens(source, start, end)


@given(st.text(st.sampled_from("ab \n\r\t\u2028"), max_size=30))
def test_blanking_keeps_length_and_line_ends(text: str) -> None:
    """A blanked stretch has spaces for every character but its newlines."""
    assert _blank(text) == re.sub(r"[^\n]", " ", text)


# --- the top level from tokens, against the tree (the oracle) --------------------------------


def _same_reading(text: str, window: int | None = None) -> None:
    """The reader over tokens gives what the walk of the whole tree gives, offsets too."""
    fast = _read_wikitext(text, tree=False, window=window)
    slow = _read_wikitext(text, tree=True)
    assert fast == slow
    for a, b in zip(fast.blocks, slow.blocks, strict=True):
        for position in range(len(a.text)):
            assert a.spans.point(position) == b.spans.point(position)
        assert a.spans.end() == b.spans.end()


WIKI_PAGES = sorted(FIXTURES.rglob("*.wiki"))


@pytest.mark.parametrize("path", WIKI_PAGES, ids=[str(p.relative_to(FIXTURES)) for p in WIKI_PAGES])
def test_top_level_from_tokens_reads_every_fixture_as_the_tree_does(path: Path) -> None:
    """Every fixture page: the same blocks, offsets, categories, diagnostics and tables."""
    _same_reading(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", WIKI_PAGES, ids=[str(p.relative_to(FIXTURES)) for p in WIKI_PAGES])
def test_top_level_a_window_at_a_time_reads_every_fixture_as_the_tree_does(path: Path) -> None:
    """Tokenized 500 characters at a time, every fixture page still reads as one tree."""
    _same_reading(path.read_text(encoding="utf-8"), window=500)


@pytest.mark.parametrize(
    "text",
    [
        "{|\n|-\n| a || b\n|}\nText [[a|b]] [[:c]] [[en:X]] [[File:x.png|thumb|y]].",
        "<div class=\"a\" id = b style='c d' hidden>x</div> <br/> <br> </span> <ref name=x/>",
        "&amp; &#123; &#x2013; &#X41; [http://x.org y] [http://x.org] http://y.org z",
        "a&nbsp;b &#x2013; c&#160;d &#x2014; &amp; &nbsp; &#x2013;&amp;&#160;",  # again
        "== A ==\n=== B ===\n* [[a|''b'']]\n# {{lang-kk|x}}\n; t : d\n----\n<!-- c -->",
        "{{{1|d}}} {{a|b=c|d}} [[Category:X| ]] [[Kategorija:Y]] <nowiki>[[x]]</nowiki>",
        "<table><tr><td>1</td></tr></table> {{Weather box|Jan high C=1}} <ref>r</ref>",
        "<div>{{Weather box|Jan high C=2}}</div> [[a_b  c]] [[a|]] <p\n>x</p >",
    ],
)
def test_top_level_from_tokens_reads_each_construct_as_the_tree_does(text: str) -> None:
    """Tables, tags with attributes, entities, links of each kind, headings, lists."""
    _same_reading(text)


@given(
    st.lists(
        st.sampled_from(
            [
                "[[",
                "]]",
                "{{",
                "}}",
                "|",
                "=",
                "<",
                ">",
                "/",
                "div",
                "ref",
                " ",
                "\n",
                "'",
                '"',
                "&",
                ";",
                "#",
                "x",
                "{|",
                "|}",
                "*",
                "!",
                "-",
                "[",
                "]",
                "http://a.b",
                "Category:",
                "<!--",
                "-->",
                "Weather box",
                "<gallery>",
                "</gallery>",
                "<nowiki>",
                "== H ==\n",
                " word",
                " Word",
                " 12",
                "&nbsp;",  # entities, again and again: each is rendered once a page
                "&#x2013;",
                "&#160;",
                "&amp;",
            ]
        ),
        max_size=60,
    ).map("".join),
    st.sampled_from([None, 8, 16, 24, 40, 64]),
)
def test_top_level_from_tokens_reads_any_markup_as_the_tree_does(
    text: str, window: int | None
) -> None:
    """Any mix of wiki markup, whole or a few characters at a time: the tree's reading."""
    _same_reading(text, window)


@given(
    st.lists(
        st.sampled_from(["*", "#", ":", ";", "----", "**", " a", "\n", "<br/>", "''x''", "{{t}}"]),
        max_size=12,
    ).map("".join)
)
def test_a_line_mark_is_measured_as_the_extent_walk_measures_it(text: str) -> None:
    """_line_mark gives each self-closing wiki-markup tag the extent _extent gives it."""
    tokens = wikitree.tokenize(text)
    for i, token in enumerate(tokens):
        if token.__class__ is not _T.TagOpenOpen or not token.get("wiki_markup"):
            continue
        marked = _line_mark(tokens, i)
        if marked is None:
            continue
        extent = _extent(tokens, i, text, 0)
        assert extent is not None
        after, end, name, _ = extent
        assert marked == (after, end, name)


@given(st.text(st.sampled_from("'_ABa x\n"), max_size=30))
@example("'''Jezkazgan''' __NOTOC__ ___A__B__ ''x'''' __a__")
def test_drops_are_what_the_drop_pattern_finds(text: str) -> None:
    """The quick finder gives the matches _DROP.finditer gives, in order."""
    assert [m.span() for m in _drops(text)] == [m.span() for m in _DROP.finditer(text)]
