"""Italian: itwiki's ``{{Divisione amministrativa}}`` and enwiki's ``{{Infobox Italian comune}}``.

Every itwiki page of ``fixtures/real/settlement/it`` parses; the key values of three of
them match what a person reads off the wikitext (the comment above each quotes it).
Coordinates are ``d + m/60 + s/3600``, negative for S and W. Every page of the itwiki
sample (``fixtures/dumps/itwiki-settlements.xml.xz``) that calls a settlement template
parses. Values written in Italian conventions (``30-11-2012``) are checked in
:func:`test_it_localized_values`.
"""

from __future__ import annotations

import functools
from typing import Final

import pytest

from infobox import NoInfoboxError, parse_infobox
from infobox.dump import read_pages
from infobox.templates.en_italy import INFOBOX_ITALIAN_COMUNE
from infobox.templates.it import DIVISIONE_AMMINISTRATIVA
from infobox.templates.registry import spec_for
from wiki_fixtures import FIXTURES, dump_sample, first_template, real_page, real_pages, subdivisions

SAMPLE: Final = FIXTURES / "dumps" / "itwiki-settlements.xml.xz"
NAMES: Final = real_pages("it")

parsed = functools.partial(real_page, "it")
sample = functools.partial(dump_sample, SAMPLE.name)


def test_every_itwiki_page_is_a_corpus_page() -> None:
    """The eight itwiki settlement pages of the corpus are all here."""
    expected = ["Aarhus", "Ancona", "Andriano", "Assisi", "Berlino", "Carpinone", "Celleno"]
    assert [*expected, "Chicago"] == [name.removesuffix(".wiki") for name in NAMES]


@pytest.mark.parametrize("name", NAMES)
def test_itwiki_page_parses(name: str) -> None:
    """Every itwiki page reads as Divisione amministrativa, in itwiki's conventions."""
    s = parsed(name)
    assert "Divisione amministrativa" == s.template
    assert "it" == s.wiki
    assert s.population.total is not None


@pytest.mark.parametrize("name", NAMES)
def test_itwiki_page_has_no_unknown_params(name: str) -> None:
    """Every parameter these pages give is one the template defines (no param.unknown)."""
    assert [] == [d.param for d in parsed(name).diagnostics if d.code == "param.unknown"]


def test_ancona() -> None:
    """Ancona (2013): DMS coordinates, area, elevation, population, country and region."""
    s = parsed("Ancona.wiki")
    assert "Ancona" == s.name
    # |Latitudine gradi=43 |Latitudine minuti=37 |Latitudine secondi=00 |Latitudine NS=N
    # |Longitudine gradi=13 |Longitudine minuti=31 |Longitudine secondi=00 |Longitudine EW=E
    assert s.coordinates is not None
    assert pytest.approx(43 + 37 / 60, abs=1e-6) == s.coordinates.lat
    assert pytest.approx(13 + 31 / 60, abs=1e-6) == s.coordinates.lon
    # |Altitudine=16  |Superficie=123.71  |Abitanti=100261
    assert 16 == s.elevation_m
    assert 123.71 == s.area.total_km2
    assert 100261 == s.population.total
    # |Stato=ITA |Divisione amm grado 1=Marche |Divisione amm grado 2=Ancona
    assert "IT" == s.country_code
    assert [("Stato", "ITA"), (None, "Marche"), (None, "Ancona")] == subdivisions(s)
    # |Amministratore locale=[[Valeria Mancinelli]]
    assert [("Amministratore locale", "Valeria Mancinelli")] == [
        (leader.title, leader.name) for leader in s.leaders
    ]
    # |Codice postale=60121-60131 |Prefisso=[[071 (prefisso)|071]] |Sito=http://www.comune.ancona.it
    assert "60121-60131" == s.postal_code
    assert "071" == s.area_code
    assert "http://www.comune.ancona.it" == s.website
    # |Fuso orario=+1
    assert ["+01:00"] == [tz.utc_offset for tz in s.timezones]


def test_chicago() -> None:
    """Chicago (2013): a foreign city, West longitude, the census year, a US country code."""
    s = parsed("Chicago.wiki")
    # |Latitudine gradi = 41 |… minuti = 52 |… secondi = 55 |Latitudine NS = N
    # |Longitudine gradi = 87 |… minuti = 37 |… secondi = 40 |Longitudine EW = W
    assert s.coordinates is not None
    assert pytest.approx(41 + 52 / 60 + 55 / 3600, abs=1e-6) == s.coordinates.lat
    assert pytest.approx(-(87 + 37 / 60 + 40 / 3600), abs=1e-6) == s.coordinates.lon
    # |Altitudine = 178 |Superficie = 606.10 |Abitanti = 2707120 |Aggiornamento abitanti = 2010
    assert 178 == s.elevation_m
    assert 606.10 == s.area.total_km2
    assert 2707120 == s.population.total
    assert s.population.as_of is not None
    assert 2010 == s.population.as_of.year
    # |Stato = USA |Divisione amm grado 1 = Illinois |Divisione amm grado 2 = Cook
    assert "US" == s.country_code
    assert [("Stato", "USA"), (None, "Illinois"), (None, "Cook")] == subdivisions(s)
    # |Tipo = ''[[Comuni degli Stati Uniti d'America|city]]''  |Fuso orario = -6
    assert "city" == s.settlement_type
    assert ["-06:00"] == [tz.utc_offset for tz in s.timezones]


def test_berlino() -> None:
    """Berlino (2021): a short call; the rest is on Wikidata, the population year is a link."""
    s = parsed("Berlino.wiki")
    # |Nome = (empty)  |Nome ufficiale = {{de}} Berlin
    assert s.name is None
    assert s.official_name is not None
    assert "Berlin" in s.official_name
    # |Stato = DEU  |Abitanti = 3769495  |Aggiornamento abitanti = [[2019]]
    assert "DE" == s.country_code
    assert 3769495 == s.population.total
    assert s.population.as_of is not None
    assert 2019 == s.population.as_of.year
    # No coordinates, area or elevation in the call: the template takes them from Wikidata.
    assert s.coordinates is None
    assert s.area.total_km2 is None
    assert s.elevation_m is None


def test_it_localized_values() -> None:
    """Dates written day-month-year with hyphens, as itwiki's comuni pages write them."""
    # Ancona: |Aggiornamento abitanti=30-11-2012
    as_of = parsed("Ancona.wiki").population.as_of
    assert as_of is not None
    assert (2012, 11, 30) == (as_of.year, as_of.month, as_of.day)
    # Celleno: |Aggiornamento abitanti=31-12-2010
    as_of = parsed("Celleno.wiki").population.as_of
    assert as_of is not None
    assert (2010, 12, 31) == (as_of.year, as_of.month, as_of.day)
    # Agropoli (in the sample): |Aggiornamento abitanti = 31.12.2011
    agropoli = next(p for p in read_pages(SAMPLE) if p.title == "Agropoli")
    as_of = parse_infobox(agropoli.text or "").population.as_of
    assert as_of is not None
    assert (2011, 12, 31) == (as_of.year, as_of.month, as_of.day)


def test_celleno() -> None:
    """Celleno: a small comune, DMS with seconds; province and region; founding absent."""
    s = parsed("Celleno.wiki")
    # |Latitudine gradi=42 |…minuti=33 |…secondi=39 |N  |Longitudine gradi=12 |…=8 |…=14 |E
    assert s.coordinates is not None
    assert pytest.approx(42 + 33 / 60 + 39 / 3600, abs=1e-6) == s.coordinates.lat
    assert pytest.approx(12 + 8 / 60 + 14 / 3600, abs=1e-6) == s.coordinates.lon
    # |Altitudine=407 |Superficie=24.59 |Abitanti=1362
    assert (407, 24.59, 1362) == (s.elevation_m, s.area.total_km2, s.population.total)
    # |Divisione amm grado 1=Lazio |Divisione amm grado 2=Viterbo  |Data istituzione= (empty)
    assert [("Stato", "ITA"), (None, "Lazio"), (None, "Viterbo")] == subdivisions(s)
    assert () == s.established


# --- the itwiki sample -----------------------------------------------------------------


def test_itwiki_sample_settlement_pages_parse() -> None:
    """All 54 settlement pages of the itwiki sample parse; most have coordinates and people."""
    settlements = [parse_infobox(text) for _, text in sample() if first_template(text) is not None]
    assert 54 == len(settlements)
    assert {"Divisione amministrativa"} == {s.template for s in settlements}
    assert {"it"} == {s.wiki for s in settlements}
    assert 54 == sum(s.population.total is not None for s in settlements)
    assert 54 == sum(s.area.total_km2 is not None for s in settlements)
    # 48 give degrees and minutes, 6 (Berlino and other foreign places) decimal degrees.
    assert 54 == sum(s.coordinates is not None for s in settlements)
    assert 54 == sum(s.country_code is not None for s in settlements)


def test_itwiki_sample_other_pages_raise() -> None:
    """The sample's pages without a settlement template raise NoInfoboxError."""
    others = [text for _, text in sample() if first_template(text) is None]
    assert 5 == len(others)
    for text in others:
        with pytest.raises(NoInfoboxError):
            parse_infobox(text)


# --- enwiki's Infobox Italian comune ---------------------------------------------------

# Written for this test from the template's documented parameters, with Parma's values
# as English Wikipedia gave them in 2017.
PARMA: Final = """{{Infobox Italian comune
| name                = Parma
| official_name       = Comune di Parma
| image_skyline       = Parma 01.jpg
| coordinates         = {{coord|44|48|N|10|20|E|display=inline,title}}
| region              = [[Emilia-Romagna]]
| province            = [[Province of Parma|Parma]] (PR)
| frazioni            = See [[#Frazioni|list]]
| mayor_party         = [[Independent politician|Independent]]
| mayor               = [[Federico Pizzarotti]]
| area_total_km2      = 260.77
| population_total    = 195065
| population_as_of    = 31 July 2017
| elevation_m         = 55
| saint               = [[Hilary of Poitiers|Sant'Ilario di Poitiers]]
| day                 = January 13
| postal_code         = 43121-43126
| area_code           = 0521
| website             = {{official website|http://www.comune.parma.it}}
| twin1               =
| twin1_country       =
}}"""

# An older call, with the legacy coordinates and a metropolitan city.
BARI: Final = """{{Infobox Italian comune
| name     = Bari
| latd = 41 |latm = 7 |lats = 31 |latNS = N
| longd = 16 |longm = 52 |longs = 0 |longEW = E
| region = [[Apulia]]
| metropolitan_city = [[Metropolitan City of Bari|Bari]] (BA)
| population_total = 316,015
| telephone = 080
| postalcode = 70121–70132
}}"""


def test_infobox_italian_comune_parma() -> None:
    """Parma: country, time zone and labels come from the template, values from the call."""
    s = parse_infobox(PARMA)
    assert ("Infobox Italian comune", "en") == (s.template, s.wiki)
    assert s.coordinates is not None
    assert pytest.approx(44.8, abs=1e-6) == s.coordinates.lat
    assert pytest.approx(10 + 20 / 60, abs=1e-6) == s.coordinates.lon
    assert (260.77, 195065, 55) == (s.area.total_km2, s.population.total, s.elevation_m)
    assert s.population.as_of is not None
    assert (2017, 7, 31) == (
        s.population.as_of.year,
        s.population.as_of.month,
        s.population.as_of.day,
    )
    assert [("Country", "Italy"), ("Region", "Emilia-Romagna"), ("Province", "Parma (PR)")] == (
        subdivisions(s)
    )
    assert ("Italy", "IT") == (s.country, s.country_code)
    assert [("Mayor", "Federico Pizzarotti")] == [(x.title, x.name) for x in s.leaders]
    assert [("CET", "+01:00", "CEST", "+02:00")] == [
        (tz.name, tz.utc_offset, tz.dst_name, tz.dst_utc_offset) for tz in s.timezones
    ]
    assert ("43121-43126", "Postal code") == (s.postal_code, s.postal_code_type)
    assert ("0521", "Dialing code") == (s.area_code, s.area_code_type)
    assert [] == [d.param for d in s.diagnostics if d.code == "param.unknown"]


def test_infobox_italian_comune_legacy_and_aliases() -> None:
    """Legacy coordinates, a metropolitan city, and the template's second names for codes."""
    s = parse_infobox(BARI)
    assert s.coordinates is not None
    assert pytest.approx(41 + 7 / 60 + 31 / 3600, abs=1e-6) == s.coordinates.lat
    assert pytest.approx(16 + 52 / 60, abs=1e-6) == s.coordinates.lon
    assert 316015 == s.population.total
    assert ("Metropolitan city", "Bari (BA)") == subdivisions(s)[-1]
    assert ("080", "70121–70132") == (s.area_code, s.postal_code)


def test_specs_name_their_sources() -> None:
    """Both Italian specs are registered under their names and say where they come from."""
    assert DIVISIONE_AMMINISTRATIVA is spec_for("divisione_amministrativa")
    assert INFOBOX_ITALIAN_COMUNE is spec_for("Infobox Italian comune")
    assert "Mapping_it.xml" in DIVISIONE_AMMINISTRATIVA.source
    assert DIVISIONE_AMMINISTRATIVA.wikidata
