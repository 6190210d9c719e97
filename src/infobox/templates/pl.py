"""Polish Wikipedia's settlement template, ``{{Miejscowość infobox}}``.

Sources: the parameters the template defines, as DBpedia's mapping statistics list
them (``dbpedia/extraction-framework``, ``server/src/main/statistics/mappingstats_pl.txt``,
with ``mappings/Mapping_pl.xml``), and the real page Berlin (plwiki rev 64403307).

The country is ``państwo``; the administrative units ``1.``…``5. jednostka
administracyjna`` are shown under a type the country's data template gives
(``{{Państwo dane …}}``), not as a parameter, so they have no type here.
Coordinates are ``współrzędne`` (``52°31′7″N 13°24′30″E``, plain text) or, on
older pages, degrees, minutes and seconds per hemisphere (``stopniN``,
``minutN``, ``sekundN``; ``stopniS``…; ``stopniE``…; ``stopniW``…): N and E are
the ``latd``/``longd`` family with their letters as labels, S and W the
``lat_deg``/``lon_deg`` family.
"""

from __future__ import annotations

from typing import Final

from .spec import Label, TemplateSpec

#: ``{{Miejscowość infobox}}``, Polish Wikipedia's settlement infobox.
MIEJSCOWOSC: Final = TemplateSpec(
    name="Miejscowość infobox",
    wiki="pl",
    params={
        "nazwa": "name",
        "nazwa oryginalna": "native_name",
        "zdjęcie": "image_skyline",
        "opis zdjęcia": "image_caption",
        "herb": "image_shield",
        "flaga": "image_flag",
        "pieczęć": "image_seal",
        "plan miasta": "image_map",
        "państwo": "subdivision_name",
        "1. jednostka administracyjna": "subdivision_name1",
        "2. jednostka administracyjna": "subdivision_name2",
        "3. jednostka administracyjna": "subdivision_name3",
        "4. jednostka administracyjna": "subdivision_name4",
        "5. jednostka administracyjna": "subdivision_name5",
        "stanowisko zarządzającego": "leader_title",
        "zarządzający": "leader_name",
        "powierzchnia": "area_total_km2",
        "wysokość": "elevation_m",
        "rok": "population_as_of",
        "liczba ludności": "population_total",
        "gęstość zaludnienia": "population_density_km2",
        "strefa czasowa": "timezone",
        "numer kierunkowy": "area_code",
        "kod pocztowy": "postal_code",
        "tablice rejestracyjne": "registration_plate",
        "współrzędne": "coordinates",
        "stopniN": "latd",
        "minutN": "latm",
        "sekundN": "lats",
        "stopniS": "lat_deg",
        "minutS": "lat_min",
        "sekundS": "lat_sec",
        "stopniE": "longd",
        "minutE": "longm",
        "sekundE": "longs",
        "stopniW": "lon_deg",
        "minutW": "lon_min",
        "sekundW": "lon_sec",
        "www": "website",
    },
    labels=(
        Label("subdivision_type", "Państwo", when="subdivision_name"),
        Label("latNS", "N", when="latd"),
        Label("longEW", "E", when="longd"),
        Label("lat_dir", "S", when="lat_deg"),
        Label("lon_dir", "W", when="lon_deg"),
    ),
    other=frozenset(
        {
            "1. jednostka tradycyjna",
            "2. jednostka tradycyjna",
            "JPN:drzewo",
            "JPN:kwiat",
            "JPN:ptak",
            "bo:IPA",
            "bo:audio",
            "bo:transkrypcja ZWPY",
            "bo:transliteracja Wyliego",
            "bo:zapis tybetański",
            "commons",
            "data zniszczenia",
            "dopełniacz nazwy",
            "godło",
            "ja:IPA",
            "ja:audio",
            "ja:hiragana",
            "ja:katakana",
            "ja:transkrypcja Hepburna",
            "ja:zapis kanji",
            "ko:IPA",
            "ko:audio",
            "ko:krótka nazwa",
            "ko:transkrypcja MCR",
            "ko:transkrypcja poprawiona",
            "ko:zapis hancha",
            "ko:zapis hangul",
            "kod mapy",
            "obecnie",
            "opis miejsca",
            "podział miasta",
            "powód zniszczenia",
            "wariant flagi",
            "wariant mapy",
            "wikicytaty",
            "wikinews",
            "wikipodróże",
            "wikisłownik",
            "zh:IPA",
            "zh:audio",
            "zh:nazwa skrócona",
            "zh:pismo tradycyjne",
            "zh:pismo uproszczone",
            "zh:transkrypcja Wade-Giles",
            "zh:transkrypcja hanyu pinyin",
            "zh:transkrypcja jyutping",
            "zh:transkrypcja poj",
        }
    ),
    source=(
        "plwiki, Szablon:Miejscowość infobox: its parameters as DBpedia's mapping "
        "statistics list them (dbpedia/extraction-framework "
        "server/src/main/statistics/mappingstats_pl.txt, Mapping_pl.xml) and the page "
        "Berlin"
    ),
)

SPECS: Final = (MIEJSCOWOSC,)
