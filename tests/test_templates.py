"""Templates as data: every spec maps to canonical names, the registry finds each by name,
and the reader reads a template's parameters through its spec."""

from __future__ import annotations

import pickle

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from infobox import LanguageCodeError, parse_infobox
from infobox.names import is_settlement_template, may_call_settlement_template
from infobox.templates import settlement_params
from infobox.templates.registry import SPECS, TEMPLATE_NAMES, is_wiki_code, spec_for


@pytest.mark.parametrize("spec", SPECS, ids=lambda s: s.name)
def test_every_spec_maps_to_canonical_names(spec) -> None:  # type: ignore[no-untyped-def]
    """A spec maps each parameter to a name of {{Infobox settlement}}; labels too."""
    assert spec.source
    for written, canonical in spec.params.items():
        assert settlement_params.is_defined(canonical), (written, canonical)
        assert written not in spec.other, written
    for label in spec.labels:
        assert settlement_params.is_defined(label.param), label
        assert settlement_params.is_defined(label.when), label
        assert label.text, label
        assert label.text.strip() == label.text, label


def test_no_two_templates_share_a_name() -> None:
    seen: dict[str, str] = {}
    for spec in SPECS:
        for name in spec.names:
            assert name not in seen, (name, spec.name, seen.get(name))
            seen[name] = spec.name
            assert spec_for(name) is spec
            assert is_settlement_template(name)
            assert may_call_settlement_template("{{" + name + "|x=1}}")


def test_registry_matches_titles_as_mediawiki_does() -> None:
    """First letter in either case, "_" for a space; other letters' case counts."""
    assert spec_for("infobox_settlement") is spec_for("Infobox settlement")
    assert spec_for("Infobox  settlement") is not None
    assert spec_for("Infobox SETTLEMENT") is None
    assert "Infobox settlement" in TEMPLATE_NAMES


def test_wiki_is_the_given_one_or_the_templates() -> None:
    text = "{{Infobox settlement|name=X}}"
    assert parse_infobox(text).wiki == "en"
    assert parse_infobox(text, wiki="vi").wiki == "vi"
    assert parse_infobox(text, wiki="be-tarask").wiki == "be-tarask"


@pytest.mark.parametrize("wiki", ["Russian", "ruwiki", "RU", "", " en"])
def test_a_wiki_that_is_no_code_is_refused(wiki: str) -> None:
    with pytest.raises(LanguageCodeError, match="wiki must be") as caught:
        parse_infobox("{{Infobox settlement|name=X}}", wiki=wiki)
    assert caught.value.param == "wiki"
    again = pickle.loads(pickle.dumps(caught.value))
    assert (str(again), again.param) == (str(caught.value), "wiki")


@given(st.text(max_size=12))
def test_is_wiki_code_accepts_only_subdomain_codes(code: str) -> None:
    if is_wiki_code(code) and code != "simple":
        assert code.isascii()
        assert code[:2].isalpha()
        assert code == code.lower()
        assert " " not in code


# -- the reader through a spec: a made-up template, so the data of no wiki is assumed --


@pytest.fixture
def town(monkeypatch: pytest.MonkeyPatch) -> None:
    """A template "Town box" of a wiki "xx" whose parameters are not English."""
    from infobox import names, render, scan
    from infobox.settlement import reader
    from infobox.templates.spec import Label, TemplateSpec

    spec = TemplateSpec(
        name="Town box",
        wiki="xx",
        source="a test",
        params={
            "people": "population_total",
            "inhabitants": "population_total",
            "census": "population_as_of",
            "land": "subdivision_name",
            "region": "subdivision_name1",
            "region kind": "subdivision_type1",
            "founded": "established_date1",
            "surface": "area_total_km2",
        },
        labels=(
            Label("subdivision_type", "Land", when="subdivision_name"),
            Label("subdivision_type1", "Region", when="subdivision_name1"),
            Label("established_title1", "Founded", when="established_date1"),
        ),
        other={"flag size"},
        wikidata=True,
    )

    def find(title: str) -> TemplateSpec | None:
        return spec if names.normalize_title(title) == "Town box" else None

    monkeypatch.setattr(reader, "spec_for", find)
    monkeypatch.setattr(names, "spec_for", find)
    monkeypatch.setattr(render, "spec_for", find)
    monkeypatch.setattr(scan, "is_settlement_template", lambda n: find(n) is not None)
    monkeypatch.setattr(scan, "may_call_settlement_template", lambda text: True)


@pytest.mark.usefixtures("town")
def test_a_template_is_read_through_its_spec() -> None:
    text = (
        "{{Town box\n| people = \n| inhabitants = 1,204\n| census = 2020\n| land = Latvia"
        "\n| region = Latgale\n| region kind = Historic region\n| founded = 1290"
        "\n| surface = 12.5\n| flag size = 20px\n| mayor = A. B.\n}}"
    )
    s = parse_infobox(text)
    assert (s.template, s.wiki) == ("Town box", "xx")
    assert (s.population.total, str(s.population.as_of), s.area.total_km2) == (1204, "2020", 12.5)
    # The label stands for the type the template shows; the page's own type wins.
    assert [(d.type, d.name) for d in s.subdivisions] == [
        ("Land", "Latvia"),
        ("Historic region", "Latgale"),
    ]
    assert [(e.title, str(e.date)) for e in s.established] == [("Founded", "1290")]
    # Every parameter is kept under its own name; unknown ones are named as written.
    assert list(s.params) == [
        "people", "inhabitants", "census", "land", "region", "region kind", "founded",
        "surface", "flag size", "mayor",
    ]  # fmt: skip
    unknown = s.diagnostics_with("param.unknown")
    assert [d.param for d in unknown] == ["mayor"]
    assert "{{Town box}} has no parameter 'mayor'" in unknown[0].message
    assert [d.code for d in s.diagnostics_with("infobox.wikidata")] == ["infobox.wikidata"]


@pytest.mark.usefixtures("town")
def test_diagnostics_name_the_parameter_as_written() -> None:
    s = parse_infobox("{{Town box\n| people = many\n| founded = \n}}")
    (bad,) = s.diagnostics_with("number.unparseable")
    assert bad.param == "people"
    assert s.params["people"].raw == "many"
    assert (bad.start, bad.end) == (s.params["people"].start, s.params["people"].end)
    # No label without the value it labels.
    assert s.subdivisions == ()
    assert s.established == ()


@pytest.mark.usefixtures("town")
def test_render_writes_a_template_under_its_own_names() -> None:
    from infobox import RenderError, render_infobox

    s = parse_infobox(
        "{{Town box\n| inhabitants = 1204\n| census = 2020\n| land = Latvia"
        "\n| region = Latgale\n| founded = 1290\n}}"
    )
    text = render_infobox(s)
    assert "| people = 1204" in text
    assert "| land = Latvia" in text
    assert "Land" not in text.replace("| land", "")  # the label is the template's to show
    back = parse_infobox(text)
    assert (back.population, back.subdivisions, back.established) == (
        s.population,
        s.subdivisions,
        s.established,
    )
    with pytest.raises(RenderError, match=r"\{\{Town box\}\} has no parameter for elevation_m"):
        render_infobox(attrs.evolve(s, elevation_m=120.0))


def test_values_are_read_in_the_wikis_conventions() -> None:
    """The same text, two wikis: a decimal comma, a native month name, a country's name."""
    text = (
        "{{Infobox settlement|area_total_km2 = 891,68|population_as_of = 31 декабря 2018"
        "|subdivision_type = Страна|subdivision_name = Германия}}"
    )
    ru = parse_infobox(text, wiki="ru")
    assert (ru.area.total_km2, str(ru.population.as_of)) == (891.68, "2018-12-31")
    assert (ru.country, ru.country_code) == ("Германия", "DE")
    en = parse_infobox(text)
    assert en.population.as_of is None
    assert en.diagnostics_with("date.unparseable")


def test_a_count_with_an_english_comma_on_a_decimal_comma_wiki_is_said() -> None:
    s = parse_infobox("{{Infobox settlement|population_total = 161,300}}", wiki="vi")
    assert s.population.total == 161300
    (guess,) = s.diagnostics_with("number.convention-guessed")
    assert guess.param == "population_total"
    # A count that is whole in the wiki's conventions is read as they say.
    assert parse_infobox("{{Infobox settlement|population_total = 161.300}}", wiki="vi") \
        .population.total == 161300  # fmt: skip
    # An area may have a fraction: no guess, the decimal comma holds.
    assert parse_infobox("{{Infobox settlement|area_total_km2 = 161,300}}", wiki="vi") \
        .area.total_km2 == 161.3  # fmt: skip


def test_a_value_the_template_shows_as_a_link_shows_its_label() -> None:
    """ruwiki's card links each level's type: ``Земли Германии{{!}}Земля`` shows Земля."""
    text = (
        "{{НП|страна = Германия|регион = Берлин|вид региона = Земли Германии{{!}}Земля"
        "|район = Митте|вид района = Округ}}"
    )
    s = parse_infobox(text)
    assert [(d.type, d.name) for d in s.subdivisions] == [
        ("Страна", "Германия"),
        ("Земля", "Берлин"),
        ("Округ", "Митте"),
    ]
    assert s.params["вид региона"].raw == "Земли Германии{{!}}Земля"
    # Where the template shows the value as text, a pipe in it stays.
    en = parse_infobox("{{Infobox settlement|subdivision_type1 = A{{!}}B|subdivision_name1=C}}")
    assert en.subdivisions[0].type == "A|B"


def test_a_positional_value_the_template_reads_is_no_slip() -> None:
    """viwiki's administrative-unit card reads its first positional value as the unit's kind."""
    s = parse_infobox("{{Thông tin đơn vị hành chính Việt Nam|Thành phố|tên=Huế}}")
    assert s.settlement_type == "Thành phố"
    assert not s.diagnostics_with("param.positional")
    assert parse_infobox("{{Infobox settlement|Stray|name=X}}").diagnostics_with("param.positional")


def test_a_compass_letter_is_read_in_its_wikis_language() -> None:
    """O is west (oeste) on glwiki and east (Ost) on dewiki; English knows no O."""
    text = "{{Infobox settlement|coordinates = 42° 31' N, 08° 49' O}}"
    for wiki, lon in (("gl", -(8 + 49 / 60)), ("de", 8 + 49 / 60)):
        s = parse_infobox(text, wiki=wiki)
        assert s.coordinates is not None
        assert s.coordinates.lon == pytest.approx(lon)
    assert parse_infobox(text).coordinates is None


@pytest.mark.usefixtures("town")
def test_a_label_whose_value_cannot_be_read_makes_no_entry() -> None:
    """``founded = XII century`` is unreadable: no event titled by the label alone, but said."""
    s = parse_infobox("{{Town box\n| founded = [[XII century]]\n| land = {{x}}\n}}")
    assert s.established == ()
    assert s.subdivisions == ()
    assert s.diagnostics_with("date.unparseable")
    from infobox import render_infobox

    assert parse_infobox(render_infobox(s)).established == ()


@pytest.mark.usefixtures("town")
def test_of_two_parameters_for_one_value_the_one_with_text_is_read() -> None:
    """``people`` holds only a ref, ``inhabitants`` the number: the number is read."""
    s = parse_infobox("{{Town box\n| people = <ref>a</ref>\n| inhabitants = 1204\n}}")
    assert s.population.total == 1204
    s = parse_infobox("{{Town box\n| people = 7\n| inhabitants = 1204\n}}")
    assert s.population.total == 7  # both hold text: the spec's order


@pytest.mark.usefixtures("town")
def test_the_label_stands_where_the_pages_own_value_shows_no_text() -> None:
    """``region kind = {{x}}`` shows nothing: the template shows its label, and renders back."""
    from infobox import render_infobox

    s = parse_infobox("{{Town box\n| region = Latgale\n| region kind = {{x}}\n}}")
    assert [(d.type, d.name) for d in s.subdivisions] == [("Region", "Latgale")]
    assert [d.param for d in s.diagnostics_with("value.unrendered")] == ["region kind"]
    assert parse_infobox(render_infobox(s)).subdivisions == s.subdivisions


def test_a_parameter_named_nothing_is_no_value_of_another_template() -> None:
    """``| = 44`` (a parameter with an empty name) is kept, and read as nothing."""
    s = parse_infobox("{{НП України| = 44|назва = Київ}}")
    assert s.native_names == ()
    assert s.params[""].raw == "44"
