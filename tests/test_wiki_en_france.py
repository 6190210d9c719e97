"""English Wikipedia's ``{{Infobox French commune}}`` read into a Settlement.

A wrapper of ``{{Infobox settlement}}`` with names of its own (``area km2``,
``population date``). The corpus holds no page that uses it: the case below follows
the template's documentation, with Paris's values as its enwiki article gave them.
"""

from __future__ import annotations

from typing import Final

from infobox import PartialDate, parse_infobox

PARIS: Final = """{{Infobox French commune
|name = Paris
|commune status = [[Communes of France|Commune]] and [[Departments of France|department]]
|image flag = Flag of Paris.svg
|image coat of arms = Grandes_Armes_de_Paris.svg
|coordinates = {{coord|48.8567|2.3508|type:city(2200000)_region:FR|format=dms|display=inline,title}}
|region = [[Île-de-France]]
|department = [[Paris]]
|mayor = [[Anne Hidalgo]]
|party = [[Socialist Party (France)|PS]]
|term = 2014–2020
|subdivisions entry = [[Administrative division|Subdivisions]]
|subdivisions = [[Arrondissements of Paris|20 arrondissements]]
|area km2 = 105.4
|INSEE = 75056
|population date = 2013
|population = 2,229,621
|urban pop = 10601122
|metro area pop = 12,405,426
|postal code = 75001–75020, 75116
|elevation m = 35
|elevation min m = 28
|elevation max m = 131
|website = [http://www.paris.fr/ www.paris.fr]
}}"""


def test_en_french_commune_values() -> None:
    """Paris: France under "Country", region and department, mayor, area and population."""
    s = parse_infobox(PARIS)
    assert ("Infobox French commune", "en", "Paris") == (s.template, s.wiki, s.name)
    assert [("Country", "France"), ("Region", "Île-de-France"), ("Department", "Paris")] == [
        (x.type, x.name) for x in s.subdivisions
    ]
    assert ("France", "FR") == (s.country, s.country_code)
    assert [("Mayor", "Anne Hidalgo")] == [(x.title, x.name) for x in s.leaders]
    assert s.coordinates is not None
    assert (48.8567, 2.3508) == (s.coordinates.lat, s.coordinates.lon)
    assert 105.4 == s.area.total_km2
    assert (2229621, PartialDate(2013)) == (s.population.total, s.population.as_of)
    assert (10601122, 12405426) == (s.population.urban, s.population.metro)
    assert 35 == s.elevation_m
    assert "75001–75020, 75116" == s.postal_code
    assert [] == [d for d in s.diagnostics if d.code == "param.unknown"]
