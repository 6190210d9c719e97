"""Kazakh Wikipedia's settlement card ``{{Елді мекен}}``, as data.

``{{Елді мекен}}`` ("inhabited place") is kkwiki's translation of ruwiki's ``{{НП}}``:
the same rows in the same order, with Kazakh parameter names. Source: kkwiki's
``Берлин`` (rev 2762862, 2020-05-03, ``fixtures/real/settlement/kk/Берлин.wiki``),
which calls the card with its whole blank syntax; the meaning of each parameter is
that of its ``{{НП}}`` counterpart (:mod:`infobox.templates.ru`).

Several names mix a Latin ``i`` into Cyrillic words (``басшының түрi``,
``орталығының биiктігі``): they are written here exactly as the card names them. The
labels are the card's row titles where it has no parameter for them, in the words of
the parameters ("Ел", "Аймақ", "Аудан", "Қауым", "Басшысы", "Құрылған уақыты",
"Алғашқы дерек", "Статус алуы"). Coordinates are the ``lat_deg`` family with
``lat_dir``/``lon_dir``.

>>> ELDI_MEKEN.canonical("тұрғыны"), ELDI_MEKEN.canonical("жер аумағы")
('population_total', 'area_total_km2')
"""

from __future__ import annotations

from typing import Final

from .ru import LINKED_TYPES
from .spec import Label, TemplateSpec

__all__ = ["ELDI_MEKEN", "SPECS"]

ELDI_MEKEN: Final = TemplateSpec(
    name="Елді мекен",
    wiki="kk",
    params={
        "статусы": "settlement_type",
        "қазақша атауы": "name",
        "шынайы атауы": "native_name",
        "сурет": "image_skyline",
        "ел": "subdivision_name",
        "елтаңба": "image_shield",
        "ту": "image_flag",
        "lat_dir": "lat_dir",
        "lat_deg": "lat_deg",
        "lat_min": "lat_min",
        "lat_sec": "lat_sec",
        "lon_dir": "lon_dir",
        "lon_deg": "lon_deg",
        "lon_min": "lon_min",
        "lon_sec": "lon_sec",
        "аймақ түрі": "subdivision_type1",
        "аймағы": "subdivision_name1",
        "аудан түрі": "subdivision_type2",
        "ауданы": "subdivision_name2",
        "қауым түрі": "subdivision_type3",
        "қауым": "subdivision_name3",
        "басшының түрi": "leader_title",
        "басшысы": "leader_name",
        "құрылған уақыты": "established_date1",
        "алғашқы дерек": "established_date2",
        "статус алуы": "established_date3",
        "жер аумағы": "area_total_km2",
        "орталығының биiктігі": "elevation_m",
        "тұрғыны": "population_total",
        "санақ жылы": "population_as_of",
        "тығыздығы": "population_density_km2",
        "шоғырлануы": "population_metro",
        "этнохороним": "population_demonym",
        "уақыт белдеуі": "utc_offset",
        "телефон коды": "area_code",
        "пошта индексі": "postal_code",
        "пошта индекстері": "postal_code",
        "автомобиль коды": "registration_plate",
        "сайты": "website",
    },
    labels=(
        Label("subdivision_type", "Ел", when="subdivision_name"),
        Label("subdivision_type1", "Аймақ", when="subdivision_name1"),
        Label("subdivision_type2", "Аудан", when="subdivision_name2"),
        Label("subdivision_type3", "Қауым", when="subdivision_name3"),
        Label("leader_title", "Басшысы", when="leader_name"),
        Label("established_title1", "Құрылған уақыты", when="established_date1"),
        Label("established_title2", "Алғашқы дерек", when="established_date2"),
        Label("established_title3", "Статус алуы", when="established_date3"),
    ),
    other=frozenset(
        {
            "жағдайы",
            "елтаңба сипаттамасы",
            "ту сипаттамасы",
            "елтаңба ені",
            "ту ені",
            "CoordAddon",
            "CoordScale",
            "шекара түрі",
            "кестедегі шекара",
            "ел картасының өлшемi",
            "аймақ картасының өлшемi",
            "аудан картасының өлшемi",
            "кестедегі аймақ",
            "кестедегі аудан",
            "кестедегі қауым",
            "ішкі бөлінісі",
            "бұрынғы атаулары",
            "биiктiктiң түрi",
            "климаты",
            "ресми тілі",
            "ұлттық құрамы",
            "конфессионалдық құрамы",
            "DST",
            "идентификатор түрі",
            "сандық идентификаторы",
            "ортаққордағы санаты",
            "сайт тілі",
        }
    ),
    source="kkwiki, Template:Елді мекен as kkwiki's Берлин calls it (rev 2762862)",
    linked=LINKED_TYPES,
)

SPECS: Final = (ELDI_MEKEN,)
