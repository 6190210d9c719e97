"""text.shows_no_text and text.link_text: what the reader may read without a tree."""

from __future__ import annotations

import mwparserfromhell
from hypothesis import given
from hypothesis import strategies as st

from infobox import text
from infobox.article.reader import _CONVERSIONS
from infobox.templates import display

# Every name a display rule knows, in the case and spelling it is listed in.
KNOWN = sorted(
    {
        *text._TEMPLATE_HANDLERS,
        *text._SYMBOLS,
        *text._FIRST_ARG,
        *display.FIRST_ARG,
        *text._SECOND_ARG,
        *display.SECOND_ARG,
        *text._FLAG_NAME,
        *display.FLAG_NAME,
        *text._ARG_LISTS,
        *text._URL,
        *text.DATE_TEMPLATES_KEYS,
        *text._BREAK_TEMPLATES,
    }
)
OTHERS = [
    "Citation needed",
    "Reflist",
    "Coord missing",
    "KAZ",
    "USA",
    "UTC+05:30",
    "#if:x",
    "lang-kk",
    "km to mi",
    "convert",
    "sfn",
    "Navbox",
    "NAZ",
    "-",
    "'",
    "formatnum:1",
]
NAMES = st.one_of(
    st.sampled_from(KNOWN + OTHERS),
    st.sampled_from(KNOWN).map(lambda n: n.upper()),
    st.sampled_from(KNOWN).map(lambda n: f" {n.replace(' ', '_')}\n"),
    st.text(st.sampled_from("abkzAKZ -_:+0"), min_size=1, max_size=8),
)
ARGS = st.lists(
    st.sampled_from(["Kazakhstan", "1", "km", "x=y", "name=N", "[[a|b]]", "''c''", "2=d", ""]),
    max_size=4,
)


@given(NAMES, ARGS)
def test_a_template_said_to_show_nothing_shows_nothing(name: str, args: list[str]) -> None:
    """When the name says nothing is shown, the tree's rendering agrees, any arguments."""
    if "{" in name or "}" in name or "|" in name:
        return
    node = mwparserfromhell.parse("{{" + "|".join([name, *args]) + "}}").nodes[0]
    if not isinstance(node, mwparserfromhell.nodes.Template):
        return  # "{{ }}" is no template
    if text.shows_no_text(name):
        assert text.node_text(node) == ""
        assert text.node_text(node, None, _CONVERSIONS) == ""


def test_known_display_names_show_text() -> None:
    """Every name a display rule knows is never skipped, in any case or spelling."""
    for name in KNOWN:
        assert not text.shows_no_text(name), name
        assert not text.shows_no_text(name.upper().replace(" ", "_")), name


_LINK_PARTS = st.text(st.sampled_from("aZ _'\t\n\u00a0\x1e:Fileé"), max_size=12)


@given(_LINK_PARTS, st.one_of(st.none(), _LINK_PARTS))
def test_link_text_is_what_node_text_shows_of_the_link(title: str, label: str | None) -> None:
    """A link written in text alone shows what the tree's rendering of it shows."""
    written = f"[[{title}]]" if label is None else f"[[{title}|{label}]]"
    nodes = mwparserfromhell.parse(written, skip_style_tags=True).nodes
    if len(nodes) != 1 or not isinstance(nodes[0], mwparserfromhell.nodes.Wikilink):
        return
    link = nodes[0]
    parts = [*link.title.nodes, *(link.text.nodes if link.text is not None else [])]
    if not all(isinstance(node, mwparserfromhell.nodes.Text) for node in parts):
        return  # markup in the target or the label (":" opening a line): not text alone
    shown_label = None if link.text is None else str(link.text)
    assert text.link_text(str(link.title), shown_label) == text.node_text(link)
