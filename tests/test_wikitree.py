"""wikitree.parse builds the very tree that mwparserfromhell.parse builds.

mwparserfromhell.parse(text, skip_style_tags=True) is the oracle: every test compares
the two trees node by node, every instance attribute by name, order and value, the
text of every Wikicode, and the list type holding its nodes.
"""

from __future__ import annotations

import contextlib
import functools
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import mwparserfromhell
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from mwparserfromhell.nodes import Node, Tag
from mwparserfromhell.nodes.extras import Attribute, Parameter
from mwparserfromhell.smart_list import SmartList
from mwparserfromhell.wikicode import Wikicode

from infobox import wikitree
from infobox.dump.reader import read_pages
from infobox.errors import DumpTruncatedError
from infobox.strategies import wikitext_pages

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
TEXT_FILES = sorted(
    path for path in FIXTURES.rglob("*") if path.suffix in (".wiki", ".txt") and path.is_file()
)
DUMPS = sorted(FIXTURES.glob("dumps/*.xml*"))


def reference(text: str) -> Wikicode:
    """The oracle: mwparserfromhell's own tree."""
    code: Wikicode = mwparserfromhell.parse(text, skip_style_tags=True)
    return code


def assert_same(expected: Any, actual: Any, where: str = "", *, texts: bool = True) -> None:
    """Assert that two trees are the same, down to every attribute.

    ``texts``: compare the ``str()`` of every Wikicode and node on the way as well (it
    follows from the attributes; without it, only the caller compares the root's).
    """
    assert type(expected) is type(actual), where
    if isinstance(expected, Wikicode):
        if texts:
            assert str(expected) == str(actual), where
        assert list(vars(expected)) == list(vars(actual)), where
        assert type(expected.nodes) is type(actual.nodes) is SmartList, where
        assert expected.nodes._children == actual.nodes._children == {}, where  # type: ignore[attr-defined]
        assert len(expected.nodes) == len(actual.nodes), where
        for index, (one, other) in enumerate(zip(expected.nodes, actual.nodes, strict=True)):
            assert_same(one, other, f"{where}/{index}:{type(one).__name__}", texts=texts)
    elif isinstance(expected, Node | Parameter | Attribute):
        if texts:
            assert str(expected) == str(actual), where
        assert list(vars(expected)) == list(vars(actual)), where
        for name, value in vars(expected).items():
            assert_same(value, getattr(actual, name), f"{where}.{name}", texts=texts)
        if isinstance(expected, Tag):
            # The tag's name and its closing name are one object until a closing tag.
            assert (expected.closing_tag is expected.tag) == (actual.closing_tag is actual.tag)
    elif isinstance(expected, list):
        assert len(expected) == len(actual), where
        for index, (one, other) in enumerate(zip(expected, actual, strict=True)):
            assert_same(one, other, f"{where}[{index}]", texts=texts)
    else:
        assert expected == actual, where


def assert_parses_alike(text: str) -> None:
    """Assert that wikitree.parse(text) is mwparserfromhell's tree of it."""
    assert_same(reference(text), wikitree.parse(text))


def assert_built_fast(text: str) -> None:
    """Assert that the lean builder itself (no fallback) gives the oracle's tree."""
    assert_same(reference(text), wikitree._build(wikitree.tokenize(text)))


def test_fast_on_this_mwparserfromhell() -> None:
    """The installed mwparserfromhell is one whose internals the builder knows."""
    assert wikitree.FAST


@pytest.mark.parametrize(
    "text",
    [
        "",
        "plain text, no markup",
        "a\x00b",
        "{{a|b|c=d|e|=f|g==h}}",
        "{{a|1=x|y|3=z|w}}",
        "{{{arg}}} {{{arg|}}} {{{arg|default|more}}}",
        "[[a]] [[a|b]] [[a|b|c]] [[a|]]",
        "[http://x.kz] [http://x.kz y z] http://x.kz [//x.kz y] [http://x.kz<ref>r</ref>]",
        "[http://x.kz'''b''']",
        "&nbsp; &#123; &#x1F; &#X1F; &amp &bogus; &#xZZ;",
        "== h ==\n=h=\n====== h ======\n======= h =======\n==h\n",
        "<!-- c --> <!-- {{x}} --> <!-- unclosed",
        "<ref name=a/> <ref name=\"a b\">x</ref> <ref name='a'>x</ref > < ref >x</ ref>",
        "<br> <br/> </br> <br /> <hr> <div =\"x\">y</div> <span a=b c d='e'>f</span>",
        "<nowiki>{{a}}</nowiki> <pre>{{a}}</pre> <math>x</math> <ref>{{a|b}}</ref>",
        "{|\n|a||b\n|-\n!c!!d\n|+ cap\n|}\n",
        '{| class="wikitable"\n|- style="x"\n| style="y" | a\n|}\n',
        "* a\n# b\n; c : d\n----\n:: e\n",
        "''i'' '''b''' '''''bi'''''",
        "{{a|{{b|{{c}}}}}} [[a|{{b}}]] {{a|[[b|c]]}} {{a|<ref>{{b}}</ref>}}",
        "{{a\n|b = c <!-- d -->\n|e = [[f]] {{g}}\n}}",
        "{{ {{a}} | b }} {{a|b}} }} {{ [[",
        "<ref>unclosed {{a|b",
        "{{a|<ref>b}}</ref>",
        "[[a|{{b]]}}",
        "<ref name=a>x</ref><ref name=a />",
        "__NOTOC__ ~~~~ <references/>",
    ],
)
def test_hand_made_markup(text: str) -> None:
    """Every construct the Builder builds, well-formed and broken, comes out alike."""
    assert_parses_alike(text)
    assert_built_fast(text)


@pytest.mark.parametrize("path", TEXT_FILES, ids=lambda path: str(path.relative_to(FIXTURES)))
def test_fixture_files(path: Path) -> None:
    """Every .wiki and .txt page under fixtures/ comes out alike, with no fallback."""
    text = path.read_text(encoding="utf-8")
    assert_parses_alike(text)
    assert_built_fast(text)


@functools.cache
def dump_texts() -> tuple[str, ...]:
    """The texts of the pages in the XML dumps under fixtures/dumps, each once."""
    texts: dict[str, None] = {}
    for path in DUMPS:
        # viwiki-truncated is cut off on purpose: its complete pages are read.
        with contextlib.suppress(DumpTruncatedError):
            for page in read_pages(path, namespaces=None):
                texts[page.text] = None
    return tuple(texts)


@pytest.mark.parametrize("shard", range(4))
def test_dump_pages(shard: int) -> None:
    """Every page of the XML dumps under fixtures/dumps comes out alike, with no fallback."""
    texts = dump_texts()
    assert len(texts) > 500
    for text in texts[shard::4]:
        expected, actual = reference(text), wikitree._build(wikitree.tokenize(text))
        assert str(expected) == str(actual)
        assert_same(expected, actual, texts=False)


# Pieces of markup, alone and broken, for texts that nest and never close.
FRAGMENTS = [
    "{{",
    "}}",
    "[[",
    "]]",
    "|",
    "=",
    "<ref>",
    "</ref>",
    "<ref name=a/>",
    "<!--",
    "-->",
    "''",
    "'''",
    "{|",
    "|}",
    "|-",
    "!",
    "&nbsp;",
    "&#123;",
    "&#x1f;",
    "&",
    ";",
    "#",
    "[http://x y]",
    "[",
    "]",
    "http://a.kz",
    "==",
    "\n",
    "*",
    ":",
    "<br/>",
    "<br>",
    "{{{",
    "}}}",
    "<",
    ">",
    "/",
    "-",
    "a",
    " ",
    "b c",
    "Almaty",
    '<div class="x">',
    "</div>",
    "<nowiki>",
    "</nowiki>",
    "<span a=b>",
    "</span>",
    "~",
    "\t",
    "\x00",
    "é",
    "Жезқазған",
]


@settings(max_examples=500)
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=60).map("".join))
@example("{{a|b=<ref>c</ref>}}")
def test_markup_fragments(text: str) -> None:
    """Any sequence of markup fragments, balanced or not, comes out alike."""
    assert_parses_alike(text)


@given(st.text(alphabet=st.sampled_from("{}[]<>|=&'#*;:/-!\n\x00ab c"), max_size=80))
def test_marker_characters(text: str) -> None:
    """Any text of the tokenizer's marker characters comes out alike."""
    assert_parses_alike(text)


@given(st.text())
def test_any_text(text: str) -> None:
    """Any text at all comes out alike, with or without markup."""
    assert_parses_alike(text)


@settings(max_examples=300)
@given(
    st.one_of(
        st.lists(st.sampled_from([*FRAGMENTS, "''", "'''", "'"]), max_size=40).map("".join),
        st.text(alphabet=st.sampled_from("{}[]<>|=&'#*;:/-!\n\x00ab c"), max_size=60),
    )
)
@example("a''b")
@example("<ref name=a>''x'' [http://y.kz ''z'']</ref>")
def test_parse_styled_is_the_default_parse(text: str) -> None:
    """parse_styled gives mwparserfromhell.parse's tree with its default options."""
    assert_same(mwparserfromhell.parse(text), wikitree.parse_styled(text))


@given(st.text(alphabet=st.characters(blacklist_characters="{}[]<>|=&'#*;:/-!\n\x00")))
@example("a\ud800b\r\u2028")  # a lone surrogate, a carriage return, a line separator
def test_text_without_markers(text: str) -> None:
    """A text with no marker character is one Text node (or none), as the oracle says."""
    expected = reference(text)
    assert_same(expected, wikitree.parse(text))
    assert [type(node).__name__ for node in expected.nodes] == (["Text"] if text else [])


@settings(max_examples=25)
@given(wikitext_pages())
def test_generated_pages(pair: tuple[Any, str]) -> None:
    """Generated settlement pages come out alike."""
    assert_parses_alike(pair[1])


def mutations(seed: int, count: int) -> Iterator[str]:
    """Slices of the fixture pages with characters and fragments cut, copied and added."""
    rng = random.Random(seed)
    texts = [path.read_text(encoding="utf-8") for path in TEXT_FILES]
    for _ in range(count):
        text = rng.choice(texts)
        start = rng.randrange(len(text))
        piece = list(text[start : start + rng.randrange(1, 600)])
        for _ in range(rng.randrange(1, 8)):
            at = rng.randrange(len(piece) + 1)
            action = rng.randrange(4)
            if action == 0 and piece:
                del piece[at : at + rng.randrange(1, 5)]
            elif action == 1:
                piece[at:at] = rng.choice(FRAGMENTS)
            elif action == 2 and piece:
                piece[at:at] = piece[rng.randrange(len(piece)) :][: rng.randrange(1, 40)]
            else:
                piece[at:at] = rng.choice("{}[]|=<>'\n")
        yield "".join(piece)


@pytest.mark.parametrize("seed", range(8))
def test_fuzzed_fixture_slices(seed: int) -> None:
    """Fixture slices mutated by a seeded random come out alike."""
    for text in mutations(seed, 250):
        assert_parses_alike(text)


def test_fallback_when_disabled(monkeypatch: pytest.MonkeyPatch) -> None:
    """With the lean builder switched off, parse is mwparserfromhell.parse."""
    monkeypatch.setattr(wikitree, "_parse", wikitree._reference)
    calls = []
    original = mwparserfromhell.parse

    def spy(*args: Any, **kwargs: Any) -> Any:
        calls.append(args)
        return original(*args, **kwargs)

    monkeypatch.setattr(mwparserfromhell, "parse", spy)
    text = "{{a|b=[[c]]}} <ref>d</ref>"
    assert_same(original(text, skip_style_tags=True), wikitree.parse(text))
    assert [(text,)] == calls


def test_fallback_when_the_builder_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    """A token stream that the builder refuses gives the oracle's tree all the same."""

    def refuse(tokens: list[Any]) -> Any:
        raise wikitree._Unexpected("test")

    monkeypatch.setattr(wikitree, "_build", refuse)
    assert_parses_alike("{{a|b=[[c]]}} <ref>d</ref> &nbsp;")


def test_fallback_when_the_tokenizer_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    """An error from the tokenizer sends the text to mwparserfromhell.parse."""

    class Broken:
        def tokenize(self, text: str, context: int, skip_style_tags: bool) -> Any:
            raise mwparserfromhell.parser.ParserError("test")  # type: ignore[no-untyped-call]

    monkeypatch.setattr(wikitree, "_CTokenizer", Broken)
    assert_parses_alike("{{a|b=[[c]]}}")


@pytest.mark.parametrize(
    "tokens",
    [
        "TemplateOpen Text",  # never closed
        "TemplateOpen Text TemplateParamEquals Text TemplateClose",  # = before any |
        "TemplateParamSeparator",  # a separator outside a template
        "WikilinkOpen Text WikilinkSeparator Text WikilinkSeparator Text WikilinkClose",
        "HTMLEntityStart Text",  # no end
        "HTMLEntityStart HTMLEntityNumeric TemplateOpen",
        "TagOpenOpen Text TagCloseOpen Text TagCloseClose",  # no </
        "CommentStart Text",
    ],
)
def test_unknown_token_shapes_are_refused(tokens: str) -> None:
    """The builder refuses a token stream of a shape it does not know, never guesses."""
    stream = [
        getattr(mwparserfromhell.parser.tokens, name)(text="x")
        if name == "Text"
        else getattr(mwparserfromhell.parser.tokens, name)()
        for name in tokens.split()
    ]
    with pytest.raises((wikitree._Unexpected, StopIteration)):
        wikitree._build(stream)


def test_not_fast_when_internals_differ(monkeypatch: pytest.MonkeyPatch) -> None:
    """A release whose node attributes differ from the expected ones is not used fast."""
    expected = wikitree._expected_attributes()
    changed = {**expected, Tag: (*expected[Tag], "_new_attribute")}
    monkeypatch.setattr(wikitree, "_expected_attributes", lambda: changed)
    assert not wikitree._internals_match()


def test_not_fast_without_the_c_tokenizer(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without the C tokenizer the fast path is off."""
    monkeypatch.setattr(wikitree, "_CTokenizer", None)
    assert not wikitree._internals_match()


def test_probe_has_every_token_type() -> None:
    """The import-time probe text makes the tokenizer emit every token type."""
    kinds = {type(token) for token in wikitree.tokenize(wikitree._PROBE)}
    assert set(wikitree._TOKEN_TYPES) == kinds


def test_probe_refuses_a_builder_that_differs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A builder whose tree differs from mwparserfromhell's fails the import-time probe."""
    assert wikitree._probe_matches()
    build = wikitree._build

    def off_by_one(tokens: list[Any]) -> Any:
        code = build(tokens)
        code.nodes[0].level += 1
        return code

    monkeypatch.setattr(wikitree, "_build", off_by_one)
    assert not wikitree._probe_matches()


def test_probe_compares_attribute_order() -> None:
    """The probe's comparison tells nodes apart by attribute names and their order."""
    one, other = mwparserfromhell.nodes.Text("a"), mwparserfromhell.nodes.Text("a")
    assert wikitree._same(one, other)
    vars(other)["extra"] = 1
    assert not wikitree._same(one, other)
    assert not wikitree._same(wikitree.parse("[[a]]"), wikitree.parse("[[a|]]"))


def test_not_fast_when_constructors_differ(monkeypatch: pytest.MonkeyPatch) -> None:
    """A release whose node constructors take other arguments is not used fast."""

    def other_arguments() -> dict[type, Any]:
        raise TypeError("Tag() takes no argument 'padding'")

    monkeypatch.setattr(wikitree, "_built_by_constructors", other_arguments)
    assert not wikitree._internals_match()


@pytest.mark.parametrize(
    "text",
    [
        "{{a|" * 150 + "}}" * 150,  # deeper than the tokenizer's limit of nesting
        "{{a|" * 40 + "}}" * 40,
        "[[a|" * 150 + "]]" * 150,
        "<ref>" * 100 + "</ref>" * 100,
        "{{{a|" * 100 + "}}}" * 100,
        "<span>[[a|{{b|" * 30 + "}}]]</span>" * 30,
        "{{" * 2000,
        "[[" * 2000 + "]]" * 2000,
    ],
    ids=lambda text: repr(text[:12]) + f"x{len(text)}",
)
def test_deep_nesting(text: str) -> None:
    """Nesting as deep as the tokenizer allows, and deeper, comes out alike."""
    assert_parses_alike(text)


def test_huge_input() -> None:
    """A 300 kB page of real markup, one line or many, comes out alike."""
    page = (FIXTURES / "zhezkazgan" / "en.wiki").read_text(encoding="utf-8")
    text = (page * (300_000 // len(page) + 1))[:300_000]
    expected, actual = reference(text), wikitree.parse(text)
    assert str(expected) == str(actual) == text
    assert_same(expected, actual, texts=False)
    one_line = text.replace("\n", " ")
    assert str(wikitree.parse(one_line)) == one_line
    assert_same(reference(one_line), wikitree.parse(one_line), texts=False)


@pytest.mark.parametrize("fast", [True, False])
@pytest.mark.parametrize(
    "text", ["[[a|b]] c", "{{x|1=<ref>r</ref>|k=[http://a b]}}", "<!-- c -->&nbsp;''i''", "{{{a|"]
)
def test_build_gives_the_builder_s_tree_of_tokens(
    text: str, fast: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """build() of a token list is mwparserfromhell's tree of it, fast or not, and keeps the list."""
    monkeypatch.setattr(wikitree, "FAST", fast)
    tokens = wikitree.tokenize(text)
    kept = list(tokens)
    assert_same(mwparserfromhell.parse(text, skip_style_tags=True), wikitree.build(tokens))
    assert tokens == kept
