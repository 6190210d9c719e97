"""Tests for the pre-scan: locating the infobox and preparing it for mwparserfromhell."""

from __future__ import annotations

import re
from contextlib import ExitStack
from pathlib import Path
from unittest.mock import patch

import mwparserfromhell
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from mwparserfromhell.nodes import Tag, Template

from infobox import scan
from infobox.diagnostics import CATALOGUE
from infobox.names import is_settlement_template, may_call_settlement_template
from infobox.scan import KNOWN_TAGS, MAX_NESTING, Located, Prepared, _locate, locate, prepare

# The Zhezkazgan seed, which fixtures/zhezkazgan/en.wiki is byte for byte.
SEED = Path(__file__).resolve().parent.parent / "fixtures" / "zhezkazgan" / "en.wiki"


def located(text: str) -> Located:
    found = locate(text)
    assert found is not None
    return found


def parse_prepared(text: str) -> tuple[Located, Prepared, Template]:
    """Locate, prepare and parse; assert the contract: one Template spanning it all."""
    found = located(text)
    prepared = prepare(text, found.start, found.end)
    assert len(prepared.text) == found.end - found.start
    source = prepared.text + ("" if found.terminated else "}}")
    nodes = mwparserfromhell.parse(source).nodes
    assert len(nodes) == 1
    template = nodes[0]
    assert isinstance(template, Template)
    assert str(template) == source
    return found, prepared, template


def codes(prepared: Prepared) -> list[str]:
    return [d.code for d in prepared.diagnostics]


# --- locate: hand-made cases ---------------------------------------------------------


@pytest.mark.parametrize(
    "opening",
    [
        "{{Infobox settlement",
        "{{infobox settlement",
        "{{Infobox Settlement",
        "{{Infobox_settlement",
        "{{ infobox_settlement ",
        "{{Infobox city",
        "{{Infobox town",
        "{{Infobox village",
        "{{Infobox municipality",
        "{{Template:Infobox city",
        "{{template: Infobox village",
        "{{Infobox  settlement",
    ],
)
def test_locate_finds_each_alias(opening: str) -> None:
    """Every name that calls the settlement infobox is found, with its name as written."""
    page = "Intro.\n" + opening + "\n| name = X\n}}\nText."
    found = located(page)
    assert page[found.start : found.end] == opening + "\n| name = X\n}}"
    assert found.name == opening[2:].strip()
    assert (found.terminated, found.others, found.diagnostics) == (True, 0, ())


def test_locate_strips_comments_from_the_name() -> None:
    """Comments around and inside the name are allowed and left out of ``name``."""
    page = "{{<!-- a -->Infobox <!-- b -->settlement<!-- c -->\n| name = X\n}}"
    found = located(page)
    assert (found.start, found.end, found.name) == (0, len(page), "Infobox settlement")


@pytest.mark.parametrize(
    "page",
    [
        "{{Infobox person|name=X}}",
        "{{Infobox UK place/local|name=X}}",
        "{{Infobox settlement/doc}}",
        "{{Infobox settlements|name=X}}",
        "{{Infobox settlement\nfoo|name=X}}",
        "{{{Infobox settlement|default}}}",
        "{{Infobox settlement [[x]]|name=X}}",
        "{{Infobox {{x}} settlement|name=X}}",
        "{{Infobox settlement\n\nText.",
        "{{Infobox settlement<!--|name=X}}",
        "<nowiki/>{{Infobox settlement\nfoo",
        "Infobox settlement|name=X}}",
        "",
    ],
    ids=repr,
)
def test_locate_ignores_what_is_not_the_template(page: str) -> None:
    """Other templates, arguments, invalid names and bare text are not the infobox."""
    assert locate(page) is None


def test_locate_finds_a_bare_opening_at_the_end() -> None:
    """``{{Infobox settlement`` with nothing after it is an unterminated infobox."""
    found, _, template = parse_prepared("Text {{Infobox settlement")
    assert (found.start, found.end, found.terminated) == (5, 25, False)
    assert str(template) == "{{Infobox settlement}}"


@pytest.mark.parametrize(
    "wrapper",
    [
        "<!-- {} -->",
        "<!-- {}",
        "<nowiki>{}</nowiki>",
        "<NOWIKI>{}</nowiki >",
        "< nowiki >{}< /nowiki >",
        "<pre>{}</pre>",
        "<math>{}</math>",
        '<syntaxhighlight lang="text">{}</syntaxhighlight>',
        "<source>{}</source>",
    ],
)
def test_locate_skips_comments_and_raw_text_tags(wrapper: str) -> None:
    """An infobox inside a comment or a nowiki-like tag is not found."""
    assert locate(wrapper.format("{{Infobox settlement|name=X}}")) is None


def test_locate_reads_braces_in_code_tags() -> None:
    """``<code>`` is plain HTML: templates in it are templates, as in MediaWiki."""
    page = "<code>{{Infobox settlement|name=X}}</code>"
    assert located(page).start == 6


def test_locate_treats_an_unclosed_nowiki_as_text() -> None:
    """A ``<nowiki>`` that never closes protects nothing, as in MediaWiki."""
    page = "<nowiki>{{Infobox settlement|name=X}}"
    assert located(page).end == len(page)


def test_locate_skips_a_non_settlement_infobox_first() -> None:
    """A different infobox before the settlement one is passed over."""
    page = "{{Infobox person|name=P}}\n{{Infobox settlement|name=S}}"
    found = located(page)
    assert page[found.start : found.end] == "{{Infobox settlement|name=S}}"


def test_locate_finds_an_infobox_nested_in_another_template() -> None:
    """The infobox may sit inside a wrapper template's parameter."""
    page = "{{Multiple image|box={{Infobox settlement|name=S}}}}"
    assert page[located(page).start : located(page).end] == "{{Infobox settlement|name=S}}"


def test_locate_counts_nested_templates_and_arguments() -> None:
    """Nested templates, ``{{{1}}}`` and ``{{{1|d}}}`` inside are part of the extent."""
    box = (
        "{{Infobox settlement\n| name = {{{1}}}\n| coordinates = {{coord|47|N|{{{lat|0}}}}}"
        "\n| leader = {{small|{{lang|kk|x}}}}}}"
    )
    page = box + " tail }}"
    found = located(page)
    assert (found.start, found.end, found.terminated) == (0, len(box), True)


@pytest.mark.parametrize(
    "inside",
    ["<!-- }} -->", "<nowiki>}}</nowiki>", "<pre>}}</pre>", "<math>}}</math>"],
)
def test_locate_ignores_braces_in_protected_text(inside: str) -> None:
    """Closing braces in comments and raw-text tags do not close the infobox."""
    page = "{{Infobox settlement|a=" + inside + "|b=1}}"
    assert located(page).end == len(page)


def test_locate_reads_an_unclosed_comment_inside_the_infobox_as_text() -> None:
    """An unclosed comment inside the infobox does not swallow its closing braces."""
    page = "{{Infobox settlement|a=1 <!-- oops\n|b=2\n}}\nText"
    found, prepared, template = parse_prepared(page)
    assert (found.end, found.terminated) == (page.index("}}") + 2, True)
    assert "markup.unclosed" in codes(prepared)
    assert template.has("b")


def test_locate_ends_an_unterminated_infobox_before_the_lead() -> None:
    """Without ``}}``, the infobox ends after its last parameter line."""
    page = "{{Infobox settlement\n| name = X\n| population_total = 5\n\nX is a town.\n"
    found = located(page)
    assert (
        page[found.start : found.end] == "{{Infobox settlement\n| name = X\n| population_total = 5"
    )
    assert found.terminated is False
    [diagnostic] = found.diagnostics
    assert (diagnostic.code, diagnostic.start, diagnostic.end) == (
        "infobox.unterminated",
        0,
        found.end,
    )


@pytest.mark.parametrize(
    ("tail", "expected_end"),
    [
        ("\n'''X''' is a town.", "| b = 2"),
        ("\n== History ==\nText", "| b = 2"),
        ("\n\n<!-- c -->\n| c = 3\n\nText", "| c = 3"),
        ("\n\n| c = 3\n}\n\nText", "}"),
        ("\r\n\r\nText", "| b = 2"),
        ("\n{{Infobox settlement|name=Y}}", "| b = 2"),
        ("", "| b = 2"),
    ],
    ids=["bold lead", "heading", "comment line", "stray brace", "crlf", "another", "end"],
)
def test_locate_unterminated_end_rules(tail: str, expected_end: str) -> None:
    """Headings, bold leads, paragraphs and other infoboxes end an unterminated one."""
    page = "{{Infobox settlement\n| a = 1\n| b = 2" + tail
    found = located(page)
    assert page[: found.end].endswith(expected_end)
    assert found.terminated is False


def test_locate_unterminated_after_an_argument_that_looked_like_one() -> None:
    """An argument named like the infobox before it does not confuse the line rules."""
    page = "{{{Infobox settlement\n|x}}}\n{{Infobox settlement\n| a = 1\n\nText."
    found = located(page)
    assert page[found.start : found.end] == "{{Infobox settlement\n| a = 1"


def test_locate_unterminated_with_an_open_nested_template() -> None:
    """An unclosed nested template does not make the infobox swallow the article."""
    page = "{{Infobox settlement\n| coord = {{coord|1|2\n| b = 2\n}}\n\nText.\n== H ==\nMore."
    found = located(page)
    assert page[: found.end].endswith("}}")
    assert found.end < page.index("Text.")
    parse_prepared(page)


def test_locate_counts_the_infoboxes_that_follow() -> None:
    """Further settlement infoboxes are counted and reported, nested ones are not."""
    page = (
        "{{Infobox settlement|name=A|embed={{Infobox settlement|name=A2}}}}\n"
        "{{Infobox city|name=B}}\n<!-- {{Infobox town|name=C}} -->\n{{Infobox town|name=D}}"
    )
    found = located(page)
    assert found.others == 2
    [diagnostic] = found.diagnostics
    assert diagnostic.code == "infobox.multiple"
    assert page[diagnostic.start or 0 : diagnostic.end] == "{{Infobox city|name=B}}"


def test_locate_the_seed_page() -> None:
    """The Zhezkazgan seed's infobox is found whole, with nothing after it."""
    page = SEED.read_text(encoding="utf-8")
    found = located(page)
    assert page[found.start : found.start + 22] == "{{Infobox settlement \n"
    assert page[: found.end].endswith("gov.kz/memleket/entities/ulytau-zhezkazgan}} \n }}")
    assert (found.terminated, found.others) == (True, 0)


# --- prepare: repairs -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("mangled", "repaired", "canonical"),
    [
        ("< br / >", "<br   />", "<br />"),
        ("< br>", "<br >", "<br>"),
        ("<br / >", "<br  />", "<br />"),
        ("<br/ >", "<br />", "<br />"),
        ("< BR >", "<BR  >", "<BR>"),
        ("</br>", "<br/>", "<br />"),
        ("</br >", "<br />", "<br />"),
        ("< /br >", "<br  />", "<br />"),
        ("< ref name=x / >", "<ref name=x   />", "<ref name=x />"),
        ('< ref name="a b" / >', '<ref name="a b"   />', '<ref name="a b" />'),
    ],
)
def test_prepare_repairs_self_standing_tags(mangled: str, repaired: str, canonical: str) -> None:
    """Mangled line breaks and self-closing refs become tags of the same length."""
    page = "{{Infobox settlement|a=x" + mangled + "y}}"
    _, prepared, template = parse_prepared(page)
    assert prepared.text == page.replace(mangled, repaired)
    [diagnostic] = prepared.diagnostics
    assert diagnostic.code == "markup.repaired"
    assert page[diagnostic.start or 0 : diagnostic.end] == mangled
    assert diagnostic.message == f"repaired the mangled tag {mangled!r} to {canonical!r}"
    [tag] = template.get("a").value.filter_tags()
    assert str(tag) == repaired


@pytest.mark.parametrize(
    ("opening", "closing", "expected"),
    [
        ("< ref >", "< /ref >", "<ref  >a</ref  >"),
        ("< ref >", "< / ref >", "<ref  >a</ref   >"),
        ("< small >", "< /small >", "<small  >a</small  >"),
        ("< ref name=pop2023 >", "< /ref >", "<ref name=pop2023  >a</ref  >"),
        ("<ref>", "</ ref>", "<ref>a</ref >"),
        ("< sup >", "</sup>", "<sup  >a</sup>"),
    ],
)
def test_prepare_repairs_tag_pairs(opening: str, closing: str, expected: str) -> None:
    """Mangled opening and closing tags pair up into one Tag node."""
    page = "{{Infobox settlement|a=x " + opening + "a" + closing + " y}}"
    _, prepared, template = parse_prepared(page)
    assert prepared.text == "{{Infobox settlement|a=x " + expected + " y}}"
    [tag] = template.get("a").value.filter_tags()
    assert str(tag) == expected
    assert codes(prepared) == ["markup.repaired"] * (page.count("< ") + page.count("</ "))


def test_mwparserfromhell_reads_the_repaired_forms_as_tags() -> None:
    """The same-length forms chosen for repairs are tags to mwparserfromhell."""
    nodes = mwparserfromhell.parse("x<ref   >a</ref  >y<br   />z").nodes
    assert [type(node) for node in nodes] == [
        type(nodes[0]),
        Tag,
        type(nodes[0]),
        Tag,
        type(nodes[0]),
    ]


@pytest.mark.parametrize(
    "text",
    ["a < b and c > d", "< foo >", "<brand >", "< br", "< ref name={{x}} >", "a </ b"],
    ids=repr,
)
def test_prepare_leaves_lookalikes_unrepaired(text: str) -> None:
    """Spaces around unknown names, formulas and broken tags are not repaired."""
    _, prepared, _ = parse_prepared("{{Infobox settlement|a=" + text + "}}")
    assert "markup.repaired" not in codes(prepared)


def test_prepare_the_seed_page() -> None:
    """The seed's five mangled tags are repaired and its infobox parses whole."""
    page = SEED.read_text(encoding="utf-8")
    _, prepared, template = parse_prepared(page)
    repaired = [page[d.start or 0 : d.end] for d in prepared.diagnostics]
    assert repaired == ["< br / >", "< small >", "< /small >", "< ref >", "< /ref >"]
    assert codes(prepared) == ["markup.repaired"] * 5
    assert str(template.get("native_name").value.filter_tags()[0]) == "<br   />"
    [ref] = template.get("leader_name").value.filter_tags(matches=lambda n: n.tag == "ref")
    assert str(ref.contents).strip().startswith("{{Cite web|url=https://www.zakon.kz")
    assert prepared.restore == {}


# --- prepare: neutralising ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("construct", "message"),
    [
        ("<ref>a", "read 3 unclosed tags as plain text: <ref> (3)"),
        ("<div>a", "read 3 unclosed tags as plain text: <div> (3)"),
        ("<nowiki>a", "read 3 unclosed tags as plain text: <nowiki> (3)"),
        ('<span style="a', "read 3 incomplete tags (no '>', a quote that never closes"),
        ("<span a", "read 3 incomplete tags (no '>', a quote that never closes"),
        ("[http://a.b x\n", "read 3 unclosed external links '[' as plain text"),
        ("[[a|b", "read 3 unclosed links '[[' as plain text"),
        ("<!-- a", "read 3 unclosed comments '<!--' as plain text"),
        ("''a\n", "read 3 unpaired bold or italic marks"),
        ("\n{|\n", "read 3 tables '{|' inside a template"),
    ],
)
def test_prepare_neutralises_each_unclosed_construct(construct: str, message: str) -> None:
    """Each kind of unclosed construct gets one diagnostic with its count."""
    page = "{{Infobox settlement|a=" + construct * 3 + "}}"
    _, prepared, template = parse_prepared(page)
    [diagnostic] = prepared.diagnostics
    assert diagnostic.code == "markup.unclosed"
    assert diagnostic.message.startswith(message)
    assert diagnostic.start is not None
    assert page.startswith(construct.strip()[:2], diagnostic.start)
    assert prepared.restored(prepared.text) == page
    if "|" not in construct:  # a bare "|" of a neutralised link or table splits the value
        assert prepared.restored(str(template.get("a").value)) == construct * 3


def test_prepare_neutralises_unclosed_inner_braces() -> None:
    """Braces left open inside an unterminated infobox are read as text."""
    page = "{{Infobox settlement\n| a = {{x|{{y|1\n| b = 2\n}}\n\nText."
    found, prepared, template = parse_prepared(page)
    assert found.terminated is False
    [diagnostic] = prepared.diagnostics
    assert diagnostic.message == "read 1 unclosed template '{{' as plain text"
    assert (diagnostic.start, diagnostic.end) == (page.index("{{x"), page.index("{{x") + 2)
    assert [str(p.name).strip() for p in template.params] == ["a", "1"]
    assert prepared.restored(str(template.get("a").value)).strip() == "{{x"


def test_prepare_pairs_quote_marks_only_within_a_part() -> None:
    """Three italic marks in one value: two pair, the third is read as text."""
    page = "{{Infobox settlement|a=''a''b''c|b=''d''}}"
    _, prepared, _ = parse_prepared(page)
    [diagnostic] = prepared.diagnostics
    assert diagnostic.start == page.index("''c")
    assert diagnostic.message.startswith("read 1 unpaired bold or italic mark (")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("'''a''b'''c''", ["a''b", "c''"]),  # crossing marks: the italic pair is kept
        ("<span title=''x''>y", ["title=", "x"]),  # marks in an abandoned tag's attributes
        ('<span title="a\\"b">y</span>', []),  # an escaped quote inside a quoted value
        ('<span a"b>y</span>', []),  # a quote that does not follow "=" is text
        ("x\n== y ==\nz", []),  # a heading line inside a value is left alone
        ("[[x<small>y|z]]", []),  # a "|" in a tag in a link title: the title is invalid
        ("[foo:bar] [mailto:a b] [news://x y]", []),  # schemes mwparserfromhell rejects
        ("<nowiki>{{</ nowiki> b", []),  # a mangled closing tag of a raw-text tag
        ("< 3 > < br-x > < /ref x > < br <", []),  # spaces, but no tag to repair
        ("<br/> <ref/>", []),  # self-closing without attributes
    ],
    ids=repr,
)
def test_prepare_keeps_the_contract_on_edge_cases(value: str, expected: list[str]) -> None:
    """Crossing marks, attributes, schemes and near-tags keep one template."""
    page = "{{Infobox settlement|a=" + value + "|b=1}}"
    _, prepared, template = parse_prepared(page)
    assert template.has("b")
    kept = prepared.restored(prepared.text)
    for fragment in expected:
        assert fragment in prepared.text
    assert len(kept) == len(page)


def test_prepare_neutralises_crossing_quote_marks() -> None:
    """A bold mark that would close across an open italic one is read as text."""
    page = "{{Infobox settlement|a='''a''b'''c''}}"
    _, prepared, template = parse_prepared(page)
    hidden = [at for at, char in enumerate(prepared.text) if char in prepared.restore]
    assert hidden == [23, 24, 25, 30, 31, 32]  # both bold marks; the italic pair stays
    [italic] = template.get("a").value.filter_tags()
    assert prepared.restored(str(italic)) == "''b'''c''"


def test_prepare_repairs_the_closing_tag_of_raw_text() -> None:
    """``</ nowiki>`` closes a nowiki and becomes ``</nowiki >``."""
    page = "{{Infobox settlement|a=<nowiki>{{</ nowiki>|b=1}}"
    _, prepared, template = parse_prepared(page)
    assert "<nowiki>{{</nowiki >" in prepared.text
    assert codes(prepared) == ["markup.repaired"]
    assert template.has("b")


def test_prepare_hides_nul_characters() -> None:
    """mwparserfromhell stops reading at NUL, so NUL becomes a placeholder too."""
    assert str(mwparserfromhell.parse("a\x00b")) == "a"
    page = "{{Infobox settlement|a=x\x00y|b=1}}"
    _, prepared, template = parse_prepared(page)
    assert prepared.restored(str(template.get("a").value)) == "x\x00y"
    assert template.has("b")


def test_prepare_a_slice_that_is_not_an_infobox() -> None:
    """Any slice can be prepared; a heading at its start is left alone."""
    assert prepare("=x=\n[[a", 0, 7).text == "=x=\n\ue000\ue000a"


def test_prepare_reads_deep_links_and_tags_as_text() -> None:
    """Links and tags nested deeper than MAX_NESTING lose their markup at both ends."""
    depth = MAX_NESTING + 2
    page = "{{Infobox settlement|a=" + "[[a|" * depth + "]]" * depth
    page += "<small>" * depth + "</small>" * depth + "[http://a " * 2 + "]]|b=1}}"
    _, prepared, template = parse_prepared(page)
    assert "markup.too-deep" in codes(prepared)
    assert template.has("b")


def test_prepare_counts_stray_closing_tags() -> None:
    """Closing tags that close nothing are read as text and reported."""
    page = "{{Infobox settlement|a=x</small> y</ref></small>}}"
    _, prepared, _ = parse_prepared(page)
    [diagnostic] = prepared.diagnostics
    assert diagnostic.code == "markup.unopened"
    assert diagnostic.message == (
        "read 3 closing tags that close nothing as plain text: </small> (2), </ref> (1)"
    )


def test_prepare_neutralises_tags_that_cross_braces() -> None:
    """A tag opened in one template and closed after it is read as text."""
    page = "{{Infobox settlement|a={{x|<small>}}</small>|b=1}}"
    _, prepared, template = parse_prepared(page)
    assert codes(prepared) == ["markup.unclosed", "markup.unopened"]
    assert template.has("b")


def test_prepare_keeps_bold_and_italic_within_a_parameter() -> None:
    """Italic marks do not pair across parameters, as they would in mwparserfromhell."""
    page = "{{Infobox settlement|a=''b\n|c=d''}}"
    assert len(mwparserfromhell.parse(page).filter_templates()[0].params) == 1
    _, prepared, template = parse_prepared(page)
    assert [str(p.name) for p in template.params] == ["a", "c"]
    assert codes(prepared) == ["markup.unclosed"]


def test_prepare_keeps_an_inner_template_with_an_invalid_name_from_ending_the_infobox() -> None:
    """``{{a[b}}`` is text to both parsers; its braces must not close the infobox."""
    page = "{{Infobox settlement|x={{a[b}}|y=1}}"
    assert len(mwparserfromhell.parse(page).nodes) == 2
    _, prepared, template = parse_prepared(page)
    assert template.has("y")
    assert prepared.diagnostics == ()


def test_prepare_reads_deep_nesting_as_text() -> None:
    """Constructs nested deeper than MAX_NESTING are neutralised at both ends."""
    depth = MAX_NESTING + 5
    page = "{{Infobox settlement|a=" + "{{x|" * depth + "y" + "}}" * depth + "|b=1}}"
    _, prepared, template = parse_prepared(page)
    [diagnostic] = prepared.diagnostics
    assert diagnostic.code == "markup.too-deep"
    assert (
        diagnostic.message == f"read 6 constructs nested more than {MAX_NESTING} deep as plain text"
    )
    assert template.has("b")


def test_prepare_chooses_placeholders_absent_from_the_slice() -> None:
    """Placeholders never collide with private-use characters already in the text."""
    page = "{{Infobox settlement|a=\ue000\ue001 [[b}}"
    _, prepared, _ = parse_prepared(page)
    [placeholder] = prepared.restore
    assert placeholder not in page
    assert prepared.restore == {placeholder: "["}
    assert prepared.restored(prepared.text) == page


PRIVATE_USE = "".join(
    map(chr, [*range(0xE000, 0xF900), *range(0xF0000, 0xFFFFE), *range(0x100000, 0x10FFFE)])
)


def test_prepare_finds_placeholders_when_private_use_runs_out() -> None:
    """A slice holding every private-use character gets placeholders from elsewhere."""
    page = "{{Infobox settlement|a=" + PRIVATE_USE + "[[b<ref>}}"
    _, prepared, _ = parse_prepared(page)
    assert set(prepared.restore.values()) == {"<", "["}
    assert not set(prepared.restore) & set(page)
    assert prepared.restored(prepared.text) == page


def test_prepare_falls_back_to_a_lossy_placeholder() -> None:
    """With no character left to use, U+FFFD stands in and nothing raises."""
    page = "{{Infobox settlement|a=" + PRIVATE_USE + "".join(map(chr, range(0x10000, 0xE0000)))
    page += "[[b}}"
    _, prepared, _ = parse_prepared(page)
    assert prepared.restore == {"\ufffd": "["}


def test_prepare_leaves_a_well_formed_infobox_alone() -> None:
    """Well-formed markup is returned unchanged, with no diagnostics."""
    page = (
        "{{Infobox settlement\n| name = ''Kengir'' <br /> [[Ulytau Region|Ulytau]]<ref name=a/>"
        "\n| pop = {{formatnum:89079}}<ref>{{cite web|url=http://a.b|title=T}}</ref>"
        "\n| website = [http://gov.kz site] <!-- c --> <nowiki>{{</nowiki>\n}}"
    )
    found = located(page)
    prepared = prepare(page, found.start, found.end)
    assert (prepared.text, prepared.diagnostics, prepared.restore) == (page, (), {})
    assert prepared.restored("[[x") == "[[x"


def test_prepare_clamps_offsets() -> None:
    """Offsets outside the text are clamped instead of raising."""
    assert prepare("{{a|[[b}}", -5, 99).text == prepare("{{a|[[b}}", 0, 9).text
    assert prepare("{{a}}", 4, 2).text == ""


def test_new_diagnostic_codes_are_in_the_catalogue() -> None:
    """The codes scan.py emits all have a catalogue entry."""
    emitted = {"markup.repaired", "markup.unclosed", "markup.unopened", "markup.too-deep"}
    emitted |= {"infobox.unterminated", "infobox.multiple"}
    assert emitted <= set(CATALOGUE)
    assert {"ref", "nowiki", "br", "small"} <= KNOWN_TAGS


# --- extension tags: a closed <ref> is opaque to the braces around it ------------------

BROKEN_CITE = (
    "{{Infobox settlement\n| name = A\n"
    "| population_total = 5<ref>{{cite web|url=http://x.y|title=T}</ref>\n"
    "| area_total_km2 = 7\n| elevation_m = 300\n}}\n'''A''' is a town."
)


def test_locate_skips_braces_in_a_closed_ref() -> None:
    """An unclosed ``{{cite`` inside ``<ref>…</ref>`` does not swallow the infobox's ``}}``."""
    found = located(BROKEN_CITE)
    end = BROKEN_CITE.index("}}\n'''") + 2
    assert (0, end, True, ()) == (found.start, found.end, found.terminated, found.diagnostics)


def test_prepare_unclosed_template_inside_a_ref() -> None:
    """At ``</ref>``, the ``{{`` left open inside the ref is text and the ref closes."""
    _, prepared, template = parse_prepared(BROKEN_CITE)
    names = ["name", "population_total", "area_total_km2", "elevation_m"]
    assert names == [str(p.name).strip() for p in template.params]
    [diagnostic] = prepared.diagnostics
    cite = BROKEN_CITE.index("{{cite")
    assert ("markup.unclosed", cite, cite + 2) == (
        diagnostic.code,
        diagnostic.start,
        diagnostic.end,
    )
    assert "read 1 unclosed template '{{' as plain text" == diagnostic.message
    [ref] = template.get("population_total").value.filter_tags(recursive=False)
    assert "ref" == str(ref.tag)
    assert "{{cite web|url=http://x.y|title=T}" == prepared.restored(str(ref.contents))
    assert [] == ref.contents.filter_templates()


@pytest.mark.parametrize(
    ("ref", "expected"),
    [
        ("<ref>x}}</ref>", []),  # closes nothing outside the ref; mwparserfromhell agrees
        ("<ref>x}}}</ref>", []),
        ("<ref>{{x</ref>", ["markup.unclosed"]),
        ("<ref>{{{x</ref>", ["markup.unclosed"]),
        ("<ref>[[x</ref>", ["markup.unclosed"]),
        ("<ref>[http://x.y z</ref>", ["markup.unclosed"]),
        ("<ref><small>x</ref>", ["markup.unclosed"]),
        ("<ref>{{x|[[y|<small>z</ref>", ["markup.unclosed"] * 3),
        ("<ref>{{cite web|title=[[T}</ref>", ["markup.unclosed"] * 2),
        ("<ref>{{x|}}}}</ref>", []),  # closes its own template, then nothing
        ("<REF NAME=x>{{y</Ref >", ["markup.unclosed"]),
        ("< ref >{{y< /ref >", ["markup.repaired", "markup.repaired", "markup.unclosed"]),
        ("<ref>a<ref>b}}</ref>", ["markup.unclosed"]),  # the first </ref> ends both
        ("<ref>a<!--</ref>-->", ["markup.unclosed"]),  # even in a comment, as in MediaWiki
        ("<ref>a<nowiki>{{</ref></nowiki>", ["markup.unclosed"] * 2 + ["markup.unopened"]),
        ("<small><ref>x</small></ref></small>", ["markup.unopened"]),
        ("[[a|<ref>b]]</ref>]]", []),  # "]]" in the ref closes nothing outside it
        ("<poem>}}{{x\n</poem>", ["markup.unclosed"]),
        ("<references>{{x</references>", ["markup.unclosed"]),
    ],
    ids=repr,
)
def test_a_closed_ref_keeps_its_content_to_itself(ref: str, expected: list[str]) -> None:
    """Braces, brackets and tags inside ``<ref>…</ref>`` open and close nothing outside it."""
    page = "{{Infobox settlement|a=" + ref + "|b=1}}"
    found, prepared, template = parse_prepared(page)
    assert (len(page), True) == (found.end, found.terminated)
    assert ["a", "b"] == [str(p.name) for p in template.params]
    assert expected == sorted(codes(prepared))
    if "markup.repaired" not in expected:  # repairs are not undone by restored()
        assert page == prepared.restored(prepared.text)


@pytest.mark.parametrize(
    "name",
    [
        *("ref", "references", "poem", "indicator", "mapframe", "maplink"),
        *("templatestyles", "charinsert", "REF"),
    ],
)
def test_each_wikitext_extension_tag_is_opaque(name: str) -> None:
    """Every extension tag whose content is wikitext hides braces, even with a mangled closer."""
    page = "{{Infobox settlement|a=<" + name + ">}}{{x< /" + name + " >|b=1}}"
    found, prepared, template = parse_prepared(page)
    assert (len(page), True) == (found.end, found.terminated)
    assert ["a", "b"] == [str(p.name) for p in template.params]
    assert ["markup.repaired", "markup.unclosed"] == sorted(codes(prepared))


def test_a_ref_without_its_closing_tag_is_text() -> None:
    """A ``<ref>`` that never closes hides nothing: the braces after it count."""
    page = "{{Infobox settlement|a=<ref>{{c}</ref>|b=<ref>x}}|c=1}}"
    found, prepared, template = parse_prepared(page)
    assert page.index("}}") + 2 == found.end
    assert ["a", "b"] == [str(p.name) for p in template.params]
    unclosed = [d.message for d in prepared.diagnostics if d.code == "markup.unclosed"]
    assert [
        "read 1 unclosed template '{{' as plain text",
        "read 1 unclosed tag as plain text: <ref> (1)",
    ] == unclosed


def test_a_self_closing_ref_has_no_content() -> None:
    """``<ref name=a/>`` pairs with no ``</ref>``; the broken ref next to it is opaque."""
    first = "{{Infobox settlement|a=<ref name=a/>}}"
    second = "{{Infobox settlement|a=<ref name=a />x<ref name=b>{{cite|t}</ref>|b=1}}"
    page = first + "\n" + second + " y</ref>"
    assert len(first) == located(page).end
    found, prepared, template = parse_prepared(second + " y</ref>")
    assert (len(second), True) == (found.end, found.terminated)
    assert ["a", "b"] == [str(p.name) for p in template.params]
    assert ["markup.unclosed"] == codes(prepared)
    assert ["ref", "ref"] == [str(t.tag) for t in template.get("a").value.filter_tags()]


def test_a_broken_ref_inside_nested_templates() -> None:
    """A ref with an unclosed cite, inside two templates, leaves both templates whole."""
    page = "{{Infobox settlement|a={{x|{{y|1<ref>{{cite|t}</ref>}}|2}}|b=1}}"
    found, prepared, template = parse_prepared(page)
    assert (len(page), True) == (found.end, found.terminated)
    assert ["a", "b"] == [str(p.name) for p in template.params]
    [outer] = template.get("a").value.filter_templates(recursive=False)
    [inner] = outer.params[0].value.filter_templates(recursive=False)
    assert ("x", "y", "2") == (str(outer.name), str(inner.name), str(outer.params[1]))
    assert ["markup.unclosed"] == codes(prepared)


@pytest.mark.parametrize(
    "ref", ["<ref>x}}</ref>", "<ref>x}}]]</ref>", "<ref>{{y|[[z</ref>"], ids=repr
)
def test_a_ref_nested_too_deep_still_hides_its_closers(ref: str) -> None:
    """A ref too deep for mwparserfromhell is text to it, so its stray closers are hidden."""
    depth = MAX_NESTING + 2
    page = "{{Infobox settlement|a=" + "{{x|" * depth + ref + "}}" * depth + "|b=1}}"
    found, prepared, template = parse_prepared(page)
    assert (len(page), True) == (found.end, found.terminated)
    assert template.has("b")
    assert "markup.too-deep" in codes(prepared)


@pytest.mark.parametrize(
    "unit",
    ["<ref>a ", "<ref>a<!--b ", "<ref>a<nowiki>b ", "<ref>{{a|[[b "],
    ids=repr,
)
def test_many_openers_sharing_one_closing_ref(unit: str) -> None:
    """30,000 openers inside one ref that all find the same far closers stay linear."""
    page = "{{Infobox settlement|a=<ref>" + unit * 30_000 + "</ref>--></nowiki>|b=1}}"
    _, prepared, template = parse_prepared(page)
    assert prepared.diagnostics
    assert template.has("b")


# Inputs that broke the contract during development, minimised; one per cause.
REGRESSIONS = [
    "{{Infobox settlement|\n|}",
    "{{Infobox settlement|{{'{{}}>}}",
    "{{Infobox settlement|{{x{{>}}}}",
    "{{Infobox settlement|\n{|\n|}{=",
    "{{Infobox settlement|{{x}}{=",
    "{{Infobox settlement|{{{{{}}}<}}",
    "{{Infobox settlement|{{x}}{{{}}}==",
    "{{Infobox settlement|{{{{''}}''",
    "{{Infobox settlement|{{{\n=}}}}=}}",
    "{{Infobox settlement|{{x|\n==}}=}}",
    "{{Infobox settlement|{{{{x}}{{{}}}=",
    '{{Infobox settlement|{{{{{}}}{{"}}=',
    '{{Infobox settlement|\n{|{{{}}}{{"}}=',
    "{{Infobox settlement|<f =/>{{b}}{{c}}=",
    "{{Infobox settlement|=\n{|{{e}}{{c}}=",
    "{{Infobox settlement|[[{{{}}}{{1}}}]]=",
    "{{Infobox settlement|{{b}}{{x}}<ref =></br</ref>",
    "{{Infobox settlement|{{b}}{{x}}<ref =></br></ref>",
    "{{Infobox settlement|\n=={{b}}{{c}}=}}",
    "{{Infobox settlement|{{{'{{c}}{{b}}}}=",
    "{{Infobox settlement|{{'''''''}}'''''''",
    "{{Infobox settlement|[http://[//y]{{c}}{{1}}]=",
    "{{Infobox settlement|<{{ <!--/>{{a|-->",
    "{{Infobox settlement|<n {{/>}}",
    "{{Infobox settlement|<br\n{{>}}",
    "{{Infobox settlement|{{''|''>}}",
    "{{Infobox settlement|{{b}}{{b}}'''|'''=",
    "{{Infobox settlement|{{{{a|}}{{!}}}}=",
    "{{Infobox settlement|{{a|<n }}/>",
    "{{Infobox settlement|{{n|[http://[http://}}]",
    '{{Infobox settlement|<span>{{{{n|<span ="</span>}}">}}</span>',
    "{{Infobox settlement|\n{|<!--{{t|-->\n|}",
    "{{Infobox settlement|<y>''=''{{c}}{{1}}=",
    "{{Infobox settlement|<small>{{{</br>}}{{!}}{{b}}=</small>",
    "{{Infobox settlement|{{e|<r<n }}/>",
    "{{Infobox settlement|{{x|[[a}}]]}}",
    "{{Infobox settlement|a=<li>x}}",
    "{{Infobox settlement|a=<small>a</b>b</small>}}",
    "{{Infobox settlement|a={{{a}}b}}}|y=1}}",
]


@pytest.mark.parametrize("page", REGRESSIONS, ids=repr)
def test_prepare_regressions(page: str) -> None:
    """Each input that once broke the one-template contract now keeps it."""
    parse_prepared(page)


# --- properties ---------------------------------------------------------------------

TOKENS = [
    *("{{", "}}", "{{{", "}}}", "{", "}", "[[", "]]", "[", "]", "|", "=", "\n", "\n\n", " "),
    *("a", "x", ":", "//", "-", "!", "#", "*", "&amp;", "\t", "\ue000", "'", '"', ">", "<"),
    *("''", "'''", "'''''", "''''", "\n=", "\n==x==\n", "\n{|", "\n|}", "\n|-\n", "||", "!!"),
    *("[http://a.b ", "[//x y]", "mailto:x", "[[a|", "[[a]]", "[[File:x|thumb|", "{{x|"),
    *("<ref>", "</ref>", "<small>", "</small>", "<b>", "</b>", "<div>", "</div>", "<li>"),
    *("<span>", "</span>", "<br>", "</br>", "<br/>", "</br >", "<ref name=x />", "<Ref>"),
    *('<ref name="a b">', "<sup>", "</sup>", "</REF>", "<ref", "/>", "<br", "<code>"),
    *("<!--", "-->", "<!-- c -->", "<!--\n", "<nowiki>", "</nowiki>", "<pre>", "</pre>"),
    *("<math>", "</math>", '<syntaxhighlight lang="x">', "</syntaxhighlight>", "-{", "}-"),
    *("< ref >", "< /ref >", "< br / >", "<ref name=x / >", "< / ref >", "</ b>"),
    *('<span style="', "<span title='a'>", '<b class="x" >', "{{{1}}}", "{{!}}", "{{{a|"),
    *("{{#if:a|b}}", "{{a|b=c}}", "<references />", "\n}}", "\n|name=", "{{Infobox person|"),
    *("<ref>{{cite web|url=http://a.b|title=t}}</ref>", "{{Infobox city", "{{Template:Infobox"),
    *("<ref>{{cite web|url=http://a.b|title=t}</ref>", "<ref name=a>", "<poem>", "</poem>"),
]
OPENINGS = ["{{Infobox settlement|", "{{Infobox settlement\n|", "{{ infobox_town <!--x-->|"]

soup = st.lists(st.sampled_from(TOKENS) | st.text(max_size=2), max_size=50).map("".join)
pages = st.tuples(soup, st.sampled_from(OPENINGS), soup).map("".join)


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(st.text() | soup)
def test_locate_never_raises_and_stays_in_the_text(text: str) -> None:
    """For any text, locate returns None or offsets of a ``{{`` within the text."""
    found = locate(text)
    if found is not None:
        assert 0 <= found.start < found.end <= len(text)
        assert text.startswith("{{", found.start)
        assert found.others >= 0
        assert all(0 <= (d.start or 0) <= (d.end or 0) <= len(text) for d in found.diagnostics)


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(pages)
@example("{{Infobox settlement|{{x}}{{{}}}==")
@example("{{Infobox settlement|\x00")
def test_prepare_always_gives_one_template(page: str) -> None:
    """After prepare, mwparserfromhell reads the infobox as exactly one Template."""
    if locate(page) is None:  # hidden in a comment or <math>, or read as an argument {{{
        return
    found, prepared, _ = parse_prepared(page)
    for diagnostic in prepared.diagnostics:
        assert found.start <= (diagnostic.start or 0) <= (diagnostic.end or 0) <= found.end
    restored = prepared.restored(prepared.text)
    repaired = [range(d.start or 0, d.end or 0) for d in prepared.diagnostics]
    for offset, (char, original) in enumerate(zip(restored, page[found.start :], strict=False)):
        if char != original:
            assert any(found.start + offset in span for span in repaired)


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(st.text() | soup, st.integers(-3, 80), st.integers(-3, 80))
def test_prepare_keeps_the_length_of_any_slice(text: str, start: int, end: int) -> None:
    """For any slice of any text, prepare never raises and keeps the length."""
    clamped = text[max(0, start) : max(0, end)] if start <= end else ""
    assert len(prepare(text, start, end).text) == len(clamped)


def _unref(value: str) -> str:
    return value.replace("<ref>", "<sup>").replace("</ref>", "</sup>")


def _values(links: bool, inner: st.SearchStrategy[str] | None) -> st.SearchStrategy[str]:
    leaves = [
        *("Jezkazgan", "89,079", "1939 (as the workers' settlement)", "{{{1}}}", "{{{1|d}}}"),
        *("<!-- {{note}} -->", "''Kengir''", "'''bold'''", "<br />", '<ref name="pop" />'),
        "<nowiki>{{</nowiki>",
    ]
    if links:
        leaves.append("[[Akim]]")
    words = st.sampled_from(leaves)

    def nest(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
        wrapped = [
            children.map(lambda v: "{{coord|47|N|" + v + "|display=inline}}"),
            children.map(lambda v: "{{small|" + v + "}}"),
            # A ref ends at its first "</ref>" (MediaWiki): a ref in a ref is not well-formed.
            children.map(lambda v: "<ref>" + _unref(v) + "</ref>"),
            children.map(lambda v: "<small>(" + v + ")</small>"),
        ]
        if links and inner is not None:
            wrapped.append(inner.map(lambda v: "[[Ulytau Region|" + v + "]]"))
            wrapped.append(inner.map(lambda v: "[http://stat.gov.kz " + v + "]"))
        return st.one_of(*wrapped)

    return st.lists(st.recursive(words, nest, max_leaves=6), max_size=4).map(" ".join)


LINK_FREE = _values(links=False, inner=None)
VALUES = _values(links=True, inner=LINK_FREE)
PARAMS = st.sampled_from(["name", "population_total", "leader_name", "image_caption", "coord"])
INFOBOXES = st.builds(
    lambda name, params: (
        "{{" + name + "".join(f"\n| {k}{i} = {v}" for i, (k, v) in enumerate(params)) + "\n}}"
    ),
    st.sampled_from(
        ["Infobox settlement", "infobox_settlement", " Infobox city ", "Infobox town<!--x-->"]
    ),
    st.lists(st.tuples(PARAMS, VALUES), max_size=6),
)
PREFIXES = [
    "",
    "{{Short description|City}}\n",
    "<!-- {{Infobox settlement}} -->",
    "{{Infobox person|a=b}}",
]
SUFFIXES = ["", "\n'''X''' is a city.<ref>x</ref>{{reflist}}", "\n{{Infobox settlement|name=Y}}"]


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(PREFIXES), INFOBOXES, st.sampled_from(SUFFIXES))
def test_locate_agrees_with_mwparserfromhell_on_well_formed_pages(
    prefix: str, box: str, suffix: str
) -> None:
    """On well-formed pages, the extent is mwparserfromhell's, and prepare changes nothing."""
    page = prefix + box + suffix
    found = located(page)
    templates = mwparserfromhell.parse(page).filter_templates()
    first = next(t for t in templates if is_settlement_template(str(t.name)))
    assert (found.start, page[found.start : found.end]) == (len(prefix), str(first))
    assert (found.terminated, found.others) == (True, suffix.count("{{Infobox settlement"))
    prepared = prepare(page, found.start, found.end)
    assert (prepared.text, prepared.diagnostics) == (box, ())


# --- pathological inputs: sizes at which quadratic behaviour would take minutes -------------

PATHOLOGICAL = {
    "ref": "<ref>a ",
    "div": "<div>a ",
    "small": "<small>x ",
    "nowiki": "<nowiki>x ",
    "quote": '<span style="a ',
    "no-gt": "<span x ",
    "lt": "a<b ",
    "closing-br": "</br ",
    "external": "[http://a.b x ",
    "link": "[[a|b ",
    "table": "\n{|\n",
    "comment": "<!-- x ",
    "argument": "{{{x|",
    "italic": "''a\n",
    "stray": "</small> ",
}


@pytest.mark.parametrize("construct", list(PATHOLOGICAL.values()), ids=list(PATHOLOGICAL))
def test_pathological_repetition(construct: str) -> None:
    """Each unclosed construct, repeated 30,000 times, parses as one template."""
    page = "{{Infobox settlement|a=" + construct * 30_000 + "|b=1}}"
    _, prepared, template = parse_prepared(page)
    assert prepared.diagnostics
    assert template.has("b")


@pytest.mark.parametrize(
    ("opening", "closing"),
    [("{{x|", "}}"), ("[[a|", ""), ("<div>", "</div>"), ("<div>", ""), ("{", "}")],
    ids=["templates", "links", "closed-tags", "open-tags", "one-run"],
)
def test_nesting_100000_deep(opening: str, closing: str) -> None:
    """Constructs nested 100,000 deep parse as one template."""
    page = "{{Infobox settlement|a=" + opening * 100_000 + "x" + closing * 100_000 + "|b=1}}"
    _, _, template = parse_prepared(page)
    assert template.has("b")


def test_ten_megabyte_page() -> None:
    """A 10 MB page is located in one pass and only its infobox is prepared."""
    seed = SEED.read_text(encoding="utf-8")
    line = (
        "'''X''' is a [[city]].<ref>{{cite web|url=http://a.b|title=T}}</ref> {{convert|47|km2}}\n"
    )
    page = seed + line * (10_000_000 // len(line))
    found, _, _ = parse_prepared(page)
    assert found.end == seed.index("}} \n \n '''Jezkazgan'''") + 2


def test_ten_megabyte_page_with_an_unterminated_infobox() -> None:
    """An unterminated infobox at the top of 10 MB stops at its last parameter."""
    line = "'''X''' is a [[city]] {{convert|47|km2}} <!-- c -->\n"
    page = "{{Infobox settlement\n| name = X\n| pop = 5\n\n" + line * (10_000_000 // len(line))
    found, _, template = parse_prepared(page)
    assert (found.end, found.terminated) == (
        len("{{Infobox settlement\n| name = X\n| pop = 5"),
        False,
    )
    assert template.has("pop")


def test_ten_megabyte_value_with_an_unclosed_comment() -> None:
    """A 10 MB parameter after an unclosed comment stays one parameter."""
    page = "{{Infobox settlement|a=<!--" + "Jezkazgan " * 1_000_000 + "|b=1}}"
    _, prepared, template = parse_prepared(page)
    assert codes(prepared) == ["markup.unclosed"]
    assert template.has("b")


def test_unterminated_everything() -> None:
    """Every construct left open, 10,000 times, in an infobox that never closes."""
    unit = "<ref>[[a|[http://b c {{x|<!--<span style=\"''\n{|<nowiki>"
    page = "{{Infobox settlement|a=" + unit * 10_000
    found, prepared, _ = parse_prepared(page)
    assert found.terminated is False
    assert codes(prepared).count("markup.unclosed") >= 6


_NAME_PIECES = st.sampled_from(
    ["{{", "}}", "|", "=", "Info", "info", "box", "nfobox", " ", "_", "\n", "<!--", "-->",
     "settlement", "Settlement", "city", "Town", "village", "Municipality", "Template:",
     "person", "<nowiki>", "</nowiki>", "x", "\u00a0"]
)  # fmt: skip


@given(st.lists(_NAME_PIECES, max_size=30).map("".join))
@example("{{Info<!-- -->box <!--\n-->settlement|name=A}}")
@example("{{template:infobox_\u00a0Town}}")
@example("<!-- {{Infobox city}} -->")
def test_the_fast_test_never_hides_a_settlement_infobox(text: str) -> None:
    """locate() with the fast alias test finds what it finds without it."""
    found = locate(text)
    with patch("infobox.scan.may_call_settlement_template", return_value=True):
        slow = locate(text)
    assert slow == found


_CALL_PIECES = st.sampled_from(
    ["{{", "}}", "{{{", "}}}", "|", "=", "\n", "\n\n", " ", "_", ":", "Template:", "x",
     "Infobox settlement", "infobox", "Infobox", "settlement", "city", "town", "Town",
     "<!--", "-->", "<!-- c -->", "<nowiki>", "</nowiki>", "<ref>", "</ref>", "'''",
     "\n==h==\n", " " * 250, "\u00a0", "\u0131", "İ", "<", "[[", "]]", "{{x|", "{{cite|a=b}}",
     "{{Infobox settlement|name=A}}", "{{Info<!-- -->box settlement}}", "{{ infobox_town |"]
)  # fmt: skip


@given(st.lists(_CALL_PIECES, max_size=40).map("".join))
@example("{{Infobox settlement}}{{Infobox" + " " * 250 + "settlement}}")
@example("{{Infobox settlement}}<nowiki><!--</nowiki>{{Info<!-- -->box settlement}}")
@example("{{Infobox settlement}}{{Template : infobox_Town}}")
@example("{{Infobox settlement}}{{{{{Infobox settlement}}}}}")
@example("{{Infobox" + " " * 250 + "settlement}}")
@example("{{Infobox settlement\n}}")
def test_locate_stops_early_only_when_nothing_can_follow(text: str) -> None:
    """locate() gives what the alias test and a pass over the whole text give."""
    whole = _locate(text, early=False) if may_call_settlement_template(text) else None
    assert whole == locate(text)


_NEVER = re.compile(r"(?!)")
#: A step that finds the next token as a search would, jumping nothing.
_SEARCH_STEP = re.compile(r"(?s:.)*?(" + scan._PREPARE_TOKEN.pattern + ")")
_TOKEN_BY_TOKEN = {
    "_SIMPLE_LINK": _NEVER,
    "_SIMPLE_TEMPLATE": _NEVER,
    "_SIMPLE_TAG": _NEVER,
    "_PREPARE_STEP_OUTSIDE": _SEARCH_STEP,
    "_PREPARE_STEP_ROOT": _SEARCH_STEP,
    "_PREPARE_STEP_INSIDE": _SEARCH_STEP,
    "_PREPARE_STEP_JUMP": _SEARCH_STEP,
    "_PREPARE_STEP_PENDING": _SEARCH_STEP,
    "_PREPARE_STEP_PAIRS": _SEARCH_STEP,
    "_QUICK_PLACEHOLDERS": 0,
    "_SETTLE_QUOTED_ONLY": False,
}
_SHORTCUT_PIECES = [
    *("[[a]]", "[[a|b=c]]", "[[People's]]", "{{x|y}}", "{{x|[[a]] b}}", "{{ |a}}", "{{x}}{"),
    *("{{x}}{{y}}", "\n| a = ", "\n|a'b=", "\n | a=", "<br />", "<br>", "<br >", "<ref/>"),
    *("<ref name=x/>", '<ref name="a b">', "<ref>{{x|y}}</ref>", "<ref>a|b=c</ref>", "}}}"),
    *("<ref>{{x|[[a]]}}</ref>", "<ref>x'y</ref>", "\ue000", "\ue001", "''", "'", "\n{|"),
]
shortcut_soup = st.lists(
    st.sampled_from(TOKENS + _SHORTCUT_PIECES) | st.text(max_size=2), max_size=60
).map("".join)


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(st.tuples(shortcut_soup, st.sampled_from(OPENINGS), shortcut_soup).map("".join))
@example("{{Infobox settlement|a=<ref>{{x|[[a]]}}</ref>}}")
@example("{{Infobox settlement|a=<ref>{{x}}{{y}}</ref>\n| b = [[c|d]] {{e}}}}")
@example("'''a''' ''b [[c]]'' {{d}} ''e\n''' f '''\n<br title=''g/>'' h ''i'''")
@example("'''a {{Infobox settlement\n| a = ''x\n| b = y\n| c = z''\n}}")
@example("<ref>{{x\n| b = c\n| d = ''e\n</ref>")
@example("x [[b{{x\n| c = d\n| e = f")
@example("{{Infobox settlement|a=[[b{{x\n| c = [[d]]\n| e = ''f")
@example("{{Infobox settlement|a=[[b{{x\n| c = d}}\n| e = ''f]]")
@example("{{Infobox settlement|" + "{{x|" * 17 + "<ref>{{x|[[a]]}}</ref> " + "}}" * 18)
@example("{{Infobox settlement|" + "{{x|" * 18 + "{{y|[[a]]}} " + "}}" * 19)
@example("{{Infobox settlement|" + "[[a|" * 17 + "<ref>{{x|[[a]]}}</ref>" + "]]" * 17 + "}}")
def test_prepare_shortcuts_change_nothing(page: str) -> None:
    """prepare's shortcuts give what reading token by token gives, on page and slice."""
    found = locate(page)
    spans = [(0, len(page))] + ([(found.start, found.end)] if found is not None else [])
    for start, end in spans:
        fast = prepare(page, start, end)
        with ExitStack() as stack:
            for name, value in _TOKEN_BY_TOKEN.items():
                stack.enter_context(patch.object(scan, name, value))
            slow = prepare(page, start, end)
        assert slow == fast
