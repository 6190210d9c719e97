"""The shortcuts of infobox.text (and refs' comment scan) give what the slow ways give.

``render`` and ``plain`` of a tree of text and comments only skip the walk (the
render_text route), and ``descendants`` lists the nodes that
``Wikicode.filter(recursive=True)`` yields. Each is compared here with the slow way
it replaces, on fragments of markup chosen to hit the edges: apostrophes, comments,
item breaks, white space, placeholders mapped back.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

import mwparserfromhell
from hypothesis import example, given, settings
from hypothesis import strategies as st
from mwparserfromhell.wikicode import Wikicode

from infobox import text, wikitree
from infobox.text import (
    BREAK,
    Rendered,
    collapse,
    descendants,
    plain,
    render,
    render_links,
    render_text,
)

FRAGMENTS = [
    "a",
    " ",
    "  ",
    "\n",
    "\t",
    "'",
    "''",
    "'''",
    "<!-- c -->",
    "<!--",
    "-->",
    BREAK,
    "\u00a0",
    "\ue000",
    "\ue001",
    "89,079",
    "[[b]]",
    "[[b|c]]",
    "{{small|d}}",
    "{{lang|kk|e}}",
    "<ref>f</ref>",
    "<br>",
    "&nbsp;",
    "{{",
    "}}",
    "|",
    "=",
    "[http://x.kz g]",
    "<small>h</small>",
]
TEXTS = st.lists(st.sampled_from(FRAGMENTS), max_size=25).map("".join)
RESTORES = st.dictionaries(
    st.sampled_from(["\ue000", "\ue001"]),
    st.sampled_from(["|", "=", "''", "'", BREAK, " a ", "\ue001", "_\ue000_"]),
)


def walked(code: Wikicode, restore: Mapping[str, str] | None) -> Rendered:
    """The slow way: the walk over every node, whatever the nodes are."""
    return text._walk(code, restore)


@settings(max_examples=400)
@given(TEXTS, RESTORES)
@example("a <!-- c --> ''b'' \x1e c", {})
@example("\ue000'\ue000", {"\ue000": "'"})
@example("<!-- unclosed", {})
def test_render_and_plain_of_text_and_comments(source: str, restore: dict[str, str]) -> None:
    """render and plain give what the walk gives, with the shortcut or without it."""
    code = wikitree.parse(source)
    slow = walked(code, restore)
    fast = render(code, restore)
    assert slow == fast
    assert slow.refs == fast.refs
    assert slow.diagnostics == fast.diagnostics
    assert slow.plain == fast.plain == plain(code, restore) == plain(source, restore)


@settings(max_examples=300)
@given(TEXTS, RESTORES)
def test_render_text_of_the_text_without_comments(source: str, restore: dict[str, str]) -> None:
    """render_text of the joined text nodes is render of a tree of text and comments."""
    code = wikitree.parse(source)
    if all(type(node).__name__ in ("Text", "Comment") for node in code.nodes):
        shown = "".join(str(node) for node in code.nodes if type(node).__name__ == "Text")
        assert render_text(shown, restore) == walked(code, restore)


@settings(max_examples=400)
@given(TEXTS)
@example("{{a|b=[[c|{{d}}]]|<ref name=e>{{f|g}}</ref>}} <span x=y>[http://h.kz i]</span>")
def test_descendants_are_the_recursive_filter(source: str) -> None:
    """descendants lists the very nodes, in the same order, that filter(recursive=True) yields."""
    code = mwparserfromhell.parse(source)
    assert [id(node) for node in descendants(code)] == [
        id(node) for node in code.filter(recursive=True)
    ]


_SPACES = [chr(c) for c in range(0x110000) if chr(c).isspace()]


@settings(max_examples=300)
@given(st.text(alphabet=st.sampled_from([*_SPACES, "a", "b", "_", BREAK]), max_size=30))
@example("".join(_SPACES))
def test_collapse_is_the_white_space_regex(value: str) -> None:
    """collapse gives what re.sub(r"\\s+", " ", value).strip() gives, for every space character."""
    assert collapse(value) == re.sub(r"\s+", " ", value).strip()
    assert collapse(value) == re.sub(r"\s+", " ", value.replace(BREAK, " ")).strip()


LINK_FRAGMENTS = [
    "a",
    " ",
    "\n",
    "_",
    "'",
    "''",
    "'''",
    BREAK,
    "\ue000",
    "<!-- c -->",
    "<!--",
    "-->",
    "[[",
    "]]",
    "|",
    ":",
    "File:x.png",
    "Category:",
    "kk:",
    "Almaty",
    "[[Ulytau_Region]]",
    "[[a|b]]",
    "[[a|]]",
    "[[a|b|c]]",
    "[[:Category:X]]",
    "[[File:x.png|thumb]]",
    "[[en:Almaty]]",
    "[[a<!-- c -->]]",
    "{{x}}",
    "<br>",
    "&nbsp;",
]


@settings(max_examples=500)
@given(st.lists(st.sampled_from(LINK_FRAGMENTS), max_size=25).map("".join), RESTORES)
@example("[[Ulytau_Region]] <!-- c --> [[Almaty|''city'']]", {})
@example("[[\ue000]]", {"\ue000": "File:y.png"})
def test_render_links_is_render_of_the_tree(source: str, restore: dict[str, str]) -> None:
    """render_links of the tokens, where it reads them, is render of their tree."""
    tokens = wikitree.tokenize(source)
    quick = render_links(tokens, restore)
    if quick is not None:
        slow = walked(wikitree.build(tokens), restore)
        assert slow == quick
        assert slow.refs == quick.refs
        assert slow.diagnostics == quick.diagnostics


@settings(max_examples=400)
@given(
    st.lists(
        st.sampled_from(["a", "<!--", "-->", "<!-->", "-", "<", "!", ">", "<ref>"]), max_size=20
    ).map("".join)
)
@example("a<!--b-->c<!---->d<!--e")
def test_comment_spans_are_the_comment_regex(text: str) -> None:
    """refs._comment_spans finds what the comment regex finds, by str.find."""
    from infobox import refs

    assert refs._comment_spans(text) == [(m.start(), m.end()) for m in refs._COMMENT.finditer(text)]
