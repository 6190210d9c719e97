"""Tests for populations in sentences: series, binding across asides, scope and subject."""

from __future__ import annotations

from collections.abc import Collection

import pytest

from infobox import parse_article
from infobox.article.facts import Context, extract
from infobox.article.languages import LANGUAGES, Language

EN, LV, RU = LANGUAGES["en"], LANGUAGES["lv"], LANGUAGES["ru"]

Row = tuple[int | float | str, dict[str, str]]


def populations(
    sentence: str,
    language: Language,
    names: Collection[str] = (),
    context: Context | None = None,
) -> list[Row]:
    """The populations of a sentence: value and qualifiers."""
    return [
        (f.value, dict(f.qualifiers))
        for f in extract(sentence, language, names=names, context=context)
        if f.kind == "population"
    ]


def _ids(cases: list[tuple[Language, str, list[Row], tuple[str, ...]]]) -> list[str]:
    return [f"{language.code}-{k}" for k, (language, *_) in enumerate(cases)]


def city(value: int, year: str | None = None, **extra: str) -> Row:
    """A city population with its year."""
    qualifiers = {"year": year} if year is not None else {}
    return (value, {**qualifiers, "scope": "city", **extra})


# --- every count of a series with its year ----------------------------------------------

SERIES: list[tuple[Language, str, list[Row], tuple[str, ...]]] = [
    (
        EN,
        "The town had 12,410 residents at the 2000 census and 14,882 at the 2010 census.",
        [city(12410, "2000"), city(14882, "2010")],
        (),
    ),
    (
        EN,
        "The population was 9,020 at the 2010 census, 8,101 at the 2000 census and 7,480 in 1990.",
        [city(9020, "2010"), city(8101, "2000"), city(7480, "1990")],
        (),
    ),
    (
        EN,
        "The population was 1,215 at the 2010 census down from 1,539 at the 2000 census.",
        [city(1215, "2010"), city(1539, "2000")],
        (),
    ),
    (
        EN,
        "Its population is 48,200 (2022); 47,900 (2021).",
        [city(48200, "2022"), city(47900, "2021")],
        (),
    ),
    (
        RU,
        "Население: 18 212 человек (перепись 2021 г.); 19 004 (перепись 2010 г.); 20 551 (2002).",
        [city(18212, "2021"), city(19004, "2010"), city(20551, "2002")],
        (),
    ),
    (
        RU,
        "Численность населения — 68 230 человек (2023), 70 100 (2010) и 72 000 (2002).",
        [city(68230, "2023"), city(70100, "2010"), city(72000, "2002")],
        (),
    ),
    (
        RU,
        "В городе проживает 18 212 человек (2021) против 19 004 в 2010 году.",
        [city(18212, "2021"), city(19004, "2010")],
        (),
    ),
    (
        LV,
        "Iedzīvotāju skaits: 23 119 (2021), 25 000 (2011).",
        [city(23119, "2021"), city(25000, "2011")],
        (),
    ),
    (
        LV,
        "Iedzīvotāju skaits ir 23 119 (2021. g.), 25 000 (2011. g.) un 27 500 (2000. g.).",
        [city(23119, "2021"), city(25000, "2011"), city(27500, "2000")],
        (),
    ),
    (
        LV,
        "Pilsētā dzīvo 23 119 iedzīvotāji 2021. gadā un 25 000 2011. gadā.",
        [city(23119, "2021"), city(25000, "2011")],
        (),
    ),
    # Statements that open with their year, the subject restated.
    (
        EN,
        "In 1999 the population was 90,000; in 2009 it was 85,000.",
        [city(90000, "1999"), city(85000, "2009")],
        (),
    ),
    (
        EN,
        "The population was 71,880 (2021), down from 96,000 in 1989.",
        [city(71880, "2021"), city(96000, "1989")],
        (),
    ),
    (
        RU,
        "В 2010 году население составляло 85 000 человек, в 2021 году — 80 000.",
        [city(85000, "2010"), city(80000, "2021")],
        (),
    ),
    (
        LV,
        "2011. gadā iedzīvotāju skaits bija 11 000, 2021. gadā — 10 500.",
        [city(11000, "2011"), city(10500, "2021")],
        (),
    ),
    # The US census boilerplate: the people, then other counts, then the living word.
    (
        EN,
        "As of the census of 2000, there were 1,539 people, 681 households, and 388 families "
        "residing in the CDP.",
        [city(1539, "2000")],
        (),
    ),
]

# A count after a series' first one that is not in its shape is not taken.
NOT_SERIES: list[tuple[Language, str, list[Row], tuple[str, ...]]] = [
    (
        EN,
        "The town had 12,410 residents at the 2000 census and 1,200 households.",
        [city(12410, "2000")],
        (),
    ),
    (
        EN,
        "The town had 12,410 residents at the 2000 census, and 40 people were killed in 2001.",
        [city(12410, "2000")],
        (),
    ),
    (
        EN,
        "The town had 12,410 residents at the 2000 census and 2,000 at the 2010 census were "
        "students.",
        [city(12410, "2000")],
        (),
    ),
    (
        EN,
        "In 1999 the population was 90,000; in 2009 it was destroyed by 85,000 soldiers.",
        [city(90000, "1999")],
        (),
    ),
    (
        EN,
        "In 1999 the population was 90,000, in 2009 the town had 85,000 cars.",
        [city(90000, "1999")],
        (),
    ),
    # No year after the first count: no series.
    (EN, "The population is 12,410, and 14,882 in 2010.", [city(12410)], ()),
    (RU, "Население — 18 212 человек; 19 004 (2010).", [city(18212)], ()),
    (
        LV,
        "Iedzīvotāju skaits: 23 119 (2021), 25 000 (no 2011 līdz 2015).",
        [city(23119, "2021")],
        (),
    ),
]


@pytest.mark.parametrize(("language", "sentence", "expected", "names"), SERIES, ids=_ids(SERIES))
def test_every_count_of_a_series_is_taken_with_its_year(
    language: Language, sentence: str, expected: list[Row], names: tuple[str, ...]
) -> None:
    """Counts joined to a dated first count in the same shape are populations of their year."""
    assert expected == populations(sentence, language, names)


@pytest.mark.parametrize(
    ("language", "sentence", "expected", "names"), NOT_SERIES, ids=_ids(NOT_SERIES)
)
def test_a_count_out_of_the_series_shape_is_not_taken(
    language: Language, sentence: str, expected: list[Row], names: tuple[str, ...]
) -> None:
    """Another noun, a verb or a range after the count ends the series."""
    assert expected == populations(sentence, language, names)


# --- the population word bound to its count ---------------------------------------------

BINDING: list[tuple[Language, str, list[Row], tuple[str, ...]]] = [
    (
        RU,
        "Население Казани (по оценке 2023 года) составляет 1 318 604 человека.",
        [city(1318604, "2023")],
        ("Казань",),
    ),
    (
        RU,
        "Население Казани (по оценке 2023 года) составляет 1 318 604 человека.",
        [city(1318604, "2023")],
        (),
    ),
    (LV, "Iedzīvotāju skaits - 23 119 (2021. g.)", [city(23119, "2021")], ()),
    (LV, "Iedzīvotāju skaits - 23 119.", [city(23119)], ()),
    (
        EN,
        "The population counted by the 2020 census was 7,503.",
        [city(7503, "2020")],
        (),
    ),
    (EN, "Its official estimate for 2022 was 48,200.", [city(48200, "2022")], ()),
    (EN, "The town's official estimate for 2022 was 48,200.", [city(48200, "2022")], ()),
    (
        EN,
        "Karatal's latest estimate for 2022 was 48,200.",
        [city(48200, "2022")],
        ("Karatal",),
    ),
    (EN, "The population (2022 est.) is 48,200.", [city(48200, "2022")], ()),
    (
        RU,
        "Население города (на 1 января 2023 года) — 68 230 человек.",
        [city(68230, "2023")],
        (),
    ),
    (
        RU,
        "В городе проживает 3 980 837 человек (1 августа 2017).",
        [city(3980837, "2017")],
        (),
    ),
    (
        RU,
        "Это город с населением 85 000 человек.",
        [city(85000)],
        (),
    ),
]

# Binding stays as tight as before: the words between still decide.
NOT_BOUND: list[tuple[Language, str, list[Row], tuple[str, ...]]] = [
    # An estimate not owned by the place is no population word.
    (EN, "The official estimate for 2022 was 48,200.", [], ()),
    (EN, "The company's official estimate for 2022 was 48,200.", [], ()),
    (EN, "Its official estimate of the damage for 2022 was 48,200.", [], ()),
    # An aside with another number in it is no date: the word stays untied.
    (RU, "Население Казани (1 318 604 в 2023 году) составляет 1 300 000 человек.", [], ()),
    # Prisoners are a part of the population, not its size.
    (EN, "The average prison population was about 5,500 men.", [], ()),
    (RU, "Численность заключённых составляет 5 000 человек.", [], ()),
    # A hyphen written against words is no dash.
    (LV, "Iedzīvotāju skaits-23 119 kartupeļu.", [], ()),
]


@pytest.mark.parametrize(("language", "sentence", "expected", "names"), BINDING, ids=_ids(BINDING))
def test_a_population_word_binds_across_asides_dashes_and_verbs(
    language: Language, sentence: str, expected: list[Row], names: tuple[str, ...]
) -> None:
    """A dated aside, a spaced hyphen, a verb phrase or an owned estimate ties word and count."""
    assert expected == populations(sentence, language, names)


@pytest.mark.parametrize(
    ("language", "sentence", "expected", "names"), NOT_BOUND, ids=_ids(NOT_BOUND)
)
def test_binding_is_not_loosened(
    language: Language, sentence: str, expected: list[Row], names: tuple[str, ...]
) -> None:
    """An estimate of someone else, an aside holding a count, a joined hyphen tie nothing."""
    assert expected == populations(sentence, language, names)


# --- scope and subject ------------------------------------------------------------------

SCOPE: list[tuple[Language, str, list[Row], tuple[str, ...]]] = [
    (
        EN,
        "With 2,400,000 inhabitants in 2019, the Lyon metropolitan area is the second-largest "
        "in France.",
        [(2400000, {"year": "2019", "scope": "metro"})],
        ("Lyon",),
    ),
    (
        EN,
        "With 2,400,000 inhabitants in 2019, the Lyon metropolitan area is the second-largest "
        "in France.",
        [(2400000, {"year": "2019", "scope": "metro"})],
        (),
    ),
    (
        EN,
        "With a population of 516,092, Lyon is the third-largest city in France.",
        [city(516092)],
        ("Lyon",),
    ),
    (
        EN,
        "With 12,000 inhabitants, the town is the largest in the county.",
        [city(12000)],
        (),
    ),
    (
        LV,
        "Ar 605 273 iedzīvotājiem Rīga ir lielākā pilsēta Baltijā.",
        [city(605273)],
        ("Rīga",),
    ),
    (
        RU,
        "С населением 1 318 604 человека Казань является шестым по численности городом России.",
        [city(1318604)],
        ("Казань",),
    ),
    # The wider area of the place by another name keeps its scope.
    (
        EN,
        "The whole Tshwane Metropolitan Municipality had a population of 2,985,997 at the 2011 "
        "census.",
        [(2985997, {"year": "2011", "scope": "metro"})],
        ("Pretoria",),
    ),
    # A name of the place in another case form is the place.
    (RU, "Население Казани составляет 1 318 604 человека.", [city(1318604)], ("Казань",)),
    (LV, "Rīgā dzīvo 605 273 iedzīvotāji.", [city(605273)], ("Rīga",)),
    # An own-place word nearer the count than a capitalised word keeps the count.
    (
        LV,
        "Pirms Otrā pasaules kara pilsētā bija ap 4 500 000 iedzīvotāju.",
        [city(4500000, approximate="true")],
        ("Berlīne",),
    ),
    (
        EN,
        "The town is the seat of Collin County and has 12,345 inhabitants.",
        [city(12345)],
        (),
    ),
    # Time adverbs, the place's own words and the figure's source are no other place.
    (RU, "Сейчас в городе проживает 12 000 человек.", [city(12000)], ("Казань",)),
    (RU, "Ныне население составляет 12 000 человек.", [city(12000)], ("Казань",)),
    (RU, "По данным Росстата население составляет 12 000 человек.", [city(12000)], ("Казань",)),
    (LV, "Saskaņā ar CSP datiem iedzīvotāju skaits ir 12 000.", [city(12000)], ("Kuldīga",)),
    (EN, "Today the town has 12,000 inhabitants.", [city(12000)], ("Karatal",)),
    (
        EN,
        "According to Statistics Canada the population is 12,000.",
        [city(12000)],
        ("Karatal",),
    ),
]

# Counts of other areas, other places and fronted phrases about something else give nothing.
NOT_THE_PLACE: list[tuple[Language, str, list[Row], tuple[str, ...]]] = [
    (
        EN,
        "With 12,400,000 inhabitants in 2019, the Paris metropolitan area is the largest in "
        "France.",
        [],
        ("Lyon",),
    ),
    (
        EN,
        "With 516,092 inhabitants, Marseille is the second-largest city in France.",
        [],
        ("Lyon",),
    ),
    (EN, "With 385,000 inhabitants, the district is the largest in the city.", [], ()),
    (EN, "The borough of Mitte has 385,000 inhabitants.", [], ("Berlin",)),
    (EN, "The borough of Mitte has 385,000 inhabitants.", [], ()),
    (EN, "The old town has 12,000 inhabitants.", [], ()),
    (EN, "About 385,000 people live in the borough.", [], ()),
    (EN, "Collin County has 1,064,465 residents.", [], ()),
    (EN, "The population of Springfield is 12,345.", [], ("Karatal",)),
    (EN, "Springfield has 12,345 inhabitants.", [], ("Karatal",)),
    (EN, "About 12,345 people live in Springfield.", [], ("Karatal",)),
    (RU, "В Вахитовском районе проживает 80 000 человек.", [], ("Казань",)),
    (RU, "Население Вахитовского района — 80 000 человек.", [], ()),
    (RU, "Население Москвы составляет 13 149 803 человека.", [], ("Казань",)),
    (LV, "Kuldīgas novadā dzīvo 24 000 iedzīvotāju.", [], ("Kuldīga",)),
    (LV, "Vecrīgā dzīvo 3000 iedzīvotāju.", [], ("Rīga",)),
    (LV, "Apkaimē dzīvo 3000 iedzīvotāju.", [], ()),
    (LV, "Iedzīvotāju skaits Jelgavā ir 55 000.", [], ("Rīga",)),
    (RU, "По данным Росстата население Москвы составляет 12 000 человек.", [], ("Казань",)),
    (
        EN,
        "According to Statistics Canada the population of Springfield is 12,000.",
        [],
        ("Karatal",),
    ),
]


# Denied counts are none.
NEGATED: list[tuple[Language, str, list[Row], tuple[str, ...]]] = [
    (RU, "В нём не проживает ни одного человека.", [], ()),
    (RU, "В городе не проживает 12 345 человек.", [], ()),
    (RU, "Население города не составляет 12 345 человек.", [], ()),
    (EN, "The town does not have 12,345 inhabitants.", [], ()),
    (EN, "The population was not 12,345 at the 2010 census.", [], ()),
    (EN, "The town never had 12,345 residents at the 2000 census.", [], ()),
    (LV, "Pilsētā nedzīvo 12 345 iedzīvotāju.", [], ()),
    (LV, "Iedzīvotāju skaits nav 12 345.", [], ()),
    # A negation in another clause leaves the count alone.
    (
        EN,
        "The population was 12,345 at the 2010 census, not counting students.",
        [city(12345, "2010")],
        (),
    ),
]


@pytest.mark.parametrize(("language", "sentence", "expected", "names"), NEGATED, ids=_ids(NEGATED))
def test_a_negated_count_is_no_population(
    language: Language, sentence: str, expected: list[Row], names: tuple[str, ...]
) -> None:
    """``does not have``, ``не проживает``, ``nedzīvo``: a denied count is none."""
    assert expected == populations(sentence, language, names)


@pytest.mark.parametrize(("language", "sentence", "expected", "names"), SCOPE, ids=_ids(SCOPE))
def test_the_subject_gives_the_scope(
    language: Language, sentence: str, expected: list[Row], names: tuple[str, ...]
) -> None:
    """A fronted count takes its subject's scope; the place in any case form is the place."""
    assert expected == populations(sentence, language, names)


@pytest.mark.parametrize(
    ("language", "sentence", "expected", "names"), NOT_THE_PLACE, ids=_ids(NOT_THE_PLACE)
)
def test_a_count_of_another_area_is_not_the_place_s(
    language: Language, sentence: str, expected: list[Row], names: tuple[str, ...]
) -> None:
    """Boroughs, districts, counties, other named places: their counts are not the city's."""
    assert expected == populations(sentence, language, names)


# --- pronouns: the context of the sentence before -----------------------------------------


def read_on(language: Language, sentences: list[str], names: tuple[str, ...] = ()) -> list[Row]:
    """The populations of sentences read one after another with one context."""
    context = Context()
    context.block(item=False)
    rows: list[Row] = []
    for sentence in sentences:
        rows.extend(populations(sentence, language, names, context))
    return rows


def test_an_area_pronoun_takes_the_area_named_in_the_sentence_before() -> None:
    """``В ней`` (feminine) stands for the agglomeration named before, not the city."""
    sentences = ["Казань — центр Казанской агломерации.", "В ней проживает около 1,9 млн человек."]
    assert [(1900000, {"scope": "urban", "approximate": "true"})] == read_on(
        RU, sentences, ("Казань",)
    )


def test_an_area_pronoun_takes_an_area_of_its_gender() -> None:
    """``В нём`` (masculine) stands for the city, not the feminine agglomeration named after it."""
    sentences = ["Город входит в Казанскую агломерацию.", "В нём проживает 1 318 604 человека."]
    assert [city(1318604)] == read_on(RU, sentences, ("Казань",))


def test_an_area_pronoun_standing_for_a_part_gives_nothing() -> None:
    """``В нём`` after a district of the city: the count is the district's."""
    sentences = ["Старый город — исторический район Казани.", "В нём проживает 20 000 человек."]
    assert [] == read_on(RU, sentences, ("Казань",))


def test_an_area_pronoun_in_the_same_sentence() -> None:
    """An area named in an earlier clause of the same sentence is what the pronoun stands for."""
    sentence = "Rīgas aglomerācija ir lielākā Baltijā, tajā dzīvo ap 1 000 000 iedzīvotāju."
    assert [(1000000, {"scope": "urban", "approximate": "true"})] == populations(
        sentence, LV, ("Rīga",)
    )


def test_without_context_an_area_pronoun_is_the_place() -> None:
    """Read alone, ``в ней`` has nothing to stand for: the count is the place's, as before."""
    assert [(1900000, {"scope": "city", "approximate": "true"})] == populations(
        "В ней проживает около 1,9 млн человек.", RU
    )


def test_a_new_block_forgets_the_areas_named_before() -> None:
    """The pronoun of a new paragraph does not reach into the last one."""
    context = Context()
    context.block(item=False)
    populations("Казань — центр Казанской агломерации.", RU, ("Казань",), context)
    context.block(item=False)
    assert [(1900000, {"scope": "city", "approximate": "true"})] == populations(
        "В ней проживает около 1,9 млн человек.", RU, ("Казань",), context
    )


def test_parse_article_passes_the_context_from_sentence_to_sentence() -> None:
    """In an article, the pronoun of one sentence finds the agglomeration of the last."""
    text = (
        "'''Казань''' — город в России.\n\n"
        "Казань — центр Казанской агломерации. В ней проживает около 1,9 млн человек."
    )
    facts = [(f.value, dict(f.qualifiers)) for f in parse_article(text, "ru").facts]
    assert [(1900000, {"scope": "urban", "approximate": "true"})] == facts


# --- lists under a population heading ------------------------------------------------------


def article_populations(text: str, lang: str) -> list[Row]:
    """The populations parse_article finds in a text."""
    return [
        (f.value, dict(f.qualifiers))
        for f in parse_article(text, lang).facts
        if f.kind == "population"
    ]


def test_list_items_under_a_population_heading_are_a_series() -> None:
    """``* 2002 — 20 551`` under ``== Население ==``: a population of 2002."""
    text = (
        "'''Город''' — город.\n== Население ==\n"
        "* 2002 — 20 551\n* 2010 — 19 004 чел.\n* 1897 год: 5 000\n"
    )
    assert [city(20551, "2002"), city(19004, "2010"), city(5000, "1897")] == article_populations(
        text, "ru"
    )


def test_list_items_in_latvian_and_english() -> None:
    """Items of a year and a count under ``Iedzīvotāji`` and ``Population``."""
    lv = "'''Saldus''' ir pilsēta.\n== Iedzīvotāji ==\n* 2011. gadā — 11 000\n* 2021 — 10 500\n"
    assert [city(11000, "2011"), city(10500, "2021")] == article_populations(lv, "lv")
    en = "'''Karatal''' is a town.\n== Population ==\n* 2010: 12,345\n* 12,000 (2000)\n"
    assert [city(12345, "2010"), city(12000, "2000")] == article_populations(en, "en")


@pytest.mark.parametrize(
    "text",
    [
        # Another heading: the items are not the population's.
        "'''Город''' — город.\n== История ==\n* 2002 — 20 551\n",
        # A sub-heading about a part of the population.
        "'''Город''' — город.\n== Население ==\n=== Национальный состав ===\n* 2002 — 20 551\n",
        # A heading about another area.
        "'''Город''' — город.\n== Население района ==\n* 2002 — 20 551\n",
        # An item with other words in it.
        "'''Город''' — город.\n== Население ==\n* 2002 — построено 20 551 домов\n",
        # An item with two counts or no year.
        "'''Город''' — город.\n== Население ==\n* 2002 — 20 551, 2010 — 19 004\n",
        "'''Город''' — город.\n== Население ==\n* 20 551\n",
        # A paragraph, not an item.
        "'''Город''' — город.\n== Население ==\n2002 — 20 551\n",
    ],
)
def test_other_list_items_give_no_population(text: str) -> None:
    """Items under other headings, with other words, or with two counts give nothing."""
    assert [] == article_populations(text, "ru")


def test_a_greater_area_named_after_the_place_is_not_the_place() -> None:
    """``the Greater Toronto Area`` is wider than Toronto: its count is not the city's."""
    sentence = (
        "The census metropolitan area (CMA) had a population of 5,583,064, and the Greater "
        "Toronto Area (GTA) had a population of 6,054,191 in the 2011 Census."
    )
    assert [(5583064, {"scope": "metro"})] == populations(sentence, EN, names=("Toronto",))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "'''Springfield''' is a town.\n== History ==\nThe population of only 9,000 "
            "included many settlers.\n",
            "en",
        ),
        ("'''Rīga''' ir pilsēta.\n== Vēsture ==\nPilsētā dzīvoja 9000 iedzīvotāju.\n", "lv"),
        ("'''Рига''' — город.\n== История ==\nНаселение составляло 9000 человек.\n", "ru"),
    ],
)
def test_an_undated_count_in_a_history_section_is_no_population(text: str, lang: str) -> None:
    """Under a history heading a count without its year is of some past year: none."""
    assert [] == [f for f in parse_article(text, lang).facts if f.kind == "population"]
    # The same count under another heading is the place's population.
    other = {"en": "People", "lv": "Iedzīvotāji", "ru": "Население"}[lang]
    moved = text.split("==")[0] + f"== {other} ==" + text.split("==")[2]
    assert [9000] == [f.value for f in parse_article(moved, lang).facts if f.kind == "population"]


def test_a_dated_count_in_a_history_section_keeps_its_year() -> None:
    """Under a history heading a count with its year is a population of that year."""
    text = "'''Springfield''' is a town.\n== History ==\nIn 1850 the population was 9,000.\n"
    facts = [f for f in parse_article(text, "en").facts if f.kind == "population"]
    assert [(9000, {"year": "1850", "scope": "city"})] == [
        (f.value, dict(f.qualifiers)) for f in facts
    ]


def test_a_subsection_of_history_is_history_and_the_next_section_is_not() -> None:
    """``=== 1800–1945 ===`` under ``== History ==`` is history; ``== Demographics ==`` is not."""
    text = (
        "'''Springfield''' is a town.\n== History ==\n=== 1800–1945 ===\n"
        "The population of only 9,000 included many settlers.\n"
        "== Demographics ==\nThe population of the town is 12,000.\n"
    )
    facts = [f for f in parse_article(text, "en").facts if f.kind == "population"]
    assert [12000] == [f.value for f in facts]
