"""English Wikipedia's ``{{Infobox Russian inhabited locality}}``, in the template's form.

The corpus has no page with it; the cards below are written in the documentation's
blank syntax, with the values of English Wikipedia's Barnaul where the text says so.
"""

from __future__ import annotations

from typing import Final

import pytest

from infobox import PartialDate, parse_infobox
from infobox.templates.registry import spec_for

BARNAUL: Final = """{{Infobox Russian inhabited locality
|en_name=Barnaul
|ru_name=Барнаул
|image_skyline=BarnaulCollage.jpg
|image_caption=Views of Barnaul
|image_coa=Barnaul coat of arms.svg
|coa_caption=Coat of arms
|coordinates={{coord|53|20|N|83|45|E|display=inline,title}}
|federal_subject=[[Altai Krai]]
|federal_subject_ref=<ref name="Charter"/>
|adm_data_as_of=March 2013
|inhabloc_cat=City
|inhabloc_cat_ref=<ref name="Charter"/>
|mun_data_as_of=March 2013
|urban_okrug_jur=Barnaul Urban Okrug
|leader_title=Head
|leader_name=Vyacheslav Frank
|representative_body=City Duma
|area_km2=321.6
|pop_2021census=630877
|pop_2010census=612401
|pop_2010census_rank=21st
|pop_latest=632,391
|pop_latest_date=2018
|established_date=1730
|current_cat_date=1771
|postal_codes=656000–656999
|dialing_codes=3852
|website=http://www.barnaul.org/
}}"""


def test_en_russian_locality_by_hand() -> None:
    """The Russian locality infobox: Russia shown, the newest census, the estimate apart."""
    s = parse_infobox(BARNAUL)
    assert ("Infobox Russian inhabited locality", "en") == (s.template, s.wiki)
    assert [] == [d.param for d in s.diagnostics_with("param.unknown")]
    assert ("Barnaul", ("Барнаул",)) == (s.name, s.native_names)
    assert s.coordinates is not None
    assert (53 + 20 / 60, 83.75) == pytest.approx((s.coordinates.lat, s.coordinates.lon))
    assert ("Russia", "RU") == (s.country, s.country_code)
    assert [
        (0, "Country", "Russia"),
        (1, "Federal subject", "Altai Krai"),
        (4, "Urban okrug", "Barnaul Urban Okrug"),
    ] == [(x.index, x.type, x.name) for x in s.subdivisions]
    assert [("Head", "Vyacheslav Frank")] == [(x.title, x.name) for x in s.leaders]
    assert 321.6 == s.area.total_km2
    # pop_2021census before pop_2010census; pop_latest is the estimate.
    assert 630877 == s.population.total
    assert (632391, PartialDate(2018)) == (s.population.estimate, s.population.estimate_as_of)
    assert [("Founded", PartialDate(1730)), ("Current status since", PartialDate(1771))] == [
        (e.title, e.date) for e in s.established
    ]
    assert ("656000–656999", "3852") == (s.postal_code, s.area_code)
    assert "http://www.barnaul.org/" == s.website
    assert ["Barnaul coat of arms.svg", "BarnaulCollage.jpg"] == sorted(i.file for i in s.images)


def test_en_russian_locality_older_census_when_newer_is_empty() -> None:
    """An empty pop_2021census leaves pop_2010census as the total."""
    s = parse_infobox(
        "{{Infobox Russian inhabited locality\n|en_name=X\n|federal_subject=Tver Oblast\n"
        "|pop_2021census=\n|pop_2010census=1,234\n}}"
    )
    assert 1234 == s.population.total


@pytest.mark.parametrize(
    "title",
    ["Infobox Russian inhabited locality", "Infobox Russian city", "Infobox Russian town"],
)
def test_en_russian_locality_names(title: str) -> None:
    """The template and its redirects find one spec, an enwiki one."""
    spec = spec_for(title)
    assert spec is not None
    assert ("Infobox Russian inhabited locality", "en") == (spec.name, spec.wiki)
