"""Latgalian: ltgwiki's ``{{Infoskreine Latvejis mīsts}}`` and ``{{Infoskreine Latvejis nūvods}}``.

Every ltgwiki page of ``fixtures/real/settlement/ltg`` parses; the key values of two of
them match what a person reads off the wikitext (the comment above each quotes it).
Coordinates are ``d + m/60 + s/3600``. Every page of the ltgwiki sample
(``fixtures/dumps/ltgwiki-settlements.xml.xz``) that calls a settlement template
parses. Values written in Latgalian conventions (``5,08``, ``7 109``) are checked in
:func:`test_ltg_localized_values`.
"""

from __future__ import annotations

import functools
from typing import Final

import pytest

from infobox import NoInfoboxError, Settlement, parse_infobox
from infobox.templates.ltg import MISTS, NUVODS
from infobox.templates.registry import spec_for
from wiki_fixtures import (
    FIXTURES,
    dump_sample,
    first_template,
    real_page,
    real_pages,
    sample_settlements,
    subdivisions,
)

SAMPLE: Final = FIXTURES / "dumps" / "ltgwiki-settlements.xml.xz"
NAMES: Final = real_pages("ltg")

parsed = functools.partial(real_page, "ltg")
sample = functools.partial(dump_sample, SAMPLE.name)


def established(s: Settlement) -> list[tuple[str | None, int | None]]:
    """The (title, year) pairs of a settlement's founding events."""
    return [(e.title, e.date.year if e.date else None) for e in s.established]


def test_every_ltgwiki_page_is_a_corpus_page() -> None:
    """The four ltgwiki town pages of the corpus are all here."""
    assert ["Bolvi", "Dagda", "Daugpiļs", "Reiga"] == [n.removesuffix(".wiki") for n in NAMES]


@pytest.mark.parametrize("name", NAMES)
def test_ltgwiki_page_parses(name: str) -> None:
    """Every page reads as the town template, in ltgwiki's conventions, with no unknowns."""
    s = parsed(name)
    assert ("Infoskreine Latvejis mīsts", "ltg") == (s.template, s.wiki)
    assert name.removesuffix(".wiki") == s.name
    assert s.coordinates is not None
    assert [] == [d.param for d in s.diagnostics if d.code == "param.unknown"]


def test_daugpils() -> None:
    """Daugpiļs: coordinates, population and year, founding and town rights, no country."""
    s = parsed("Daugpiļs.wiki")
    # | latd  = 55 | latm  = 52 | lats  = 30 | latNS  = N
    # | longd = 26 | longm = 32 | longs = 08 | longEW = E
    assert s.coordinates is not None
    assert pytest.approx(55 + 52 / 60 + 30 / 3600, abs=1e-6) == s.coordinates.lat
    assert pytest.approx(26 + 32 / 60 + 8 / 3600, abs=1e-6) == s.coordinates.lon
    # | dzeivuotuoji_gods = 2016 | dzeivuotuoju_skaits = 95467
    assert 95467 == s.population.total
    assert s.population.as_of is not None
    assert 2016 == s.population.as_of.year
    # | īstateits = 1275 | mīsta_tīseibys = 1582
    assert [("Īstateits", 1275), ("Mīsta tīseibys", 1582)] == established(s)
    # | mīsta_tips =Republikys mīsts  (no nūvods: a republic city belongs to none)
    assert "Republikys mīsts" == s.settlement_type
    # The template has no parameter for the country, and implies none.
    assert [] == subdivisions(s)
    assert s.country is None
    # | posta_iņdeksi = LV-54(01-65) | teiklavīta = www.daugavpils.lv
    assert "LV-54(01-65)" == s.postal_code
    assert "www.daugavpils.lv" == s.website


def test_dagda() -> None:
    """Dagda: a small town in its municipality; area and density without decimals."""
    s = parsed("Dagda.wiki")
    # | latd = 56 | latm = 05 | lats = 40 | N   | longd = 27 | longm = 32 | longs = 14 | E
    assert s.coordinates is not None
    assert pytest.approx(56 + 5 / 60 + 40 / 3600, abs=1e-6) == s.coordinates.lat
    assert pytest.approx(27 + 32 / 60 + 14 / 3600, abs=1e-6) == s.coordinates.lon
    # | pluots = 3 | dzeivuotuoji_gods = 2016 | dzeivuotuoju_skaits = 2178 | bīzeiba = 726
    assert 3 == s.area.total_km2
    assert 2178 == s.population.total
    assert s.population.as_of is not None
    assert 2016 == s.population.as_of.year
    assert 726 == s.population.density_km2
    # | nūvods = Dagdys nūvods | mīsta_tīseibys = 1992 | posta_iņdekss = LV-5674
    assert [("Nūvods", "Dagdys nūvods")] == subdivisions(s)
    assert [("Mīsta tīseibys", 1992)] == established(s)
    assert ("LV-5674", "Posta iņdekss") == (s.postal_code, s.postal_code_type)


def test_ltg_localized_values() -> None:
    """Decimal commas and space-grouped thousands, as ltgwiki writes numbers."""
    bolvi = parsed("Bolvi.wiki")
    # | pluots = 5,08 | dzeivuotuoju_skaits = 7 109 | bīzeiba = 1399,4
    assert 5.08 == bolvi.area.total_km2
    assert 7109 == bolvi.population.total
    assert 1399.4 == bolvi.population.density_km2
    reiga = parsed("Reiga.wiki")
    # |pluots = 307,17 |dzeivuotuoju_skaits = 713 016<ref>…</ref> |bīzeiba = 2 367,6
    assert 307.17 == reiga.area.total_km2
    assert 713016 == reiga.population.total
    assert 2367.6 == reiga.population.density_km2


# --- the ltgwiki sample ----------------------------------------------------------------


def test_ltgwiki_sample_settlement_pages_parse() -> None:
    """All 221 settlement pages of the ltgwiki sample parse, each as the template it calls."""
    settlements = sample_settlements(SAMPLE.name)
    assert 221 == len(settlements)
    # s.template is the name as the page writes it (the title or the redirect).
    assert all(spec_for(s.template) is spec_for(name) for name, s in settlements)
    assert {"ltg"} == {s.wiki for _, s in settlements}
    towns = [s for name, s in settlements if name == MISTS.name]
    municipalities = [s for name, s in settlements if name == NUVODS.name]
    # 19 call the town template by its title, 11 by its redirect {{Latvejis mīsts}}.
    assert (30, 191) == (len(towns), len(municipalities))
    # 21 towns give latd…; the others (Talins, Kopenhaga, Latgali…) leave them empty.
    assert 21 == sum(s.coordinates is not None for s in towns)
    assert 0 == sum(s.coordinates is not None for s in municipalities)  # no such parameter
    assert 29 == sum(s.population.as_of is not None for s in towns)
    assert 191 == sum(s.population.as_of is not None for s in municipalities)


def test_ltg_sample_localized_values() -> None:
    """Every population and area the sample gives reads, in ltgwiki's number conventions."""
    settlements = sample_settlements(SAMPLE.name)
    towns = [s for name, s in settlements if name == MISTS.name]
    municipalities = [s for name, s in settlements if name == NUVODS.name]
    # 29 towns give dzeivuotuoju_skaits and pluots ("406 703", "5,08"); Latgali gives none.
    assert 29 == sum(s.population.total is not None for s in towns)
    assert 29 == sum(s.area.total_km2 is not None for s in towns)
    # Every municipality gives both ("4 561", "392,7").
    assert 191 == sum(s.population.total is not None for s in municipalities)
    assert 191 == sum(s.area.total_km2 is not None for s in municipalities)


def test_ltgwiki_sample_other_pages_raise() -> None:
    """The sample's pages without a settlement template raise NoInfoboxError."""
    others = [text for _, text in sample() if first_template(text) is None]
    assert 5 == len(others)
    for text in others:
        with pytest.raises(NoInfoboxError):
            parse_infobox(text)


def test_redirect_is_the_town_template() -> None:
    """{{Latvejis mīsts}} redirects to the town template (Taiss:Latvejis mīsts)."""
    assert MISTS is spec_for("Latvejis_mīsts")
    assert NUVODS is spec_for("infoskreine Latvejis nūvods")
