"""French Wikipedia's ``{{Infobox Commune de France}}`` read into a Settlement.

The corpus holds no frwiki commune page (its Berlin uses ``{{Infobox État
d'Allemagne}}``, no settlement template): the commune cases below are written from
the template's documented parameters, with values from the communes' articles.
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

import pytest

from infobox import NoInfoboxError, PartialDate, parse_infobox

OTHER: Final = Path(__file__).resolve().parent.parent / "fixtures" / "real" / "other" / "fr"

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


def test_fr_berlin_is_no_settlement_infobox() -> None:
    """frwiki Berlin's infobox is a German state's: no settlement infobox is read."""
    with pytest.raises(NoInfoboxError):
        parse_infobox((OTHER / "Berlin.wiki").read_text(encoding="utf-8"))


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
