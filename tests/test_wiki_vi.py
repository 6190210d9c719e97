"""Vietnamese: viwiki's ``{{Thông tin khu dân cư}}``, English names and Vietnamese aliases.

Every viwiki page of ``fixtures/real/settlement/vi`` parses (``{{Thông tin khu dân cư}}``
or the English ``{{Infobox settlement}}``); the key values of two pages of the viwiki
template match what a person reads off the wikitext (the comment above each quotes it):
Ottawa, called with English names, and Vancouver, called with Vietnamese ones.
Coordinates are ``d + m/60 + s/3600``, negative for S and W. Every page of the viwiki
sample (``fixtures/dumps/viwiki-settlements.xml.xz``) that calls a settlement template
parses, among them 15 of ``{{Thông tin đơn vị hành chính Việt Nam}}`` (Huế and Bắc Kạn
read by hand). Values written in Vietnamese conventions (``114,97``, ``1 tháng 1 năm 2001``)
are checked in :func:`test_vi_localized_values`.
"""

from __future__ import annotations

import functools
from collections import Counter
from typing import Final

import pytest

from infobox import NoInfoboxError, parse_infobox
from infobox.templates.registry import spec_for
from infobox.templates.vi import DON_VI_HANH_CHINH_VIET_NAM as UNIT
from infobox.templates.vi import THONG_TIN_KHU_DAN_CU
from wiki_fixtures import (
    FIXTURES,
    dump_sample,
    first_template,
    real_page,
    real_pages,
    sample_settlements,
    subdivisions,
)

SAMPLE: Final = FIXTURES / "dumps" / "viwiki-settlements.xml.xz"
NAMES: Final = real_pages("vi")

parsed = functools.partial(real_page, "vi")
sample = functools.partial(dump_sample, SAMPLE.name)
VIWIKI: Final = [
    "Klaipėda",
    "Montréal",
    "Ottawa",
    "Sacramento,_California",
    "San_Diego",
    "Vancouver",
]


@pytest.mark.parametrize("name", NAMES)
def test_viwiki_page_parses(name: str) -> None:
    """Every viwiki page parses; the pages of the viwiki template say so and say vi."""
    s = parsed(name)
    if name.removesuffix(".wiki") in VIWIKI:
        assert ("Thông tin khu dân cư", "vi") == (s.template, s.wiki)
        assert s.population.total is not None
    else:
        assert "Infobox settlement" == s.template


def test_ottawa() -> None:
    """Ottawa: English names; coordinates, area, elevation, population, country, region."""
    s = parsed("Ottawa.wiki")
    # |latd=45 |latm=25 |lats=15 |latNS=N  |longd=75 |longm=41 |longs=24 |longEW=W
    assert s.coordinates is not None
    assert pytest.approx(45 + 25 / 60 + 15 / 3600, abs=1e-6) == s.coordinates.lat
    assert pytest.approx(-(75 + 41 / 60 + 24 / 3600), abs=1e-6) == s.coordinates.lon
    # |area_total_km2 = 521 |elevation_m = 70 |population_total = 989567 |population_as_of = 2018
    assert (521, 70) == (s.area.total_km2, s.elevation_m)
    assert 989567 == s.population.total
    assert s.population.as_of is not None
    assert 2018 == s.population.as_of.year
    # |population_metro = 1414399 |population_urban =934243
    assert (1414399, 934243) == (s.population.metro, s.population.urban)
    # |subdivision_type = Quốc gia |subdivision_name = {{flagcountry|Canada}}
    # |subdivision_type1 = [[Tỉnh bang]] |subdivision_name1 = {{flagicon image|…}} [[Ontario]]
    assert [("Quốc gia", "Canada"), ("Tỉnh bang", "Ontario")] == subdivisions(s)
    assert ("Canada", "CA") == (s.country, s.country_code)
    # |established_title = Thành lập |established_title2 = [[Sáp nhập]]
    # |established_title3 = Hợp nhất
    assert ["Thành lập", "Sáp nhập", "Hợp nhất"] == [e.title for e in s.established]
    # |utc_offset = -5 |utc_offset_DST =-4
    assert [("-05:00", "-04:00")] == [(tz.utc_offset, tz.dst_utc_offset) for tz in s.timezones]


def test_vancouver_vietnamese_names() -> None:
    """Vancouver: the template's Vietnamese names read as the English ones they stand for."""
    s = parsed("Vancouver.wiki")
    # |tên = Vancouver |tên chính thức = Thành phố Vancouver |loại khu vực = Thành phố
    assert ("Vancouver", "Thành phố Vancouver") == (s.name, s.official_name)
    assert "Thành phố" == s.settlement_type
    # |vĩ độ=49 |vĩ phút=15 |vĩ giây= |vĩ hướng=N
    # |kinh độ=123 |kinh phút=6 |kinh giây= |kinh hướng=W
    assert s.coordinates is not None
    assert pytest.approx(49.25, abs=1e-6) == s.coordinates.lat
    assert pytest.approx(-(123 + 6 / 60), abs=1e-6) == s.coordinates.lon
    # |tổng dân số =631486 |dso vào =2018 |dso vùng đô thị =2650005
    assert (631486, 2650005) == (s.population.total, s.population.metro)
    assert s.population.as_of is not None
    assert 2018 == s.population.as_of.year
    # |trực thuộc = Quốc gia |tên trực thuộc = {{CAN}}
    # |trực thuộc 1 = [[Tỉnh và lãnh thổ của Canada|Tỉnh]]
    # |tên trực thuộc 1 = {{flag|British Columbia}}
    # |trực thuộc 2 = Khu vực hành chính |tên trực thuộc 2 = Đại Vancouver
    assert [
        ("Quốc gia", "Canada"),
        ("Tỉnh", "British Columbia"),
        ("Khu vực hành chính", "Đại Vancouver"),
    ] == subdivisions(s)
    assert "CA" == s.country_code
    # |loại hình thành = Hợp nhất
    assert ["Hợp nhất"] == [e.title for e in s.established]
    # |múi giờ = [[…|PST]] |lệch UTC = −8 |múi giờ DST = PDT |lệch UTC DST = −7
    assert [("PST", "PDT")] == [(tz.name, tz.dst_name) for tz in s.timezones]
    # |mã bưu chính = V5K đến V6Z |mã điện thoại =604, 778, 236 |website = [http://vancouver.ca/ …]
    assert ("V5K đến V6Z", "Mã bưu chính") == (s.postal_code, s.postal_code_type)
    assert "604, 778, 236" == s.area_code
    # Every Vietnamese name on the page is one the template defines.
    assert [] == [d.param for d in s.diagnostics if d.code == "param.unknown"]


def test_vi_localized_values() -> None:
    """Decimal commas and Vietnamese dates ("ngày 6 tháng 4 năm 1886")."""
    vancouver = parsed("Vancouver.wiki")
    # |tổng diện tích km2 = 114,97 |vùng đô thị km2 = 2878.52
    assert 114.97 == vancouver.area.total_km2
    assert 2878.52 == vancouver.area.metro_km2
    # |ngày hình thành = [[6 tháng 4]] năm 1886
    date = vancouver.established[0].date
    assert date is not None
    assert (1886, 4, 6) == (date.year, date.month, date.day)
    ottawa = parsed("Ottawa.wiki")
    # |area_metro_km2 = 6767,43 |established_date3 = [[1 tháng 1]] năm [[2001]]
    assert 6767.43 == ottawa.area.metro_km2
    date = ottawa.established[2].date
    assert date is not None
    assert (2001, 1, 1) == (date.year, date.month, date.day)
    montreal = parsed("Montréal.wiki")
    # |area_total_km2 = 365,65 |population_total = 1.704.694
    assert 365.65 == montreal.area.total_km2
    assert 1704694 == montreal.population.total


# --- the viwiki sample -----------------------------------------------------------------


def test_viwiki_sample_settlement_pages_parse() -> None:
    """The 23 settlement pages of the viwiki sample parse, each as the template it calls."""
    settlements = sample_settlements(SAMPLE.name)
    assert 23 == len(settlements)
    assert all(name == s.template for name, s in settlements)
    by_template = Counter(name for name, _ in settlements)
    assert {THONG_TIN_KHU_DAN_CU.name: 6, UNIT.name: 15, "Infobox settlement": 2} == by_template
    # Sacramento gives "38°31'" as latitude with empty latd…: no coordinates read.
    assert 21 == sum(s.coordinates is not None for _, s in settlements)
    units = [s for name, s in settlements if name == UNIT.name]
    assert 15 == sum(s.population.as_of is not None for s in units)
    assert {"Việt Nam"} == {s.country for s in units}


def test_hue() -> None:
    """Huế: a city of a province; decimal coordinates, region and province, founding."""
    s = next(s for _, s in sample_settlements(SAMPLE.name) if s.name == "Huế")
    assert ("Thông tin đơn vị hành chính Việt Nam", "vi") == (s.template, s.wiki)
    # {{Thông tin đơn vị hành chính Việt Nam|thành phố thuộc tỉnh
    assert "thành phố thuộc tỉnh" == s.settlement_type
    # | vĩ độ = 16.462622 | kinh độ = 107.585217
    assert s.coordinates is not None
    assert pytest.approx(16.462622, abs=1e-6) == s.coordinates.lat
    assert pytest.approx(107.585217, abs=1e-6) == s.coordinates.lon
    # | thời điểm dân số = 2020
    assert s.population.as_of is not None
    assert 2020 == s.population.as_of.year
    # | vùng = [[Trung Bộ]] | tỉnh = [[Thừa Thiên Huế]]
    assert [("Quốc gia", "Việt Nam"), ("Vùng", "Trung Bộ"), ("Tỉnh", "Thừa Thiên Huế")] == (
        subdivisions(s)
    )
    # | thành lập = 1929
    assert [("Thành lập", 1929)] == [
        (e.title, e.date.year if e.date else None) for e in s.established
    ]
    # | chủ tịch UBND = Võ Lê Nhật | chủ tịch HĐND = Phan Thiên Định |bí thư =  Phan Thiên Định
    assert [
        ("Chủ tịch UBND", "Võ Lê Nhật"),
        ("Bí thư", "Phan Thiên Định"),
        ("Chủ tịch HĐND", "Phan Thiên Định"),
    ] == [(x.title, x.name) for x in sorted(s.leaders, key=lambda x: x.index)]
    assert [] == [d.param for d in s.diagnostics if d.code == "param.unknown"]


def test_bac_kan() -> None:
    """Bắc Kạn: a province; its seat, region, coordinates and population year."""
    s = next(s for _, s in sample_settlements(SAMPLE.name) if s.name == "Bắc Kạn")
    # {{Thông tin đơn vị hành chính Việt Nam|tỉnh
    assert "tỉnh" == s.settlement_type
    # | vĩ độ = 22.161335 | kinh độ = 105.830498
    assert s.coordinates is not None
    assert pytest.approx(22.161335, abs=1e-6) == s.coordinates.lat
    assert pytest.approx(105.830498, abs=1e-6) == s.coordinates.lon
    # | vùng = [[Đông Bắc Bộ]] | thời điểm dân số = 2022
    assert [("Quốc gia", "Việt Nam"), ("Vùng", "Đông Bắc Bộ")] == subdivisions(s)
    assert s.population.as_of is not None
    assert 2022 == s.population.as_of.year
    # | thành lập = * 11/4/1900 * 6/11/1996: tái lập
    assert ["Thành lập"] == [e.title for e in s.established]


def test_vi_sample_localized_values() -> None:
    """Vietnamese numbers with full-stop grouping, a decimal comma and a unit word."""
    settlements = dict((s.name, s) for _, s in sample_settlements(SAMPLE.name))
    # Huế: | dân số = 652.572 người | diện tích = 265,99 km²
    assert 652572 == settlements["Huế"].population.total
    assert 265.99 == settlements["Huế"].area.total_km2
    # Bắc Kạn: | dân số = 454.700 người | diện tích = 4.859,96 km²
    assert 454700 == settlements["Bắc Kạn"].population.total
    assert 4859.96 == settlements["Bắc Kạn"].area.total_km2
    units = [s for name, s in sample_settlements(SAMPLE.name) if name == UNIT.name]
    assert 15 == sum(s.population.total is not None for s in units)
    assert 15 == sum(s.area.total_km2 is not None for s in units)
    assert {"VN"} == {s.country_code for s in units}


def test_viwiki_sample_other_pages_raise() -> None:
    """The sample's pages without a settlement template raise NoInfoboxError."""
    others = [text for _, text in sample() if first_template(text) is None]
    assert 5 == len(others)
    for text in others:
        with pytest.raises(NoInfoboxError):
            parse_infobox(text)


def test_spec_takes_both_names() -> None:
    """English names are themselves; Vietnamese ones map to the English they stand for."""
    spec = spec_for("thông tin khu dân cư")
    assert spec is THONG_TIN_KHU_DAN_CU
    assert "population_total" == spec.canonical("population_total")
    assert "population_total" == spec.canonical("tổng dân số")
    assert "subdivision_name2" == spec.canonical("tên trực thuộc 2")
    assert "leader_name1" == spec.canonical("tên lãnh đạo1")
