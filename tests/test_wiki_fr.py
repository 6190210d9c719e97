"""French Wikipedia's ``{{Infobox Commune de France}}`` and ``{{Infobox État
d'Allemagne}}`` read into a Settlement.

The corpus holds no frwiki commune page: the commune cases below are written from
the template's documented parameters, with values from the communes' articles. Its
Berlin uses ``{{Infobox État d'Allemagne}}`` (Berlin is a city-state); those values
were read by hand from the page's wikitext (``fixtures/real``, see ``ATTRIBUTION.md``),
the comment above each quoting the raw text.
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

from infobox import PartialDate, parse_infobox

REAL: Final = Path(__file__).resolve().parent.parent / "fixtures" / "real" / "settlement" / "fr"

CAMBRAI: Final = """{{Infobox Commune de France
| nom = Cambrai
| région = [[Hauts-de-France]]
| département = [[Nord (département français)|Nord]]
| arrondissement = [[Arrondissement de Cambrai|Cambrai]]
| canton = [[Canton de Cambrai|Cambrai]]
| intercomm = [[Communauté d'agglomération de Cambrai]]
| maire = [[François-Xavier Villain]]
| mandat maire = 2020-2026
| insee = 59122
| cp = 59400
| gentilé = Cambrésiens
| latitude = 50.1758
| longitude = 3.2356
| alt mini = 40
| alt maxi = 97
| superficie = 18.14
}}"""


def test_fr_berlin_values() -> None:
    """Berlin: a German state's infobox; "Pays : Allemagne" implied, the state's figures."""
    s = parse_infobox((REAL / "Berlin.wiki").read_text(encoding="utf-8"))
    assert ("Infobox État d'Allemagne", "fr", "Berlin") == (s.template, s.wiki, s.name)
    assert [("Pays", "Allemagne")] == [(x.type, x.name) for x in s.subdivisions]
    assert ("Allemagne", "DE") == (s.country, s.country_code)
    # | population = 3748148  | année_pop = {{1er}} janvier 2019<ref …>
    assert 3748148 == s.population.total
    assert s.population.as_of is not None
    assert (2019, 1) == (s.population.as_of.year, s.population.as_of.month)
    # | superficie = 891.7
    assert 891.7 == s.area.total_km2
    # no latitude/longitude on the page
    assert s.coordinates is None
    # | titre président = [[Bourgmestre-gouverneur de Berlin|Bourgmestre-gouverneur]]
    # | ministre-président = [[Michael Müller (homme politique, 1964)|Michael Müller]] ([[…|SPD]])
    assert [("Bourgmestre-gouverneur", "Michael Müller (SPD)")] == [
        (x.title, x.name) for x in s.leaders
    ]
    # | gentilé = Berlinois  | site officiel = {{URL|http://www.berlin.de/}}
    assert ("Berlinois", "http://www.berlin.de/") == (s.population.demonym, s.website)
    # | drapeau = Flag of Berlin.svg  | blason = Coat of arms of Berlin.svg
    assert {"Flag of Berlin.svg", "Coat of arms of Berlin.svg"} <= {i.file for i in s.images}
    # | rang pib par  habitant=8: two spaces, not the template's parameter (MediaWiki
    # keeps the spaces inside a name), so the template shows nothing for it
    assert ["rang pib par  habitant"] == [
        d.param for d in s.diagnostics if d.code == "param.unknown"
    ]


def test_fr_land_leader_label() -> None:
    """A state whose president has no own title: the template's "Ministre-président"."""
    s = parse_infobox(
        "{{Infobox État d'Allemagne | nom = Bavière | capitale = [[Munich]]"
        " | ministre-président = [[Markus Söder]] | superficie = 70550 }}"
    )
    assert [("Ministre-président", "Markus Söder")] == [(x.title, x.name) for x in s.leaders]
    assert [("Pays", "Allemagne")] == [(x.type, x.name) for x in s.subdivisions]
    assert 70550 == s.area.total_km2


def test_fr_commune_values() -> None:
    """A commune: France under "Pays", the levels under their labels, the mayor, the point."""
    s = parse_infobox(CAMBRAI)
    assert ("Infobox Commune de France", "fr", "Cambrai") == (s.template, s.wiki, s.name)
    assert [
        ("Pays", "France"),
        ("Région", "Hauts-de-France"),
        ("Département", "Nord"),
        ("Arrondissement", "Cambrai"),
        ("Canton", "Cambrai"),
        ("Intercommunalité", "Communauté d'agglomération de Cambrai"),
    ] == [(x.type, x.name) for x in s.subdivisions]
    assert ("France", "FR") == (s.country, s.country_code)
    assert [("Maire", "François-Xavier Villain")] == [(x.title, x.name) for x in s.leaders]
    assert s.coordinates is not None
    assert (50.1758, 3.2356) == (s.coordinates.lat, s.coordinates.lon)
    assert ("59400", "Cambrésiens") == (s.postal_code, s.population.demonym)
    assert 18.14 == s.area.total_km2
    assert [] == [d for d in s.diagnostics if d.code == "param.unknown"]


def test_fr_localized_values() -> None:
    """frwiki numbers with a decimal comma and spaces, and a French month."""
    s = parse_infobox(
        "{{Infobox Commune de France | nom = X | superficie = 105,40"
        " | population = 2 145 906 | année_pop = 1er janvier 2019 }}"
    )
    assert 105.4 == s.area.total_km2
    assert 2145906 == s.population.total
    assert PartialDate(2019, 1, 1) == s.population.as_of
