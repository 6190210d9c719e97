"""Citations: named ref reuses resolve, short footnotes ({{sfn}}, {{harvnb}}), {{URL}} checked."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import HealthCheck, given, settings

from infobox import Citation, RenderError, Settlement, parse_infobox, render_infobox
from infobox.refs import named_definitions, resolved
from infobox.strategies import citations


def box(*lines: str) -> str:
    """An infobox with one parameter per line."""
    return "{{Infobox settlement\n" + "".join(f"| {line}\n" for line in lines) + "}}"


CENSUS = "{{cite web |url=https://stat.kz/c |title=Census 2021 |date=2022-06-28}}"


# -- named refs --------------------------------------------------------------------------


def test_a_reuse_takes_the_fields_of_a_ref_defined_in_the_article_body() -> None:
    """<ref name=c /> in the infobox resolves to <ref name=c>…</ref> further down the page."""
    page = box("population_total = 5<ref name=c />") + f"\nText.<ref name=c>{CENSUS}</ref>\n"
    [c] = parse_infobox(page).citations
    assert ("population_total", "c", "cite web") == (c.param, c.name, c.template)
    assert ("https://stat.kz/c", "Census 2021", "2022-06-28") == (c.url, c.title, c.date)
    assert "Census 2021" == c.fields["title"]


def test_a_reuse_takes_the_fields_of_a_ref_defined_before_the_infobox() -> None:
    """A definition before the infobox counts too."""
    page = f"<ref name=c>{CENSUS}</ref>\n" + box("population_total = 5<ref name=c/>")
    assert "Census 2021" == parse_infobox(page).citations[0].title


def test_a_reuse_takes_the_fields_of_a_ref_in_another_parameter() -> None:
    """A definition in another parameter (even a later one) resolves the reuse."""
    s = parse_infobox(
        box("area_total_km2 = 7<ref name=c />", f"population_total = 5<ref name=c>{CENSUS}</ref>")
    )
    first, second = s.citations
    assert ("area_total_km2", "c", "Census 2021") == (first.param, first.name, first.title)
    assert attrs.evolve(second, param="area_total_km2") == first


def test_a_reuse_with_no_definition_stays_empty_and_is_reported() -> None:
    """<ref name=x /> with no <ref name=x>…</ref> anywhere: empty, citation.unresolved."""
    s = parse_infobox(box("population_total = 5<ref name=x />"))
    assert (Citation(param="population_total", name="x"),) == s.citations
    [d] = s.diagnostics_with("citation.unresolved")
    assert ("info", "population_total") == (d.severity, d.param)


@pytest.mark.parametrize(
    ("definition", "reuse"),
    [
        ('<ref name="a b">', '<ref name="a b" />'),
        ("<ref name='c'>", "<ref name=c/>"),
        ('<ref name = "c" >', '<ref name="c"/>'),
        ('<ref name="c">', "<ref name=c></ref>"),
    ],
)
def test_names_match_after_quotes_and_spaces_are_dropped(definition: str, reuse: str) -> None:
    """Quotes and white space around a name do not matter; an empty ref is a reuse."""
    page = box(f"population_total = 5{reuse}") + f"\nx{definition}{CENSUS}</ref>"
    assert "Census 2021" == parse_infobox(page).citations[0].title


def test_names_are_case_sensitive() -> None:
    """<ref name=C /> does not reuse <ref name=c>: MediaWiki matches names exactly."""
    page = box("population_total = 5<ref name=C />") + f"\nx<ref name=c>{CENSUS}</ref>"
    s = parse_infobox(page)
    assert (None, 1) == (s.citations[0].title, len(s.diagnostics_with("citation.unresolved")))


def test_groups_are_kept_apart() -> None:
    """A reuse in group note does not take a definition of the same name in no group."""
    page = (
        box("population_total = 5<ref group=note name=c /><ref name=c />")
        + f"\nx<ref name=c>{CENSUS}</ref><ref group=note name=c>A note.</ref>"
    )
    note, plain_ref = parse_infobox(page).citations
    assert ("A note.", "Census 2021") == (note.title, plain_ref.title)


def test_list_defined_refs_in_reflist_resolve() -> None:
    """{{Reflist|refs=<ref name=c>…</ref>}} defines c, as MediaWiki reads it."""
    page = (
        box("population_total = 5<ref name=c />")
        + f"\n{{{{Reflist|refs=<ref name=c>{CENSUS}</ref>}}}}"
    )
    assert "Census 2021" == parse_infobox(page).citations[0].title


def test_the_first_definition_wins() -> None:
    """Two definitions of one name: the reuse takes the first in the text."""
    page = (
        "<ref name=c>First.</ref>\n"
        + box("population_total = 5<ref name=c />")
        + "\n<ref name=c>Second.</ref>"
    )
    assert "First." == parse_infobox(page).citations[0].title


def test_a_definition_inside_a_comment_does_not_count() -> None:
    """<!-- <ref name=c>…</ref> --> defines nothing."""
    page = box("population_total = 5<ref name=c />") + "\n<!-- <ref name=c>Hidden.</ref> -->"
    assert None is parse_infobox(page).citations[0].title


def test_a_definition_with_unreadable_content_is_still_a_definition() -> None:
    """<ref name=c>{{SCref|1}}</ref> defines c, though nothing can be read from it."""
    page = box("area_footnotes = <ref name=c />") + "\n<ref name=c>{{SCref|unit=cd|3520}}</ref>"
    s = parse_infobox(page)
    assert ((Citation(param="area_footnotes", name="c"),), ()) == (
        s.citations,
        s.diagnostics_with("citation.unresolved"),
    )


def test_the_pre_scan_is_linear_in_unclosed_refs() -> None:
    """Many <ref name=…> without </ref> are skipped, each closer used once."""
    text = "<ref name=a>" * 20_000 + "</ref>" + "<ref name=b>x</ref>"
    found = named_definitions(text, [(0, len(text))])
    assert [("", "b")] == [key for key, _ in found][-1:]


def test_resolved_gives_a_settlements_reuses_their_fields() -> None:
    """infobox.refs.resolved does for citations what the parser does for refs."""
    a = Citation(param="name", name="x", title="T")
    assert (a, Citation(param="motto", name="x", title="T")) == resolved(
        [a, Citation(param="motto", name="x")]
    )


def test_a_resolved_reuse_renders_as_a_reuse_and_reads_back() -> None:
    """The renderer writes a repeated ref as <ref name=x />; the parser resolves it again."""
    a = Citation(param="name", name="x", title="T")
    s = Settlement(template="Infobox settlement", name="N", citations=(a, a))
    text = render_infobox(s)
    assert '<ref name="x">T</ref><ref name="x" />' in text
    assert s.citations == parse_infobox(text).citations


# -- short footnotes ---------------------------------------------------------------------


@pytest.mark.parametrize("template", ["sfn", "sfnp", "Sfn"])
def test_sfn_is_a_citation_with_author_year_and_pages(template: str) -> None:
    """{{sfn|Smith|Jones|2001|p=25}} after a value gives author, year and page."""
    [c] = parse_infobox(
        box(f"population_total = 5{{{{{template}|Smith|Jones|2001|p=25}}}}")
    ).citations
    assert ("population_total", None, template) == (c.param, c.name, c.template)
    assert ("Smith; Jones", "2001", "25") == (c.author, c.year, c.pages)
    assert {"p": "25"} == dict(c.fields)


@pytest.mark.parametrize(
    ("args", "pages", "loc"),
    [("|pp=25–27", "25–27", None), ("|loc=chpt. 3", None, "chpt. 3"), ("|page=4", "4", None)],
)
def test_pages_and_location(args: str, pages: str | None, loc: str | None) -> None:
    """pp= (and page=) give pages; loc= stays in fields."""
    [c] = parse_infobox(box(f"name = X{{{{sfn|Smith|2005{args}}}}}")).citations
    assert (pages, loc) == (c.pages, c.fields.get("loc"))


@pytest.mark.parametrize("template", ["harvnb", "harvp", "Harvard citation no brackets", "harv"])
def test_harvnb_in_a_ref_gives_the_refs_citation(template: str) -> None:
    """<ref name=s>{{harvnb|Smith|2001|p=5}}</ref>: a citation with the ref's name."""
    [c] = parse_infobox(
        box(f"population_total = 5<ref name=s>{{{{{template}|Smith|2001|p=5}}}}</ref>")
    ).citations
    assert ("s", template, "Smith", "2001", "5") == (c.name, c.template, c.author, c.year, c.pages)
    assert (None, None) == (c.url, c.title)


def test_sfn_and_refs_keep_their_order() -> None:
    """Citations of one parameter follow the text: sfn, ref, sfn."""
    s = parse_infobox(box("name = X{{sfn|A|2001}}<ref>[https://b.kz B]</ref>{{sfn|C|2002}}"))
    assert ["A", None, "C"] == [c.author for c in s.citations]


def test_an_sfn_inside_a_ref_is_not_counted_twice() -> None:
    """A ref holding {{sfn}} is one citation."""
    assert 1 == len(parse_infobox(box("name = X<ref>{{harvnb|A|2001}} and more</ref>")).citations)


def test_an_sfn_after_an_image_name_is_a_citation_not_part_of_the_file() -> None:
    """image_skyline = A.jpg{{sfn|…}} keeps the image."""
    s = parse_infobox(box("image_skyline = A.jpg{{sfn|Smith|2001}}"))
    assert (["A.jpg"], "Smith") == ([i.file for i in s.images], s.citations[0].author)


def test_short_citations_render_and_read_back() -> None:
    """{{sfn}} is written bare, {{harvnb}} inside its ref."""
    s = Settlement(
        template="Infobox settlement",
        name="X",
        citations=(
            Citation(param="name", template="sfn", author="Smith; Jones", year="2001", pages="5"),
            Citation(
                param="name",
                name="h",
                template="harvnb",
                author="Lee",
                year="1999a",
                pages="3–4",
                fields={"pp": "3–4"},
            ),
        ),
    )
    text = render_infobox(s)
    assert (
        '| name = X{{sfn|Smith|Jones|2001|p=5}}<ref name="h">{{harvnb|Lee|1999a|pp=3–4}}</ref>'
        in text
    )
    back = parse_infobox(text).citations
    assert (s.citations[1], {"p": "5"}) == (back[1], dict(back[0].fields))


def test_a_named_sfn_cannot_be_rendered() -> None:
    """{{sfn}} takes no ref name, so a name on it would not read back."""
    c = Citation(param="name", name="x", template="sfn", author="A", year="2001")
    with pytest.raises(RenderError):
        render_infobox(Settlement(template="Infobox settlement", name="X", citations=(c,)))


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(citations(["name"]))
def test_drawn_citations_round_trip(found: tuple[Citation, ...]) -> None:
    """Citations drawn by the kit (short ones and reuses included) render and read back."""
    s = Settlement(template="Infobox settlement", name="X", citations=found)
    back = parse_infobox(render_infobox(s)).citations
    assert [c.author for c in found] == [c.author for c in back]
    assert [(c.name, c.title, c.url) for c in found] == [(c.name, c.title, c.url) for c in back]


# -- the website ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    ["{{URL|javascript:void(0)}}", "javascript:void(0)", "{{URL|Official website}}"],
)
def test_a_url_template_passes_the_same_check_as_text(value: str) -> None:
    """website = {{URL|javascript:void(0)}} is None with website.unparseable, like the text."""
    s = parse_infobox(box(f"website = {value}"))
    assert (None, 1) == (s.website, len(s.diagnostics_with("website.unparseable")))


@pytest.mark.parametrize(
    ("value", "url"),
    [
        ("{{URL|www.berlin.de/en/}}", "www.berlin.de/en/"),
        ("{{URL|https://x.kz}}", "https://x.kz"),
        ("{{URL|1=https://a.kz/?a=b}}", "https://a.kz/?a=b"),
        ("{{url|example.com|Example}}", "example.com"),
    ],
)
def test_a_url_template_with_a_url_is_read(value: str, url: str) -> None:
    """{{URL|…}} holding a URL gives it."""
    assert url == parse_infobox(box(f"website = {value}")).website
