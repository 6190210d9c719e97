"""Tests for infobox.article.facts: the per-sentence fact rules of English, Latvian and Russian."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from decimal import Decimal

import attrs
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from infobox.article.facts import KINDS, Found, extract
from infobox.article.languages import (
    COMMON_UNITS,
    LANGUAGES,
    FactWords,
    Language,
    words,
)
from infobox.models import FrozenMap
from infobox.values.units import area_to_km2

EN, LV, RU = LANGUAGES["en"], LANGUAGES["lv"], LANGUAGES["ru"]

Row = tuple[str, int | float | str, str | None, dict[str, str]]


def facts(sentence: str, language: Language, names: Collection[str] = ()) -> list[Row]:
    """The facts of a sentence as plain tuples: kind, value, unit, qualifiers."""
    return [
        (f.kind, f.value, f.unit, dict(f.qualifiers))
        for f in extract(sentence, language, names=names)
    ]


def evidence(sentence: str, language: Language) -> list[str]:
    """The evidence text of each fact of a sentence."""
    return [sentence[f.start : f.end] for f in extract(sentence, language)]


def significant_digits(value: float) -> str:
    """The digits of a number without sign, point, leading or trailing zeros."""
    text = format(Decimal(repr(abs(value))), "f")
    return text.replace(".", "").strip("0")


def check_found(sentence: str, found: Sequence[Found]) -> None:
    """Every fact lies inside the sentence, in order, and its evidence holds its digits."""
    starts = [f.start for f in found]
    assert sorted(starts) == starts
    for f in found:
        assert f.kind in KINDS
        assert 0 <= f.start < f.end <= len(sentence)
        if f.kind == "region":
            assert isinstance(f.value, str)
            continue
        assert isinstance(f.value, int | float)
        if f.kind in {"population", "founded"}:
            assert isinstance(f.value, int)
        if "converted_from" not in f.qualifiers:
            digits = re.sub(r"[^0-9]", "", sentence[f.start : f.end])
            assert significant_digits(f.value) in digits


# --- the seeds ---------------------------------------------------------------------------

LV_SEEDS: list[tuple[str, list[Row], list[str]]] = [
    (
        "Žezkazghana (kazahu: Жезқазған) ir pilsēta Kazahstānā, Ulitau apgabala centrs.",
        [("region", "Ulitau apgabals", None, {})],
        ["Ulitau apgabala"],
    ),
    (
        "Tās apdzīvotā platība iekļauj industriālo raktuvju kaimiņu pilsētu Satpajevu, "
        "veidojot kopējo iedzīvotāju skaitu ap 150 tūkstošiem.",
        [("population", 150000, None, {"scope": "urban", "approximate": "true"})],
        ["ap 150 tūkstošiem"],
    ),
    (
        "55% iedzīvotāju ir kazahi, 30% krievi, pastāv arī mazākas minoritātes - ukraiņi, "
        "vācieši, čečeni un korejieši.",
        [
            ("share", 55.0, "%", {"group": "Kazakhs"}),
            ("share", 30.0, "%", {"group": "Russians"}),
        ],
        ["55%", "30%"],
    ),
    (
        "Aptuveni 400 kilometrus uz dienvidrietumiem atrodas Baikonuras kosmodroms un kosmosa "
        "kuģu nolaišanās parasti notiek Žezkazghanas tuvumā.",
        [
            (
                "distance",
                400.0,
                "km",
                {"place": "Baikonuras kosmodroms", "direction": "SW", "approximate": "true"},
            )
        ],
        ["Aptuveni 400 kilometrus"],
    ),
    (
        "Vidējās temperatūras ir 24 °C jūlijā un -16 °C janvārī.",
        [
            ("temperature", 24.0, "°C", {"month": "07", "statistic": "mean"}),
            ("temperature", -16.0, "°C", {"month": "01", "statistic": "mean"}),
        ],
        ["24 °C", "-16 °C"],
    ),
    (
        "Pilsētu izveidoja 1938. gadā, saistībā ar netālo vara atradņu izpēti.",
        [("founded", 1938, None, {})],
        ["1938"],
    ),
]

LV_SEED_QUIET = [
    "Atrodas pie ūdenskrātuves uz Karakengiras upes.",
    'No 1948. līdz 1956. gadam Žezkazghanā atradās GULAG sistēmas politieslodzīto "specnometnes" '
    "Steplaga pārvaldes centrs Kengira, kas minēta Aleksandra Solžeņicina grāmatā Gulaga "
    'arhipelāgs un Aleksandra Dolguna "Amerikānis Gulagā".',
    "1954. gada 16. maijā — 26. jūnijā notika sacelšanās Kengiras nometnē, kuras laikā "
    "ieslodzītie paši 40 dienas pārvaldīja nometni.",
    "1973. gadā pilsētas dienvidaustrumos tika uzbūvēts liels raktuvju un metalurģijas "
    "komplekss, lai pārkausētu rūdu, kas līdz tam tika sūtīta apstrādei citur.",
    "Sibīrijas stāstiem tiek veidots skaudrs turpinājums Dzintra Geka, 2004. gada 17. novembrī.",
    "Pilsētas vietne Arhivēts 2016. gada 4. jūnijā, Wayback Machine vietnē.",
    "Pazīstamākais cilvēks, kas dzimis Žezkazghanā, ir krievu aktieris Oļegs Jankovskis.",
]

EN_OLD_SEEDS: list[tuple[str, list[Row], list[str]]] = [
    (
        "Jezkazgan or Zhezkazgan ( / Jezqazğan), formerly known as Dzhezkazgan , is a city in "
        "Karagandy Province, Kazakhstan, on a reservoir of the Kara-Kengir River.",
        [("region", "Karagandy Province", None, {})],
        ["Karagandy Province"],
    ),
    (
        "The city population is of 90,000 (1999 census).",
        [("population", 90000, None, {"year": "1999", "scope": "city"})],
        ["90,000"],
    ),
    (
        "Its urban area includes the neighbouring mining town of Satpayev, for a total city "
        "population of 148,700.",
        [("population", 148700, None, {"scope": "urban"})],
        ["148,700"],
    ),
    (
        "55% of Jezkagan population are Kazakhs, 30% Russians, with smaller minorities of "
        "Ukrainians, Germans, Chechens and Koreans.",
        [
            ("share", 55.0, "%", {"group": "Kazakhs"}),
            ("share", 30.0, "%", {"group": "Russians"}),
        ],
        ["55%", "30%"],
    ),
    (
        "The average temperature ranges from 24 °C (75.2 °F) in July to -16 °C in January.",
        [
            ("temperature", 24.0, "°C", {"month": "07", "statistic": "mean"}),
            ("temperature", -16.0, "°C", {"month": "01", "statistic": "mean"}),
        ],
        ["24 °C", "-16 °C"],
    ),
    (
        "The city was created in 1938 in connection with the exploitation of the rich local "
        "copper deposits.",
        [("founded", 1938, None, {})],
        ["1938"],
    ),
    (
        "There is a power station, Kazakhmys Power Plant with generation capacity of 207 MW and "
        "a 220 metres tall main chimney.",
        [
            ("capacity", 207.0, "MW", {"facility": "Kazakhmys Power Plant"}),
            ("height", 220.0, "m", {"structure": "main chimney"}),
        ],
        ["207 MW", "220 metres"],
    ),
    (
        "The Baikonur Cosmodrome lies 400 kilometres (248.5 mi) to the south west and, by "
        "tradition, every cosmonaut plants a tree in Jezkazgan's Seyfullin-Boulevard to mark his "
        "safe return from space.",
        [("distance", 400.0, "km", {"place": "Baikonur Cosmodrome", "direction": "SW"})],
        ["400 kilometres"],
    ),
]

EN_OLD_SEED_QUIET = [
    "In 1973 a large mining and metallurgical complex was constructed to the southeast to smelt "
    "the copper that until then had been sent elsewhere for processing.",
    "Jezkazgan is connected by road to the cities Karaganda (by class-B European route E018), "
    "Kyzylorda and Arkalyk (both by the European route E123).",
    "Jezkazgan is situated in the very heart of the Kazakh upland, far away from a big river.",
    "Although Jezkazgan is centrally located in the country, it has limited connections to the "
    "other regions by rail, except for a rail line to the regional capital city Karaganda.",
]

EN_WIKI_SEEDS: list[tuple[str, list[Row], list[str]]] = [
    (
        "Jezkazgan or Zhezkazgan (Жезқазған, Жезказган) is a city in Kazakhstan, the capital of "
        "the Ulytau Region.",
        [("region", "Ulytau Region", None, {})],
        ["Ulytau Region"],
    ),
    (
        "The city is located in the center of the country, 100 km southeast of the geographical "
        "center of Kazakhstan.",
        [
            (
                "distance",
                100.0,
                "km",
                {"place": "geographical center of Kazakhstan", "direction": "SE"},
            )
        ],
        ["100 km"],
    ),
    (
        "As of 2023, 89,079 people live in the city, and 92,907 people live in the urban area.",
        [
            ("population", 89079, None, {"year": "2023", "scope": "city"}),
            ("population", 92907, None, {"year": "2023", "scope": "urban"}),
        ],
        ["89,079", "92,907"],
    ),
    (
        "Previously, the city was part of the Karaganda Region, but since 2022 Jezkazgan is the "
        "capital of the Ulytau Region.",
        [
            ("region", "Karaganda Region", None, {"former": "true"}),
            ("region", "Ulytau Region", None, {"since": "2022"}),
        ],
        ["Karaganda Region", "Ulytau Region"],
    ),
]

SEEDS = [
    *((LV, s, f, e) for s, f, e in LV_SEEDS),
    *((EN, s, f, e) for s, f, e in EN_OLD_SEEDS),
    *((EN, s, f, e) for s, f, e in EN_WIKI_SEEDS),
]


@pytest.mark.parametrize(
    ("language", "sentence", "expected", "texts"),
    SEEDS,
    ids=[f"{lang.code}-{i}" for i, (lang, *_) in enumerate(SEEDS)],
)
def test_seed_sentence(
    language: Language, sentence: str, expected: list[Row], texts: list[str]
) -> None:
    """Each seed sentence yields exactly its facts, with the number and unit as evidence."""
    assert expected == facts(sentence, language)
    assert texts == evidence(sentence, language)
    check_found(sentence, extract(sentence, language))


@pytest.mark.parametrize(
    ("language", "sentence"),
    [*((LV, s) for s in LV_SEED_QUIET), *((EN, s) for s in EN_OLD_SEED_QUIET)],
)
def test_seed_sentence_without_facts(language: Language, sentence: str) -> None:
    """Dates, durations, ordinals and years of other events in the seeds give no fact."""
    assert [] == facts(sentence, language)


# --- English ----------------------------------------------------------------------------

EN_CASES: list[tuple[str, list[Row]]] = [
    (
        "At the 2010 census, the town had a population of 12,345.",
        [("population", 12345, None, {"year": "2010", "scope": "city"})],
    ),
    (
        "The population was 12,345 at the 2010 census.",
        [("population", 12345, None, {"year": "2010", "scope": "city"})],
    ),
    (
        "The city has a population of about 1.2 million.",
        [("population", 1200000, None, {"scope": "city", "approximate": "true"})],
    ),
    (
        "In 1999 the population was 90,000.",
        [("population", 90000, None, {"year": "1999", "scope": "city"})],
    ),
    (
        "The town, founded in 1938, has 20,000 inhabitants.",
        [("founded", 1938, None, {}), ("population", 20000, None, {"scope": "city"})],
    ),
    (
        "There were 1938 inhabitants in 2010.",
        [("population", 1938, None, {"year": "2010", "scope": "city"})],
    ),
    (
        "The population of the metropolitan area is 2,500,000.",
        [("population", 2500000, None, {"scope": "metro"})],
    ),
    ("Jezkazgan lies at an elevation of 300 m.", [("elevation", 300.0, "m", {})]),
    ("The town is 350 metres above sea level.", [("elevation", 350.0, "m", {})]),
    ("It lies 28 m below sea level.", [("elevation", -28.0, "m", {})]),
    ("The city covers 47 km² (18 sq mi).", [("area", 47.0, "km2", {})]),
    ("Jezkazgan covers 47 km².", [("area", 47.0, "km2", {})]),
    ("Its area is 1,000 hectares.", [("area", 10.0, "km2", {"converted_from": "ha"})]),
    (
        "The municipality covers an area of 18 sq mi.",
        [("area", area_to_km2(18, "sqmi") or 0.0, "km2", {"converted_from": "sqmi"})],
    ),
    (
        "Almaty lies 250 mi (400 km) to the south.",
        [("distance", 400.0, "km", {"place": "Almaty", "direction": "S"})],
    ),
    ("The village is 30 km from Karaganda.", [("distance", 30.0, "km", {"place": "Karaganda"})]),
    ("The town was founded in 1938.", [("founded", 1938, None, {})]),
    ("It was founded on 16 May 1938 as a workers' settlement.", [("founded", 1938, None, {})]),
    ("Founded in 1938, the settlement grew quickly.", [("founded", 1938, None, {})]),
    ("The TV tower is 120 m tall.", [("height", 120.0, "m", {"structure": "TV tower"})]),
    (
        "The dam has a capacity of 1.2 GW.",
        [("capacity", 1200.0, "MW", {"facility": "dam", "converted_from": "GW"})],
    ),
    (
        "In January the mean is −16 °C and in July 24 °C.",
        [
            ("temperature", -16.0, "°C", {"month": "01", "statistic": "mean"}),
            ("temperature", 24.0, "°C", {"month": "07", "statistic": "mean"}),
        ],
    ),
    (
        "Mean temperatures range from 75 °F in July to 14 °F in January.",
        [
            (
                "temperature",
                float((Decimal(75) - 32) * 5 / 9),
                "°C",
                {"month": "07", "statistic": "mean", "converted_from": "°F"},
            ),
            (
                "temperature",
                -10.0,
                "°C",
                {"month": "01", "statistic": "mean", "converted_from": "°F"},
            ),
        ],
    ),
    (
        "The record high of 31 °C was measured in 1972.",
        [("temperature", 31.0, "°C", {"statistic": "max"})],
    ),
    (
        "The ethnic composition is Kazakhs (55%), Russians (30%) and Ukrainians (5%).",
        [
            ("share", 55.0, "%", {"group": "Kazakhs"}),
            ("share", 30.0, "%", {"group": "Russians"}),
            ("share", 5.0, "%", {"group": "Ukrainians"}),
        ],
    ),
    (
        "Jezkazgan is a town in the Ulytau Region of Kazakhstan.",
        [("region", "Ulytau Region", None, {})],
    ),
    (
        "Until 2022 the city was part of the Karaganda Region.",
        [("region", "Karaganda Region", None, {"former": "true"})],
    ),
]

EN_QUIET = [
    "The population in 1938 was small.",
    "The population of the town was counted in 1999.",
    "See pages 1938–1945 of the report, ISBN 978-5-17-118366-2.",
    "Call +7 7102 73 00 00 for details.",
    "During the uprising 40 people were killed.",
    "The stadium holds 20,000 people.",
    "In the 1990s the population fell by 20,000.",
    "The population density is 1,895 per km².",
    "Over 90,000 people live in the city.",
    "Kazakhmys was founded in 1992.",
    "The company was established in 1992 in the city.",
    "The river is 400 km long.",
    "The harbour covers 2.5 km².",
    "Today the harbour covers 2.5 km².",
    "The city's airport is 18 km south of the centre.",
    "On 16 May 1954 the uprising began and lasted 40 days.",
    "The speed limit is 60 km/h.",
    "Temperatures vary between 12–15 °C.",
    "The 2nd school opened in 1956 with 400 pupils.",
    "The report [1] lists 3 mines.",
    "The population of Jezkazgan was 1,2345.",
]


@pytest.mark.parametrize(("sentence", "expected"), EN_CASES)
def test_english(sentence: str, expected: list[Row]) -> None:
    """English sentences in the styles articles use give their facts."""
    assert expected == facts(sentence, EN)
    check_found(sentence, extract(sentence, EN))


@pytest.mark.parametrize("sentence", EN_QUIET)
def test_english_without_facts(sentence: str) -> None:
    """Years, page numbers, codes, counts of other things and bounds give no fact."""
    assert [] == facts(sentence, EN)


# --- Latvian ----------------------------------------------------------------------------

LV_CASES: list[tuple[str, list[Row]]] = [
    (
        "Pilsētā 2023. gadā dzīvoja 85 000 iedzīvotāju.",
        [("population", 85000, None, {"year": "2023", "scope": "city"})],
    ),
    ("Iedzīvotāju skaits ir 1,2 miljoni.", [("population", 1200000, None, {"scope": "city"})]),
    ("Pilsētā dzīvo 150 tūkst. iedzīvotāju.", [("population", 150000, None, {"scope": "city"})]),
    (
        "Iedzīvotāju skaits 1989. gadā bija 109 000.",
        [("population", 109000, None, {"year": "1989", "scope": "city"})],
    ),
    (
        "Aglomerācijā dzīvo ap 150\u00a0000 cilvēku.",
        [("population", 150000, None, {"scope": "urban", "approximate": "true"})],
    ),
    ("Pilsēta atrodas 300 m virs jūras līmeņa.", [("elevation", 300.0, "m", {})]),
    ("Pilsētas platība ir 47 km².", [("area", 47.0, "km2", {})]),
    ("Pilsēta dibināta 1938. gadā.", [("founded", 1938, None, {})]),
    ("Pilsētu nodibināja 1938. gadā.", [("founded", 1938, None, {})]),
    ("1938. gadā tika dibināta pilsēta.", [("founded", 1938, None, {})]),
    (
        "Janvārī vidējā temperatūra ir -16 °C, jūlijā 24 °C.",
        [
            ("temperature", -16.0, "°C", {"month": "01", "statistic": "mean"}),
            ("temperature", 24.0, "°C", {"month": "07", "statistic": "mean"}),
        ],
    ),
    (
        "Vidējā temperatūra jūlijā ir 24,5 °C.",
        [("temperature", 24.5, "°C", {"month": "07", "statistic": "mean"})],
    ),
    (
        "Pilsēta atrodas 30 km uz ziemeļiem no Karagandas.",
        [("distance", 30.0, "km", {"place": "Karagandas", "direction": "N"})],
    ),
    (
        "Pilsēta atrodas Karagandas apgabalā.",
        [("region", "Karagandas apgabals", None, {})],
    ),
    (
        "Kopš 2022. gada pilsēta ir Ulitau apgabala centrs.",
        [("region", "Ulitau apgabals", None, {"since": "2022"})],
    ),
    (
        "Agrāk pilsēta bija Karagandas apgabala sastāvā.",
        [("region", "Karagandas apgabals", None, {"former": "true"})],
    ),
    (
        "Elektrostacijas jauda ir 207 MW.",
        [("capacity", 207.0, "MW", {"facility": "Elektrostacijas"})],
    ),
    ("Skurstenis ir 220 m augsts.", [("height", 220.0, "m", {"structure": "Skurstenis"})]),
    (
        "Kazahi ir 55%, krievi 30%.",
        [
            ("share", 55.0, "%", {"group": "Kazakhs"}),
            ("share", 30.0, "%", {"group": "Russians"}),
        ],
    ),
]

LV_QUIET = [
    "1954. gada 16. maijā sākās sacelšanās, kas ilga 40 dienas.",
    "No 1948. līdz 1956. gadam pilsētā atradās nometne.",
    "Iedzīvotāju blīvums ir 1200 cilvēku uz km².",
    "Vairāk nekā 5000 iedzīvotāju aizbrauca.",
    "Grāmata izdota 2004. gadā, 320 lpp.",
    "Tālrunis 67 123 456.",
    "Rūdu ved pa 42 kilometrus garu dzelzceļa līniju.",
    "Fabrikā strādā 3 200 cilvēku.",
]


@pytest.mark.parametrize(("sentence", "expected"), LV_CASES)
def test_latvian(sentence: str, expected: list[Row]) -> None:
    """Latvian sentences in the styles articles use give their facts."""
    assert expected == facts(sentence, LV)
    check_found(sentence, extract(sentence, LV))


@pytest.mark.parametrize("sentence", LV_QUIET)
def test_latvian_without_facts(sentence: str) -> None:
    """Dates, ordinals, durations, densities, bounds and workers give no fact."""
    assert [] == facts(sentence, LV)


# --- Russian ----------------------------------------------------------------------------

RU_CASES: list[tuple[str, list[Row]]] = [
    (
        "Население города на 2023 год составляет 89 079 человек.",
        [("population", 89079, None, {"year": "2023", "scope": "city"})],
    ),
    (
        "По переписи 2010 года в городе проживало 85 000 человек.",
        [("population", 85000, None, {"year": "2010", "scope": "city"})],
    ),
    (
        "Население на 1 января 2023 года составляло 68 230 человек.",
        [("population", 68230, None, {"year": "2023", "scope": "city"})],
    ),
    (
        "Население — около 90 тыс. человек.",
        [("population", 90000, None, {"scope": "city", "approximate": "true"})],
    ),
    (
        "Численность населения — 1,2 млн жителей.",
        [("population", 1200000, None, {"scope": "city"})],
    ),
    ("В городе проживает 12 345 жителей.", [("population", 12345, None, {"scope": "city"})]),
    ("Город основан в 1938 году.", [("founded", 1938, None, {})]),
    ("Основан в 1938 году как посёлок.", [("founded", 1938, None, {})]),
    ("Город расположен на высоте 300 м над уровнем моря.", [("elevation", 300.0, "m", {})]),
    ("Площадь города — 47 км².", [("area", 47.0, "km2", {})]),
    (
        "Площадь города — 1 250 га.",
        [("area", 12.5, "km2", {"converted_from": "ha"})],
    ),
    (
        "Средняя температура января −16 °C, июля +24 °C.",
        [
            ("temperature", -16.0, "°C", {"month": "01", "statistic": "mean"}),
            ("temperature", 24.0, "°C", {"month": "07", "statistic": "mean"}),
        ],
    ),
    (
        "Космодром Байконур находится в 400 км к юго-западу от города.",
        [("distance", 400.0, "km", {"place": "Космодром Байконур", "direction": "SW"})],
    ),
    (
        "Город расположен в 100 км к юго-востоку от Караганды.",
        [("distance", 100.0, "km", {"place": "Караганды", "direction": "SE"})],
    ),
    (
        "Рядом работает Жезказганская ТЭЦ мощностью 207 МВт.",
        [("capacity", 207.0, "MW", {"facility": "Жезказганская ТЭЦ"})],
    ),
    ("Дымовая труба высотой 220 м.", [("height", 220.0, "m", {"structure": "Дымовая труба"})]),
    (
        "Национальный состав: казахи — 55 %, русские — 30 %.",
        [
            ("share", 55.0, "%", {"group": "Kazakhs"}),
            ("share", 30.0, "%", {"group": "Russians"}),
        ],
    ),
    (
        "Жезказган — город в Карагандинской области Казахстана.",
        [("region", "Карагандинская область", None, {})],
    ),
    (
        "С 2022 года город является центром Улытауской области.",
        [("region", "Улытауская область", None, {"since": "2022"})],
    ),
    (
        "Ранее город входил в состав Карагандинской области.",
        [("region", "Карагандинская область", None, {"former": "true"})],
    ),
]

RU_QUIET = [
    "В 1973 году был построен горно-металлургический комбинат.",
    "Восстание длилось 40 дней.",
    "Численность населения агломерации превышает 150 тысяч человек.",
    "Плотность населения — 1895 человек на км².",
    "Население сократилось на 5 тыс. человек.",
    "ISBN 978-5-17-118366-2, с. 123.",
    "16 июля 1954 года в лагере началось восстание.",
    "В 1990-х годах население уменьшилось.",
    "На комбинате работают около 12 тыс. человек.",
]


@pytest.mark.parametrize(("sentence", "expected"), RU_CASES)
def test_russian(sentence: str, expected: list[Row]) -> None:
    """Russian sentences in the styles articles use give their facts."""
    assert expected == facts(sentence, RU)
    check_found(sentence, extract(sentence, RU))


@pytest.mark.parametrize("sentence", RU_QUIET)
def test_russian_without_facts(sentence: str) -> None:
    """Years, dates, decades, codes, bounds, changes and workers give no fact."""
    assert [] == facts(sentence, RU)


# --- traps found on real pages ---------------------------------------------------------
# Each sentence here (from the Berlin, Pretoria, Toronto, Alabama, Islamabad and other
# pages in fixtures/real/, or their Latvian and Russian equivalents) gave a false fact
# before the rule its test names. Rows are (language, sentence, expected facts, names).

Trap = tuple[Language, str, list[Row], tuple[str, ...]]


def _trap_ids(cases: Sequence[Trap]) -> list[str]:
    return [f"{lang.code}-{i}" for i, (lang, *_) in enumerate(cases)]


def _check_trap(
    language: Language, sentence: str, expected: list[Row], names: Sequence[str]
) -> None:
    assert expected == facts(sentence, language, names)
    check_found(sentence, extract(sentence, language, names=names))


DAY_TRAPS: list[Trap] = [
    (
        EN,
        "In 1989, with the end of the Cold War and pressure from the East German population, "
        "the Berlin Wall fell on 9 November 1989.",
        [],
        (),
    ),
    (EN, "The population peaked on November 9, 1989.", [], ()),
    (EN, "The population fell sharply after 9 May 1945.", [], ()),
    (RU, "Население Берлина вышло на улицы 9 ноября 1989 года.", [], ()),
    # The day dates the count; it is not one.
    (
        RU,
        "Население на 1 августа 2017 года — 3 644 826 человек.",
        [("population", 3644826, None, {"year": "2017", "scope": "city"})],
        (),
    ),
    (LV, "Iedzīvotāju skaits sasniedza maksimumu 9 novembrī.", [], ()),
    (
        LV,
        "Iedzīvotāju skaits uz 1 janvāri bija 632 614.",
        [("population", 632614, None, {"scope": "city"})],
        (),
    ),
]


@pytest.mark.parametrize(
    ("language", "sentence", "expected", "names"), DAY_TRAPS, ids=_trap_ids(DAY_TRAPS)
)
def test_a_day_of_a_date_is_never_a_count(
    language: Language, sentence: str, expected: list[Row], names: tuple[str, ...]
) -> None:
    """A number with a month name next to it (``9 November``, ``1 августа``) is a day."""
    _check_trap(language, sentence, expected, names)


TIE_TRAPS: list[Trap] = [
    (
        EN,
        "Under pressure from the East German population, the Berlin Wall fell after 28 years.",
        [],
        (),
    ),
    (
        EN,
        "Since its founding it has been a major Afrikaner population centre, and currently "
        "there are roughly 400,000 Afrikaners living in or around the city.",
        [],
        (),
    ),
    (
        EN,
        "The population was spread out with 188 people (15.5%) under the age of 18, 91 people "
        "(7.5%) aged 18 to 24.",
        [],
        (),
    ),
    (
        EN,
        "Islamabad had an estimated population of around 1.67 million in 2011 which according "
        "to the estimate of Population Census Organization will rise to around 2 million in "
        "2020.",
        [
            (
                "population",
                1670000,
                None,
                {"year": "2011", "scope": "city", "approximate": "true"},
            )
        ],
        (),
    ),
    (RU, "Население города сильно пострадало, погибли 5000 человек.", [], ()),
    (LV, "Iedzīvotāju protestu dēļ valdība atkāpās, un 5000 cilvēku izbrauca.", [], ()),
    # Tied: linking words, dates and the population word's owner between.
    (
        EN,
        "Its population was estimated at 90,000 in 2015.",
        [("population", 90000, None, {"year": "2015", "scope": "city"})],
        (),
    ),
    (
        EN,
        "The population of Jezkazgan in 2010 was 90,000.",
        [("population", 90000, None, {"year": "2010", "scope": "city"})],
        (),
    ),
    (
        RU,
        "В 1400 году население объединённого Берлина составляло 8000 человек.",
        [("population", 8000, None, {"year": "1400", "scope": "city"})],
        (),
    ),
    (
        LV,
        "Iedzīvotāju skaits 2020. gada 1. janvārī bija 150 000.",
        [("population", 150000, None, {"year": "2020", "scope": "city"})],
        (),
    ),
]


@pytest.mark.parametrize(
    ("language", "sentence", "expected", "names"), TIE_TRAPS, ids=_trap_ids(TIE_TRAPS)
)
def test_a_population_word_must_be_tied_to_its_count(
    language: Language, sentence: str, expected: list[Row], names: tuple[str, ...]
) -> None:
    """Another noun phrase and verb between the population word and a number untie them."""
    _check_trap(language, sentence, expected, names)


SUBGROUP_TRAPS: list[Trap] = [
    (RU, "В Берлине проживает около 477 900 жителей-иностранцев из 185 государств.", [], ()),
    (RU, "Иностранное население города составляет 477 900 человек.", [], ()),
    (RU, "Из них 20 000 человек проживают в городе.", [], ()),
    (EN, "The foreign population of the city is 477,900.", [], ()),
    (EN, "The total migrant population of the city is 1 million.", [], ()),
    (EN, "The city has 20,000 inhabitants of foreign origin.", [], ()),
    (
        EN,
        "The district has 100,000 inhabitants, of whom 20,000 people live in the town.",
        [],  # the district's count is not the town's; the part of it is no count at all
        (),
    ),
    (LV, "Ārvalstu iedzīvotāju skaits ir 12 000.", [], ()),
    (
        LV,
        "Pilsētā dzīvo 12 000 iedzīvotāju, no kuriem 3000 ir ārzemnieki.",
        [("population", 12000, None, {"scope": "city"})],
        (),
    ),
]


@pytest.mark.parametrize(
    ("language", "sentence", "expected", "names"), SUBGROUP_TRAPS, ids=_trap_ids(SUBGROUP_TRAPS)
)
def test_a_subgroup_is_not_the_population(
    language: Language, sentence: str, expected: list[Row], names: tuple[str, ...]
) -> None:
    """Foreigners, migrants, ``of whom …``: a part of the population is not its size."""
    _check_trap(language, sentence, expected, names)


SHARE_TRAPS: list[Trap] = [
    (EN, "About 500 top athletes (15% of all German top athletes) are based there.", [], ()),
    (
        EN,
        "In a 2007 survey, nearly 70% of respondents could name all four of the Christian Gospels.",
        [],
        (),
    ),
    (
        EN,
        "About 2.7% of the population identify with other Christian denominations (mostly "
        "Eastern Orthodox, but also various Protestants).",
        [],
        (),
    ),
    # A church is not a group: its members' share is not read.
    (
        EN,
        "According to the EKBO, their membership accounted for 18.7 percent of the local "
        "population, while the Roman Catholic Church had 9.1 percent of residents registered "
        "as its members.",
        [],
        (),
    ),
    (
        EN,
        "In 2018 14.9 percent were members of the Evangelical Church, and 8.5 percent were "
        "members of the Catholic Church.",
        [],
        (),
    ),
    (
        EN,
        "The largest ancestry groups are German (5.7%), Irish (7.7%) and Russian (2.0%).",
        [
            ("share", 5.7, "%", {"group": "Germans"}),
            ("share", 2.0, "%", {"group": "Russians"}),
        ],
        (),
    ),
    # Group names in a list are groups, adjectives or not.
    (
        EN,
        "The population is 55% Kazakh, 30% Russian and 5% Ukrainian.",
        [
            ("share", 55.0, "%", {"group": "Kazakhs"}),
            ("share", 30.0, "%", {"group": "Russians"}),
            ("share", 5.0, "%", {"group": "Ukrainians"}),
        ],
        (),
    ),
    (RU, "Около 500 спортсменов (15 % всех русских спортсменов страны) живут здесь.", [], ()),
    (
        RU,
        "Казахи составляют 64 % от общей численности населения.",
        [("share", 64.0, "%", {"group": "Kazakhs"})],
        (),
    ),
    (LV, "Šeit trenējas ap 500 sportistu (15% no visiem krievu sportistiem).", [], ()),
]


@pytest.mark.parametrize(
    ("language", "sentence", "expected", "names"), SHARE_TRAPS, ids=_trap_ids(SHARE_TRAPS)
)
def test_a_share_is_a_group_of_the_population(
    language: Language, sentence: str, expected: list[Row], names: tuple[str, ...]
) -> None:
    """A share of athletes or respondents, or an adjective (``German top athletes``), is none."""
    _check_trap(language, sentence, expected, names)


CHANGE_TRAPS: list[Trap] = [
    (
        EN,
        "It formed most of the territory that comprises modern Berlin and increased the "
        "population from 1.9 million to 3.8 million.",
        [],
        (),
    ),
    (EN, "The town grew from 1,000 inhabitants to 3,000 inhabitants.", [], ()),
    (
        EN,
        "Depending on the extent of the area, the population ranges from 500,000 to 2.95 million.",
        [],
        (),
    ),
    (EN, "The act increased the area of Berlin from 66 to 883 km2.", [], ("Berlin",)),
    (
        EN,
        "Elevation ranges from 75 m above sea level at the Lake Ontario shore to 209 m above sea "
        "level in the north.",
        [],
        (),
    ),
    (RU, "Население города выросло с 1,9 млн до 3,8 млн человек.", [], ()),
    (LV, "Iedzīvotāju skaits pieauga no 1,9 miljoniem līdz 3,8 miljoniem.", [], ()),
]


@pytest.mark.parametrize(
    ("language", "sentence", "expected", "names"), CHANGE_TRAPS, ids=_trap_ids(CHANGE_TRAPS)
)
def test_a_change_from_one_number_to_another_gives_neither(
    language: Language, sentence: str, expected: list[Row], names: tuple[str, ...]
) -> None:
    """``from X to Y`` is a change or a range: neither end is the place's value."""
    _check_trap(language, sentence, expected, names)


TEMPERATURE_TRAPS: list[Trap] = [
    (
        EN,
        "Berlin has an oceanic climate (Köppen: Cfb); the eastern part of the city has a slight "
        "continental influence (Dfb), especially in the 0 °C isotherm, one of the changes being "
        "the annual rainfall.",
        [],
        (),
    ),
    (EN, "In January, the 0 °C isotherm runs through the city.", [], ()),
    (LV, "Janvārī 0 °C izoterma šķērso pilsētu.", [], ()),
    (RU, "В январе изотерма 0 °C проходит через город.", [], ()),
    (EN, "The glass transition temperature of the blocks is typically −90 °C.", [], ()),
    (
        EN,
        "During a heatwave in November 2011, Pretoria experienced temperatures that reached 39 °C.",
        [],
        (),
    ),
    (LV, "Vasarā temperatūra sasniedz 35 °C.", [], ()),
    (RU, "Летом температура достигает 35 °C.", [], ()),
    # A mean without a month is the year's only when the sentence says so.
    (EN, "Winters are cold, with an average temperature of 3 °C.", [], ()),
    (LV, "Ziemas ir aukstas ar vidējo temperatūru 3 °C dienā un -2 °C naktī.", [], ()),
    (RU, "Зимы холодные, средняя температура — около 0 °C.", [], ()),
    (
        EN,
        "The average annual temperature is 18.7 °C.",
        [("temperature", 18.7, "°C", {"statistic": "mean"})],
        (),
    ),
    (
        RU,
        "Среднегодовая температура составляет +9,9 °C.",
        [("temperature", 9.9, "°C", {"statistic": "mean"})],
        (),
    ),
    (
        LV,
        "Gada vidējā temperatūra ir 6,5 °C.",
        [("temperature", 6.5, "°C", {"statistic": "mean"})],
        (),
    ),
    # A list of months is a season: no month is the temperature's.
    (
        EN,
        "The warmest months are June, July and August, with a mean temperature of 18.8 °C.",
        [],
        (),
    ),
    (
        RU,
        "Самые тёплые месяцы — это июнь, июль и август со среднесуточной температурой +18,8 °C.",
        [],
        (),
    ),
    (
        LV,
        "Siltākie mēneši ir jūnijs, jūlijs un augusts ar vidējo temperatūru 18,8 °C.",
        [],
        (),
    ),
    # A difference is no temperature.
    (
        LV,
        "Pilsētā mēdz būt par 4 °C augstāka temperatūra nekā apkārtējos apgabalos.",
        [],
        (),
    ),
    (EN, "In July the centre is warmer by 4 °C than the suburbs.", [], ()),
    (RU, "В июле в центре города на 4 °C теплее, чем в пригородах.", [], ()),
    # "average January low" is a mean minimum; the second value has no month.
    (
        EN,
        "Winters are mild, with average January low temperatures around 40 °F in the south and "
        "around 32 °F in the north.",
        [
            (
                "temperature",
                float((Decimal(40) - 32) * 5 / 9),
                "°C",
                {
                    "month": "01",
                    "statistic": "mean_min",
                    "converted_from": "°F",
                    "approximate": "true",
                },
            )
        ],
        (),
    ),
]


@pytest.mark.parametrize(
    ("language", "sentence", "expected", "names"),
    TEMPERATURE_TRAPS,
    ids=_trap_ids(TEMPERATURE_TRAPS),
)
def test_a_temperature_needs_a_month_or_a_statistic(
    language: Language, sentence: str, expected: list[Row], names: tuple[str, ...]
) -> None:
    """Thresholds, readings, seasons and differences are not the climate's temperatures."""
    _check_trap(language, sentence, expected, names)


OTHER_TRAPS: list[Trap] = [
    # A finer direction than the rules know.
    (EN, "Pretoria is situated approximately 55 km north-northeast of Johannesburg.", [], ()),
    (EN, "Bradley is located near U.S. Route 8, 5 mi north-northwest of Tomahawk.", [], ()),
    # A distance from the place itself, with nothing said to lie there.
    (
        EN,
        "Pretoria is served by OR Tambo International, 45 km south of central Pretoria; and "
        "Lanseria, 35 km south-west of the city.",
        [],
        ("Pretoria",),
    ),
    (RU, "Аэропорт Шёнефельд, в 18 км к югу от города.", [], ()),
    (LV, "Lidosta, 18 km uz dienvidiem no pilsētas.", [], ()),
    # The area of something else.
    (EN, "It is located on a 2.5 km2 research park.", [], ()),
    (EN, "More than half of its 700 km2 of vineyards are registered.", [], ()),
    (RU, "Он является самым большим (210 гектаров) парком города.", [], ()),
    (RU, "Город окружён 700 км² виноградников.", [], ()),
    (LV, "Pilsētai pieder 700 km² vīna dārzu.", [], ()),
    # A region of something else.
    (EN, "A 5 mi-wide meteorite impact crater is located in Elmore County.", [], ()),
    (EN, "The center of population of Alabama is located in Chilton County.", [], ("Alabama",)),
    (
        EN,
        "However, Islamabad city is part of the Islamabad Capital Territory, while Rawalpindi "
        "is part of Rawalpindi District.",
        [],
        ("Islamabad",),
    ),
    (LV, "Lidosta atrodas Mārupes novadā.", [], ("Rīga",)),
    (RU, "Аэропорт расположен в Московской области.", [], ("Москва",)),
    # The place itself.
    (
        EN,
        "Jezkazgan is located in the Ulytau Region.",
        [("region", "Ulytau Region", None, {})],
        ("Jezkazgan",),
    ),
    # The founding of something else.
    (
        EN,
        "Established in 1920, the University of Pretoria Faculty of Veterinary Science is the "
        "second oldest veterinary school in Africa.",
        [],
        (),
    ),
    (EN, "It was established in 1985 as a teaching and doctor training institute.", [], ()),
    (
        EN,
        "Shifa International Hospital is a teaching hospital in Islamabad that was founded in "
        "1987.",
        [],
        ("Islamabad",),
    ),
    (RU, "Он был основан в 1985 году как учебный институт.", [], ()),
    (LV, "Pilsētas slimnīca tika dibināta 1985. gadā kā mācību iestāde.", [], ()),
    (
        EN,
        "Jezkazgan, which was founded in 1938, is a city.",
        [("founded", 1938, None, {})],
        ("Jezkazgan",),
    ),
    (
        EN,
        "The town was founded in 1938 as a mining settlement.",
        [("founded", 1938, None, {})],
        (),
    ),
    # A count in brackets is an aside unless the brackets say it is a population.
    (
        EN,
        "The city's population grew by 4% (96,073 residents) between 1996 and 2001, 1% (21,787 "
        "residents) between 2001 and 2006.",
        [],
        (),
    ),
    (
        RU,
        "Значительный отток населения из Восточного Берлина (только в июле 1961 года его "
        "покинули 30000 жителей) привёл к строительству стены.",
        [],
        (),
    ),
    (LV, "Pilsētu pameta daudzi (1961. gadā vien 30 000 iedzīvotāju).", [], ()),
]


@pytest.mark.parametrize(
    ("language", "sentence", "expected", "names"), OTHER_TRAPS, ids=_trap_ids(OTHER_TRAPS)
)
def test_facts_of_other_things_are_not_the_places(
    language: Language, sentence: str, expected: list[Row], names: tuple[str, ...]
) -> None:
    """Airports, parks, craters, hospitals and asides: their numbers are not the place's."""
    _check_trap(language, sentence, expected, names)


# --- engine behaviour --------------------------------------------------------------------


def test_names_make_a_founding_about_the_place() -> None:
    """A founding whose subject is a proper name counts only when it names the place."""
    sentence = "Karatal was founded in 1929 as a railway station."
    assert [] == facts(sentence, EN)
    assert [("founded", 1929, None, {})] == facts(sentence, EN, names=["Karatal"])


def test_two_populations_take_the_nearest_scope_after_them() -> None:
    """Each count takes the scope named after it; the sentence's year dates both."""
    sentence = (
        "In 2020, 5,000 people lived in the village and 12,000 people lived in the agglomeration."
    )
    assert [
        ("population", 5000, None, {"year": "2020", "scope": "city"}),
        ("population", 12000, None, {"year": "2020", "scope": "urban"}),
    ] == facts(sentence, EN)


def test_count_without_population_words_is_not_a_population() -> None:
    """A count of people with no population or living word near is left alone."""
    sentence = "The town has 5,000 inhabitants and an urban area of 120,000 people."
    assert [("population", 5000, None, {"scope": "city"})] == facts(sentence, EN)


def test_month_after_a_number_wins_over_the_one_before() -> None:
    """A month right after a temperature is its month; the one before belongs to another."""
    sentence = "It is 24 °C in July and -16 °C in January."
    assert ["07", "01"] == [f.qualifiers["month"] for f in extract(sentence, EN)]


def test_parenthetical_conversion_is_not_a_fact() -> None:
    """The converted value in brackets joins the main quantity and gives no fact of its own."""
    assert [("distance", 400.0, "km", {"place": "Almaty", "direction": "SW"})] == facts(
        "Almaty lies 400 km (250 mi) to the southwest.", EN
    )


def test_miles_only_are_converted() -> None:
    """A distance in miles alone becomes kilometres with converted_from."""
    [found] = extract("Almaty lies 250 miles to the southwest.", EN)
    assert ("distance", "km", "mi") == (found.kind, found.unit, found.qualifiers["converted_from"])
    assert 402.336 == pytest.approx(found.value)


def test_feet_only_are_converted() -> None:
    """An elevation in feet alone becomes metres with converted_from."""
    [found] = extract("The town lies at an elevation of 1,000 ft.", EN)
    assert ("elevation", 304.8, "m") == (found.kind, found.value, found.unit)
    assert "ft" == found.qualifiers["converted_from"]


def test_en_dash_before_a_temperature_is_a_minus() -> None:
    """An en dash written against a temperature is its sign."""
    assert [-16.0] == [f.value for f in extract("In January it is –16 °C.", EN)]


def test_empty_sentence() -> None:
    """The empty sentence has no facts."""
    assert () == extract("", EN)


def test_found_rejects_unknown_kind() -> None:
    """A Found's kind is one of KINDS."""
    with pytest.raises(ValueError, match="kind"):
        Found(kind="mass", value=1, unit=None, start=0, end=1)


def test_found_qualifiers_are_frozen() -> None:
    """Qualifiers become a FrozenMap, so a Found can be hashed."""
    found = Found(kind="founded", value=1938, unit=None, qualifiers={"a": "b"}, start=0, end=4)
    assert isinstance(found.qualifiers, FrozenMap)
    assert hash(found) == hash(attrs.evolve(found))


def test_a_fourth_language_is_data_only() -> None:
    """A language defined as data alone (here a little German) is read by the same engine."""
    german = Language(
        code="de",
        name="German",
        script="Latin",
        stopwords=words("der die das und ist"),
        decimal_comma=True,
        group_separators=frozenset(". \u00a0"),
        months=FrozenMap({"juli": 7, "januar": 1}),
        facts=FactWords(
            units=FrozenMap({**COMMON_UNITS, "Kilometer": "km"}),
            residents=words("Einwohner"),
            population=words("Einwohnerzahl"),
            scopes=FrozenMap({"stadt": "city"}),
            founding=words("gegründet"),
            own_place=words("stadt sie"),
            directions=FrozenMap({"südwestlich": "SW"}),
            from_place=words("von"),
            statistics=FrozenMap({"mittlere": "mean"}),
        ),
    )
    assert [("population", 12345, None, {"scope": "city"})] == facts(
        "Die Stadt hat 12.345 Einwohner.", german
    )
    assert [("founded", 1938, None, {})] == facts("Die Stadt wurde 1938 gegründet.", german)
    assert [("temperature", 24.5, "°C", {"month": "07", "statistic": "mean"})] == facts(
        "Die mittlere Temperatur ist 24,5 °C im Juli.", german
    )


# --- numbers -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "written", "value"),
    [
        (EN, "148,700", 148700),
        (EN, "148 700", 148700),
        (EN, "148\u00a0700", 148700),
        (EN, "148\u202f700", 148700),
        (EN, "148\u2009700", 148700),
        (EN, "1,234,567", 1234567),
        (EN, "2.5 million", 2500000),
        (EN, "12 thousand", 12000),
        (LV, "150 000", 150000),
        (LV, "150\u00a0000", 150000),
        (LV, "1,5 miljoni", 1500000),
        (LV, "15 tūkst.", 15000),
        (RU, "150 000", 150000),
        (RU, "150\u202f000", 150000),
        (RU, "1,2 млн", 1200000),
        (RU, "12 тыс.", 12000),
        (RU, "12 тысяч", 12000),
    ],
)
def test_count_grouping_and_scale(language: Language, written: str, value: int) -> None:
    """Counts read their grouping and scale words in each language's way."""
    carrier = {
        "en": "The town had {} inhabitants.",
        "lv": "Pilsētā bija {} iedzīvotāju.",
        "ru": "В городе проживало {} жителей.",
    }[language.code]
    [found] = extract(carrier.format(written), language)
    assert ("population", value) == (found.kind, found.value)


@pytest.mark.parametrize(
    ("language", "written"),
    [(EN, "1,23"), (EN, "1.234.5"), (LV, "150,000"), (RU, "1.234"), (EN, "12,34,567")],
)
def test_broken_numbers_give_no_count(language: Language, written: str) -> None:
    """A numeral that fits no grouping of the language, or has a decimal part, is no count."""
    carrier = {
        "en": "The town had {} inhabitants.",
        "lv": "Pilsētā bija {} iedzīvotāju.",
        "ru": "В городе проживало {} жителей.",
    }[language.code]
    assert [] == facts(carrier.format(written), language)


# --- bad input ---------------------------------------------------------------------------

HUGE = {
    "digits": "1" * 2_000_000,
    "comma-list": "1," * 50_000,
    "space-list": "1 " * 30_000,
    "spaces": " " * 1_000_000 + "1 km",
    "no-punctuation": "the city population live in the urban area " * 10_000,
    "population-words": "population " * 50_000 + "90,000",
    "long-word": "a" * 1_000_000,
    "dashes": "-" * 300_000 + "16 °C",
    "dots": "1." * 50_000,
    "brackets": "(" * 200_000 + "24 °C",
    "percentages": "55% Kazakhs, " * 10_000,
    "regions": "a city in Karaganda Region " * 10_000,
    "founding": "the city was founded in 1938 " * 10_000,
    "distances": "400 km to the south west of " * 10_000,
    "nbsp-groups": "150\u00a0000 " * 20_000,
    "dated-counts": "In 2010 12,345 inhabitants " * 5_000,
    "former-regions": "Previously, the city was part of the Karaganda Region " * 5_000,
    "shares-in-brackets": "Kazakhs (55%), Russians (30%) and " * 5_000,
    "months": "24 °C in July, -16 °C in January; " * 5_000,
    "conversions": "400 km (250 mi) " * 10_000,
    "ranges": "from 1,000 to 2,000 and " * 10_000,
    "days": "the population fell on 9 November " * 10_000,
    "asides": "(96,073 residents " * 10_000,
    "shares-of-others": "15% of all German top athletes " * 10_000,
    "tied-words": "population was of the " * 10_000 + "90,000",
    "month-lists": "June, July and August 18 °C " * 10_000,
}


@pytest.mark.parametrize("language", LANGUAGES.values(), ids=lambda lang: lang.code)
@pytest.mark.parametrize("text", HUGE.values(), ids=HUGE.keys())
def test_huge_input_finishes(language: Language, text: str) -> None:
    """Megabytes of digits, spaces, words or repeated constructs give a tuple, never hang."""
    found = extract(text, language)
    assert isinstance(found, tuple)
    check_found(text, found)


# --- properties ----------------------------------------------------------------------------


def _vocabulary(language: Language) -> list[str]:
    """Every phrase of a language's rules, as written."""
    found: set[str] = set(language.months) | set(language.scales)
    for field in attrs.fields(FactWords):
        value = getattr(language.facts, field.name)
        found.update(p.rstrip("*") for p in value)
    return sorted(found)


PIECES = {
    lang.code: [
        *_vocabulary(lang),
        *("1", "24", "-16", "−16", "–16", "1938", "1938.", "89,079", "150 000", "24,5", "2.5"),
        *("(", ")", ",", ".", ";", "—", "-", "/", "%", "°C", "[1]", "\u00a0", "\u202f"),
        *("Karaganda", "Jezkazgan", "The", "It"),
    ]
    for lang in LANGUAGES.values()
}


@pytest.mark.parametrize("language", LANGUAGES.values(), ids=lambda lang: lang.code)
@given(text=st.text())
@example(text="")
@example(text="-")
@example(text="1" * 40)
@example(text="(1999")
def test_any_text_gives_valid_facts(language: Language, text: str) -> None:
    """Any string gives a tuple of facts inside the string, holding their digits."""
    check_found(text, extract(text, language))


@pytest.mark.parametrize("language", LANGUAGES.values(), ids=lambda lang: lang.code)
@given(data=st.data())
def test_keyword_soup_gives_valid_facts(language: Language, data: st.DataObject) -> None:
    """Text built from the language's own keywords, numbers and punctuation never breaks."""
    pieces = data.draw(st.lists(st.sampled_from(PIECES[language.code]), max_size=40))
    glue = data.draw(st.sampled_from([" ", "", ", "]))
    text = glue.join(pieces)
    check_found(text, extract(text, language))


def _grouped(number: int, separator: str) -> str:
    digits = str(number)
    head = len(digits) % 3 or 3
    return separator.join(
        [digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)]
    )


COUNT_CARRIERS = {
    "en": "In 2020 the town had {} inhabitants.",
    "lv": "2020. gadā pilsētā bija {} iedzīvotāju.",
    "ru": "В 2020 году в городе проживало {} жителей.",
}


@pytest.mark.parametrize(
    "language", [LANGUAGES[code] for code in COUNT_CARRIERS], ids=lambda lang: lang.code
)
@given(data=st.data())
def test_any_grouping_gives_the_same_count(language: Language, data: st.DataObject) -> None:
    """A count written plain or grouped with any of the language's separators reads the same."""
    number = data.draw(st.integers(min_value=1, max_value=10**12))
    separator = data.draw(st.sampled_from([*sorted(language.group_separators), ""]))
    sentence = COUNT_CARRIERS[language.code].format(_grouped(number, separator))
    [found] = extract(sentence, language)
    assert ("population", number, "2020") == (found.kind, found.value, found.qualifiers["year"])


TEMPERATURE_CARRIERS = {
    "en": "The mean temperature in July is {} °C.",
    "lv": "Vidējā temperatūra jūlijā ir {} °C.",
    "ru": "Средняя температура июля {} °C.",
}


@pytest.mark.parametrize(
    "language", [LANGUAGES[code] for code in TEMPERATURE_CARRIERS], ids=lambda lang: lang.code
)
@given(
    whole=st.integers(min_value=-60, max_value=59),  # within −90 … +60 °C
    tenths=st.integers(min_value=0, max_value=9),
    minus=st.sampled_from(["-", "−"]),
)
def test_decimal_mark_of_the_language(
    language: Language, whole: int, tenths: int, minus: str
) -> None:
    """A temperature with the language's decimal mark reads the same value."""
    mark = "," if language.decimal_comma else "."
    written = f"{minus if whole < 0 else ''}{abs(whole)}{mark}{tenths}"
    [found] = extract(TEMPERATURE_CARRIERS[language.code].format(written), language)
    expected = float(Decimal(f"{abs(whole)}.{tenths}")) * (-1 if whole < 0 else 1)
    assert ("temperature", expected, "07") == (found.kind, found.value, found.qualifiers["month"])
