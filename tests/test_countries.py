"""Tests for infobox.values.countries and the country that parse_infobox reads."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pycountry
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from infobox import RenderError, Settlement, Subdivision, parse_infobox
from infobox.render import render_infobox
from infobox.strategies import wikitext_pages
from infobox.text import plain
from infobox.values.countries import (
    COUNTRY_ALIASES,
    DISPLAY_NAMES,
    NAME_ALIASES,
    OTHER_ENTITIES,
    country_code,
    country_name,
    country_of,
    is_code,
    known_codes,
)

ISO_CODES = sorted(
    code for country in pycountry.countries for code in (country.alpha_2, country.alpha_3)
)


def infobox(*lines: str) -> Settlement:
    return parse_infobox("{{Infobox settlement\n| name = X\n" + "\n".join(lines) + "\n}}")


def codes_of(settlement: Settlement) -> list[str]:
    return [d.code for d in settlement.diagnostics]


# --- the module ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "name"),
    [
        ("POL", "Poland"),
        ("PL", "Poland"),
        ("NOR", "Norway"),
        ("CAN", "Canada"),
        ("GER", "Germany"),
        ("DEU", "Germany"),
        ("SUI", "Switzerland"),
        ("NED", "Netherlands"),
        ("DEN", "Denmark"),
        ("POR", "Portugal"),
        ("CRO", "Croatia"),
        ("GRE", "Greece"),
        ("RSA", "South Africa"),
        ("KSA", "Saudi Arabia"),
        ("UAE", "United Arab Emirates"),
        ("INA", "Indonesia"),
        ("MAS", "Malaysia"),
        ("PHI", "Philippines"),
        ("TPE", "Taiwan"),
        ("TWN", "Taiwan"),
        ("BUL", "Bulgaria"),
        ("LAT", "Latvia"),
        ("SLO", "Slovenia"),
        ("CHI", "Chile"),
        ("IRI", "Iran"),
        ("IRN", "Iran"),
        ("ZIM", "Zimbabwe"),
        ("ZAM", "Zambia"),
        ("NGR", "Nigeria"),
        ("NIG", "Niger"),
        ("ALG", "Algeria"),
        ("VIE", "Vietnam"),
        ("PRC", "China"),
        ("ROK", "South Korea"),
        ("KOR", "South Korea"),
        ("PRK", "North Korea"),
        ("RUS", "Russia"),
        ("BOL", "Bolivia"),
        ("VNM", "Vietnam"),
        ("CZE", "Czech Republic"),
        ("TUR", "Turkey"),
        ("CIV", "Ivory Coast"),
        ("BRN", "Brunei"),
        ("UK", "United Kingdom"),
        ("ENG", "England"),
        ("SCO", "Scotland"),
        ("WAL", "Wales"),
        ("NIR", "Northern Ireland"),
        ("EU", "European Union"),
        ("URS", "Soviet Union"),
    ],
)
def test_country_name_of_code(code: str, name: str) -> None:
    """A code shows the country's English common name, as Wikipedia's flag templates do."""
    assert name == country_name(code)


@pytest.mark.parametrize("code", ["XYZ", "pol", "Pol", "", "POLAND", "ZZ"])
def test_country_name_of_no_code(code: str) -> None:
    """Unknown codes, lower-case codes and names are no code."""
    assert None is country_name(code)


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Poland", "PL"),
        ("Russia", "RU"),
        ("Russian Federation", "RU"),
        ("South Korea", "KR"),
        ("Korea, Republic of", "KR"),
        ("Czech Republic", "CZ"),
        ("Czechia", "CZ"),
        ("Turkey", "TR"),
        ("Türkiye", "TR"),
        ("Vietnam", "VN"),
        ("Viet Nam", "VN"),
        ("Iran", "IR"),
        ("Bolivia", "BO"),
        ("Taiwan", "TW"),
        ("United States", "US"),
        ("United States of America", "US"),
        ("united  kingdom", "GB"),
        ("Burma", "MM"),
        ("The Gambia", "GM"),
        ("Kazakhstan", "KZ"),
        ("GER", "DE"),
        ("USA", "US"),
    ],
)
def test_country_code_of_name(name: str, code: str) -> None:
    """Names (ISO's, official, common, Wikipedia's) and codes map to the alpha-2 code."""
    assert code == country_code(name)


@pytest.mark.parametrize(
    "name", ["Korea", "Congo Republic", "England", "European Union", "Polan", "ger", ""]
)
def test_country_code_never_guesses(name: str) -> None:
    """A name is never fuzzy-matched; places without an ISO code have none."""
    assert None is country_code(name)


def test_tables_are_not_iso() -> None:
    """No table code shadows an ISO code, and every alias points at an ISO country."""
    iso = set(ISO_CODES)
    assert set() == (set(COUNTRY_ALIASES) | set(OTHER_ENTITIES)) & iso
    assert set(COUNTRY_ALIASES.values()) <= iso
    assert set(DISPLAY_NAMES) <= iso
    assert set(NAME_ALIASES) <= iso


def test_is_code() -> None:
    """Two or three capitals are written as a code; anything else is a name."""
    assert [True, True, False, False, False] == [
        is_code(t) for t in ("POL", "EU", "Pol", "POLA", "P")
    ]


@given(st.sampled_from(sorted(set(ISO_CODES) | set(COUNTRY_ALIASES))))
def test_flag_code_names_map_back(code: str) -> None:
    """{{flag|CODE}} shows a name, never the code, and the name maps back to the country."""
    shown = plain(f"{{{{flag|{code}}}}}")
    assert shown != code
    assert country_code(code) == country_code(shown)
    assert country_code(code) is not None


@given(st.sampled_from(sorted(c for c in set(ISO_CODES) | set(COUNTRY_ALIASES) if len(c) == 3)))
def test_country_template_names_map_back(code: str) -> None:
    """{{CODE}} (a country template) shows a name that maps back to the country."""
    shown = plain(f"{{{{{code}}}}}")
    assert shown != code
    assert country_code(code) == country_code(shown)


@pytest.mark.parametrize("written", ["{{US}}", "{{PL}}", "{{Can}}", "{{XYZ}}"])
def test_no_country_template(written: str) -> None:
    """Two-letter names (but EU), other cases and unknown codes are no country template."""
    assert "" == plain(written)


@given(st.sampled_from(sorted(OTHER_ENTITIES)))
def test_flag_entity_names(code: str) -> None:
    """{{flag|ENG}} and the other non-ISO entities show their name and have no ISO code."""
    shown = plain(f"{{{{flag|{code}}}}}")
    assert OTHER_ENTITIES[code] == shown
    assert None is country_code(shown)


def test_known_codes() -> None:
    """known_codes lists every ISO code and table code, with its name."""
    codes = known_codes()
    assert set(ISO_CODES) | set(COUNTRY_ALIASES) | set(OTHER_ENTITIES) == set(codes)
    assert "Poland" == codes["POL"]


# --- country_of ---------------------------------------------------------------------------


def test_country_of_typed_level() -> None:
    """The subdivision typed Country gives the country, wherever it stands."""
    subs = [
        Subdivision(index=0, type="Continent", name="Asia"),
        Subdivision(index=1, type="country", name="Kazakhstan"),
    ]
    assert ("Kazakhstan", "KZ") == country_of(subs)
    assert (None, None) == country_of(subs[:1])
    sovereign = Subdivision(index=0, type="Sovereign state", name="United Kingdom")
    assert ("United Kingdom", "GB") == country_of([sovereign])


def test_country_of_first_level_when_a_country() -> None:
    """Without a Country type, the first level counts only when it names a country."""
    assert ("Poland", "PL") == country_of([Subdivision(index=0, name="Poland")])
    assert (None, None) == country_of([Subdivision(index=0, type="State", name="Texas")])


def test_country_of_unnamed_country_level() -> None:
    """A Country level with no name gives no country, not the next level's name."""
    subs = [Subdivision(index=0, type="Country"), Subdivision(index=1, name="Norway")]
    assert (None, None) == country_of(subs)


def test_country_of_unknown_name_has_no_code() -> None:
    """A country name that maps to no ISO country is kept, without a code."""
    assert ("Republic of Foo", None) == country_of(
        [Subdivision(index=0, type="Country", name="Republic of Foo")]
    )
    assert ("England", None) == country_of([Subdivision(index=0, type="Country", name="England")])


def test_country_of_code_as_name() -> None:
    """A subdivision written as a bare code gives the country's name, an unknown one none."""
    assert ("United States", "US") == country_of([Subdivision(index=0, type="Country", name="USA")])
    assert (None, None) == country_of([Subdivision(index=0, type="Country", name="XYZ")])


# --- parse_infobox regressions (issue 10) --------------------------------------------------


def test_flag_code_subdivision() -> None:
    """subdivision_name = {{flag|POL}} reads Poland, not POL."""
    s = infobox("| subdivision_type = Country", "| subdivision_name = {{flag|POL}}")
    assert "Poland" == s.subdivisions[0].name
    assert ("Poland", "PL") == (s.country, s.country_code)


def test_flagcountry_code() -> None:
    """{{flagcountry|NOR}} reads Norway, not NOR."""
    s = infobox("| subdivision_type = Country", "| subdivision_name = {{flagcountry|NOR}}")
    assert ("Norway", "NO") == (s.country, s.country_code)


def test_flag_variant() -> None:
    """{{flag|AUT|empire}}: the variant changes the flag, not the name."""
    s = infobox("| subdivision_type = Country", "| subdivision_name = {{flag|AUT|empire}}")
    assert ("Austria", "AT") == (s.country, s.country_code)


@pytest.mark.parametrize(
    ("written", "name", "code"),
    [
        ("{{CAN}}", "Canada", "CA"),
        ("{{SUI}}", "Switzerland", "CH"),
        ("{{NED}}", "Netherlands", "NL"),
        ("{{EU}}", "European Union", None),
        ("{{GER}}", "Germany", "DE"),
        ("{{USA}}", "United States", "US"),
    ],
)
def test_country_templates(written: str, name: str, code: str | None) -> None:
    """{{CAN}}, {{SUI}}, {{NED}}, {{EU}}: a country template shows the country's name."""
    s = infobox("| subdivision_type = Country", f"| subdivision_name = {written}")
    assert (name, code) == (s.country, s.country_code)
    assert [] == codes_of(s)


def test_flag_name_kept() -> None:
    """{{flag|Kazakhstan}}, a name, still reads as the name."""
    s = infobox("| subdivision_type = Country", "| subdivision_name = {{flag|Kazakhstan}}")
    assert ("Kazakhstan", "KZ") == (s.country, s.country_code)


def test_flag_unknown_code() -> None:
    """{{flag|XYZ}} is no name: None, with country.unknown-code, never "XYZ"."""
    s = infobox("| subdivision_type = Country", "| subdivision_name = {{flag|XYZ}}")
    assert None is s.subdivisions[0].name
    assert (None, None) == (s.country, s.country_code)
    assert "country.unknown-code" in codes_of(s)
    found = s.diagnostics_with("country.unknown-code")
    assert "subdivision_name" == found[0].param


def test_flag_unknown_code_with_name() -> None:
    """{{flag|XYZ|name=Foo}} shows its name: no code is read, nothing is reported."""
    s = infobox("| subdivision_type = Country", "| subdivision_name = {{flag|XYZ|name=Foo}}")
    assert "Foo" == s.country
    assert "country.unknown-code" not in codes_of(s)


def test_lower_case_bare_template_is_no_country() -> None:
    """{{Est}} is not {{EST}}: only a code in capitals is a country template."""
    s = infobox("| subdivision_type = Country", "| subdivision_name = {{est}}")
    assert None is s.country


def test_no_country() -> None:
    """An infobox whose subdivisions name no country has none."""
    s = infobox("| subdivision_type = Region", "| subdivision_name = Ulytau Region")
    assert (None, None) == (s.country, s.country_code)


def test_country_below_first_level() -> None:
    """The level typed Country wins over the first level."""
    s = infobox(
        "| subdivision_type = Continent",
        "| subdivision_name = Asia",
        "| subdivision_type1 = Country",
        "| subdivision_name1 = [[Kazakhstan]]",
    )
    assert ("Kazakhstan", "KZ") == (s.country, s.country_code)


def test_flag_link_names_second_argument() -> None:
    """{{flag+link|History of|GER}} shows the country, not the link prefix."""
    s = infobox("| subdivision_type = Country", "| subdivision_name = {{flag+link|History of|GER}}")
    assert "Germany" == s.country


# --- the kit ------------------------------------------------------------------------------


@settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(wikitext_pages())
def test_pages_read_the_country(pair: tuple[Settlement, str]) -> None:
    """Pages writing a country by name or flag code parse to its name and code."""
    expected, page = pair
    parsed = parse_infobox(page)
    assert (expected.country, expected.country_code) == (parsed.country, parsed.country_code)


def test_cli_shows_the_country() -> None:
    """infobox parse prints the country and its code."""
    page = Path(__file__).resolve().parent.parent / "fixtures" / "zhezkazgan" / "en.wiki"
    result = subprocess.run(
        [sys.executable, "-m", "infobox.cli", "parse", str(page)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert "  country        Kazakhstan (KZ)" in result.stdout.splitlines()


def test_render_refuses_a_country_the_subdivisions_do_not_give() -> None:
    """render_infobox raises rather than write a country that would not read back."""
    lone = Settlement(template="Infobox settlement", country="Poland", country_code="PL")
    with pytest.raises(RenderError) as raised:
        render_infobox(lone)
    assert "country" == raised.value.attribute


def test_render_writes_a_derived_country() -> None:
    """A settlement whose country follows from its subdivisions round-trips."""
    sub = Subdivision(index=0, type="Country", name="Poland")
    s = Settlement(
        template="Infobox settlement", subdivisions=(sub,), country="Poland", country_code="PL"
    )
    back = parse_infobox(render_infobox(s))
    assert (s.subdivisions, "Poland", "PL") == (back.subdivisions, back.country, back.country_code)


@pytest.mark.parametrize(
    ("kind", "name", "code"),
    [
        ("Quốc gia", "Đức", None),
        ("Країна", "Німеччина", None),
        ("Negara", "Germany", "DE"),
        ("País", "España", None),
        ("国", "Germany", "DE"),
    ],
)
def test_country_type_in_other_languages(kind: str, name: str, code: str | None) -> None:
    """Other wikis' word for Country marks the country level; local names get no code."""
    s = infobox(f"| subdivision_type = {kind}", f"| subdivision_name = {name}")
    assert (name, code) == (s.country, s.country_code)


def test_state_is_not_a_country() -> None:
    """A first level typed State (Texas) is no country."""
    s = infobox("| subdivision_type = State", "| subdivision_name = Texas")
    assert (None, None) == (s.country, s.country_code)


def test_every_code_maps_back() -> None:
    """Every ISO and table code: {{flag|CODE}} shows a name (not the code) of that country."""
    wrong = [
        code
        for code in sorted(set(ISO_CODES) | set(COUNTRY_ALIASES))
        if (shown := plain(f"{{{{flag|{code}}}}}")) == code
        or country_code(shown) != country_code(code)
        or country_code(code) is None
    ]
    assert [] == wrong
