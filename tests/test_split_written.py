"""split.py takes the text of a value with markup from its tokens: the text its tree prints.

``_written`` joins the tokens' texts for templates, arguments, links, entities,
comments and HTML-style tags, and gives up (None) on wiki markup and on shapes it is not
sure of, whose trees are printed instead.
Compared with ``str()`` of the builder's tree, on fragments of markup and on every
parameter of every fixture page's infobox.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from infobox import wikitree
from infobox.scan import locate, prepare
from infobox.settlement.split import _written, split_template

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
PAGES = sorted(FIXTURES.rglob("*.wiki"))
FRAGMENTS = [
    "a",
    " ",
    "\n",
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
    "http://x.kz",
    "[http://x.kz",
    "//y.kz",
    "&",
    "#",
    "x",
    "&nbsp;",
    "&#x7B;",
    "&#X7b;",
    "&#123;",
    ";",
    "<!--",
    "-->",
    "''",
    "<",
    ">",
    "<ref>",
    "</ref>",
    "</ref >",
    "<ref name=a>",
    '<ref name="a b">',
    "<ref name='a'/>",
    "<ref group = n name=a >",
    "<br>",
    "<br/>",
    "<br />",
    "</br>",
    '<div ="x">',
    "<span a=b c>",
    "<span a=b c d='e'>",
    "</span>",
    "<small>",
    "</small>",
    "<nowiki>",
    "</nowiki>",
    "<ref name={{x}}>",
    "<ref name=a b>",
    "{|\n|a\n|}",
    "\n----\n",
    ";",
    "== h ==",
    "*",
    ":",
    "'",
]


@settings(max_examples=500)
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=30).map("".join))
@example("[http://x.kz''b''] [http://x.kz] http://x.kz [//x.kz y]")
@example("{{a|b=[[c|{{{d|e}}}]]}} &#x1F; <!-- f -->")
@example("<ref name=\"a b\" group = g >r</ref ><ref name='a'/> <br> </br> <span a=b c>s</span>")
def test_written_is_what_the_tree_prints(text: str) -> None:
    """The tokens' text is the text of their tree, and the text they came from."""
    tokens = wikitree.tokenize(text)
    written = _written(tokens)
    if written is not None:
        assert written == str(wikitree.build(tokens)) == text


@pytest.mark.parametrize("path", PAGES, ids=lambda path: str(path.relative_to(FIXTURES)))
def test_every_fixture_parameter(path: Path) -> None:
    """Each piece of each fixture infobox has the text its tree prints."""
    text = path.read_text(encoding="utf-8")
    located = locate(text.replace("\r", "\n"))
    if located is None:
        return
    prepared = prepare(text.replace("\r", "\n"), located.start, located.end)
    split = split_template(prepared.text if located.terminated else prepared.text + "}}")
    if split is None:
        return
    for showkey, name, value in split.params:
        if showkey:  # a positional parameter's name is its number, from no tokens
            assert name.text == str(name.code)
        assert value.text == str(value.code)
