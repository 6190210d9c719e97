"""Tests for the fact kinds of issue 13: negation, regions, shares, foundings, temperatures,
distances and areas, each sentence in its language."""

from __future__ import annotations

from collections.abc import Collection

import pytest
from hypothesis import given
from hypothesis import strategies as st

from infobox.article.facts import Context, extract
from infobox.article.facts.negation import negated
from infobox.article.facts.sentence import Sentence
from infobox.article.facts.tokens import rules_for
from infobox.article.languages import LANGUAGES, Language

EN, LV, RU = LANGUAGES["en"], LANGUAGES["lv"], LANGUAGES["ru"]

Row = tuple[str, int | float | str, str | None, dict[str, str]]


def facts(sentence: str, language: Language, names: Collection[str] = ()) -> list[Row]:
    """The facts of a sentence as plain tuples: kind, value, unit, qualifiers."""
    return [
        (f.kind, f.value, f.unit, dict(f.qualifiers))
        for f in extract(sentence, language, names=names)
    ]


def kinds(sentence: str, language: Language, kind: str) -> list[Row]:
    """The facts of one kind of a sentence."""
    return [row for row in facts(sentence, language) if row[0] == kind]


# --- negation ---------------------------------------------------------------------------


def _word(sentence: str, language: Language, word: str) -> tuple[Sentence, int]:
    s = Sentence(sentence, rules_for(language), ())
    return s, s.toks.raw.index(word)


NEGATED = [
    (EN, "The city is not part of Limburg Province.", "Limburg"),
    (EN, "The town has never been the seat of Collin County.", "Collin"),
    (EN, "It is no longer part of Karagandy Province.", "Karagandy"),
    (EN, "The town isn't part of Collin County.", "Collin"),
    (LV, "Pilsēta nav Ogres novada sastāvā.", "Ogres"),
    (LV, "Pilsēta neietilpst Ogres novadā.", "Ogres"),
    (LV, "Pilsēta neatrodas Ogres novadā.", "Ogres"),
    (RU, "Город не является частью Озёрского района.", "Озёрского"),
    (RU, "В его состав не входит Озёрский район.", "Озёрский"),
]

NOT_NEGATED = [
    (EN, "The city is part of Limburg Province.", "Limburg"),
    (EN, "It is not only the capital of Ulytau Region.", "Ulytau"),
    (EN, "The town is not large, and it is part of Collin County.", "Collin"),
    (EN, "The town lies not far from Collin County.", "Collin"),
    (LV, "Ogre ir neliela pilsēta Ogres novadā.", "novadā"),
    (LV, "Pilsēta ietilpst Ogres novadā.", "Ogres"),
    (LV, "Pilsēta ir ne tikai Ogres novada centrs.", "Ogres"),
    (LV, "Pilsētā dzīvo ne vairāk kā 5000 iedzīvotāju.", "5000"),
    (RU, "Город является частью Озёрского района.", "Озёрского"),
    (RU, "Город является не только центром Озёрского района.", "Озёрского"),
    (RU, "Население составляет не менее 5000 человек.", "5000"),
    (RU, "Город не велик, и он входит в Озёрский район.", "Озёрский"),
]


@pytest.mark.parametrize(
    ("language", "sentence", "word"), NEGATED, ids=[case[1] for case in NEGATED]
)
def test_a_negation_in_the_clause_negates_it(language: Language, sentence: str, word: str) -> None:
    """A negation word or a negated verb in the clause of a word negates the word's clause."""
    s, j = _word(sentence, language, word)
    assert negated(s, j, j)


@pytest.mark.parametrize(
    ("language", "sentence", "word"), NOT_NEGATED, ids=[case[1] for case in NOT_NEGATED]
)
def test_no_negation_or_another_clauses(language: Language, sentence: str, word: str) -> None:
    """No negation, a negation of another clause, a bound or an idiom negates nothing."""
    s, j = _word(sentence, language, word)
    assert not negated(s, j, j)


NEGATED_REGIONS = [
    (RU, "Город — центр Озёрского района, но в его состав не входит."),
    (RU, "Город не является частью Озёрского района."),
    (RU, "Город не входит в состав Озёрского района."),
    (EN, "The city is not part of Limburg Province."),
    (EN, "The city is the seat of Collin County, but is not part of it."),
    (LV, "Pilsēta nav Ogres novada sastāvā."),
    (LV, "Pilsēta neietilpst Ogres novadā."),
    (LV, "Pilsēta ir Ogres novada centrs, bet tā sastāvā neietilpst."),
]


@pytest.mark.parametrize(
    ("language", "sentence"), NEGATED_REGIONS, ids=[case[1] for case in NEGATED_REGIONS]
)
def test_a_negated_region_is_no_region(language: Language, sentence: str) -> None:
    """A region the sentence denies, in its clause or in a later one pointing back, is none."""
    assert [] == kinds(sentence, language, "region")


AFFIRMED_REGIONS = [
    (RU, "Город — центр Озёрского района.", "Озёрский район"),
    (RU, "Город — центр Озёрского района и входит в его состав.", "Озёрский район"),
    (EN, "The city is the seat of Collin County.", "Collin County"),
    (LV, "Pilsēta ietilpst Ogres novadā.", "Ogres novads"),
    (LV, "Ogre ir neliela pilsēta, Ogres novada centrs.", "Ogres novads"),
]


@pytest.mark.parametrize(
    ("language", "sentence", "region"), AFFIRMED_REGIONS, ids=[c[1] for c in AFFIRMED_REGIONS]
)
def test_the_same_region_affirmed_is_a_region(
    language: Language, sentence: str, region: str
) -> None:
    """The same relation without a negation gives the region."""
    assert [("region", region, None, {})] == kinds(sentence, language, "region")


# --- regions: a country's adjective is no region's name --------------------------------


def test_the_name_after_province_of_is_the_region() -> None:
    """``the Belgian province of Limburg`` names Limburg, not ``Belgian province``."""
    sentence = "Hasselt is a city in the Belgian province of Limburg."
    assert [("region", "Limburg", None, {})] == kinds(sentence, EN, "region")


def test_a_country_adjective_is_never_the_region() -> None:
    """No region named ``Belgian province`` comes from ``the Belgian province of …``."""
    for sentence in (
        "Hasselt is a city in the Belgian province of Limburg.",
        "Kasterlee is a town in the Belgian province of Antwerp, part of the Flemish Region.",
    ):
        assert "Belgian province" not in [row[1] for row in kinds(sentence, EN, "region")]


@pytest.mark.parametrize(
    ("sentence", "region"),
    [
        ("It is the capital of the Province of Limburg.", "Limburg"),
        ("It is a town in the province of Transvaal.", "Transvaal"),
        ("It is a town in the Russian region of Kaluga Oblast.", "Kaluga Oblast"),
        ("It is a town in Limburg Province.", "Limburg Province"),
    ],
)
def test_region_named_after_its_head(sentence: str, region: str) -> None:
    """A head followed by ``of`` and a name takes that name; a name before the head stays."""
    assert [("region", region, None, {})] == kinds(sentence, EN, "region")


def test_a_relation_after_which_is_the_antecedents() -> None:
    """``Rawalpindi District, which is part of province of Punjab`` is the district's relation."""
    sentence = (
        "However, Islamabad city is part of the Islamabad Capital Territory, while Rawalpindi "
        "is part of Rawalpindi District, which is part of province of Punjab."
    )
    assert [] == [row for row in facts(sentence, EN, ["Islamabad"]) if row[1] == "Punjab"]


# --- census demographics and shares ----------------------------------------------------


def test_us_census_racial_makeup() -> None:
    """Each race of the census's racial makeup is a share; a rest and a mix are no group."""
    sentence = (
        "The racial makeup of the town was 88.2% White, 6.1% African American, 0.3% Native "
        "American, 1.4% Asian, 0.1% Pacific Islander, 2.2% from other races, and 1.7% from "
        "two or more races."
    )
    expected = [
        ("share", 88.2, "%", {"group": "White"}),
        ("share", 6.1, "%", {"group": "African American"}),
        ("share", 0.3, "%", {"group": "Native American"}),
        ("share", 1.4, "%", {"group": "Asian"}),
        ("share", 0.1, "%", {"group": "Pacific Islander"}),
    ]
    assert expected == facts(sentence, EN)


def test_us_census_racial_makeup_with_counts() -> None:
    """``1,145 (94.2%) White, 4 (0.3%) Black or African American``: the shares, no count."""
    sentence = (
        "The racial makeup of Dollar Point was 1,145 (94.2%) White, 4 (0.3%) Black or African "
        "American, 6 (0.5%) American Indian and Alaska Native, 19 (1.6%) Asian, 0 (0.0%) "
        "Native Hawaiian and Other Pacific Islander."
    )
    expected = [
        ("share", 94.2, "%", {"group": "White"}),
        ("share", 0.3, "%", {"group": "African American"}),
        ("share", 0.5, "%", {"group": "Native American"}),
        ("share", 1.6, "%", {"group": "Asian"}),
        ("share", 0.0, "%", {"group": "Pacific Islander"}),
    ]
    assert expected == facts(sentence, EN)


@pytest.mark.parametrize(
    "sentence",
    [
        "Hispanic or Latino of any race were 4.9% of the population.",
        "4.9% of the population were Hispanic or Latino of any race.",
    ],
)
def test_us_census_hispanic_or_latino(sentence: str) -> None:
    """Hispanic or Latino of any race is a group, before or after its share."""
    assert [("share", 4.9, "%", {"group": "Hispanic or Latino"})] == facts(sentence, EN)


@pytest.mark.parametrize(
    "sentence",
    [
        "There were 500 households, out of which 25.4% had children under the age of 18.",
        "15% of the White House staff are new.",
    ],
)
def test_household_shares_and_adjectives_are_no_group(sentence: str) -> None:
    """Household shares are out of scope; ``White House`` is no group."""
    assert [] == facts(sentence, EN)


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        (LV, "Latvieši — 45,2 %, krievi — 26,9 %.", [("Latvians", 45.2), ("Russians", 26.9)]),
        (LV, "45,2 % iedzīvotāju ir latvieši.", [("Latvians", 45.2)]),
        (RU, "Русские составляют 60,5 % населения.", [("Russians", 60.5)]),
        (RU, "Доля казахов — 70 %.", [("Kazakhs", 70.0)]),
        (
            RU,
            "По данным статистического ведомства около 60 % жителей Берлина не являются "
            "членами какого-либо религиозного сообщества, 22 % являются евангельскими "
            "христианами, 9 % — католиками и 6 % исповедуют ислам.",
            [("Protestants", 22.0), ("Catholics", 9.0), ("Muslims", 6.0)],
        ),
    ],
)
def test_shares_in_latvian_and_russian(
    language: Language, sentence: str, expected: list[tuple[str, float]]
) -> None:
    """The share phrasings of Latvian and Russian pages, confessions in the instrumental."""
    assert [("share", v, "%", {"group": g}) for g, v in expected] == facts(sentence, language)


def test_a_negated_share_is_none() -> None:
    """``60 % не являются католиками`` is no share of Catholics."""
    assert [] == facts("Около 60 % жителей не являются католиками.", RU)


# --- foundings in the active voice -----------------------------------------------------


@pytest.mark.parametrize(
    ("language", "sentence", "year"),
    [
        (
            LV,
            "Pilsētu nodibināja bīskaps Alberts no Buksthēvdenes kopā ar saviem "
            "bruņiniekiem 1212. gadā.",
            1212,
        ),
        (EN, "Bishop Albert founded the city in 1201.", 1201),
        (
            EN,
            "Bishop Albert of Buxhoeveden founded the city together with his knights in 1201.",
            1201,
        ),
        (
            EN,
            "The city was founded by Bishop Albert of Buxhoeveden together with his knights "
            "in 1201.",
            1201,
        ),
        (RU, "Город основал князь Юрий Долгорукий вместе с дружиной в 1212 году.", 1212),
    ],
)
def test_founding_year_far_from_its_verb(language: Language, sentence: str, year: int) -> None:
    """A founding verb next to the place takes the first year of its clause."""
    assert [("founded", year, None, {})] == facts(sentence, language)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        (LV, "Pilsētu nodibināja bīskaps Alberts, kurš 1212. gadā nomira."),
        (RU, "Город основал князь Юрий Долгорукий, который умер в 1157 году."),
        (EN, "Bishop Albert founded the university together with his knights in 1201."),
        (
            EN,
            "It was established by an act of parliament in 1945 and is situated on its own "
            "campus in the city.",
        ),
        (EN, "The city was not founded in 1201."),
        (RU, "Город не был основан в 1212 году."),
    ],
)
def test_no_founding_of_the_founder_or_another_thing(language: Language, sentence: str) -> None:
    """A year of the founder's, of another thing's, after a pronoun far away or negated is none."""
    assert [] == kinds(sentence, language, "founded")


# --- temperatures in words and their months --------------------------------------------


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        (LV, "Vidējā gaisa temperatūra visu gadu ir apmēram +8 grādi."),
        (RU, "Среднегодовая температура воздуха — около +8 градусов."),
        (RU, "Средняя температура воздуха за год — около +8 градусов."),
        (EN, "The mean annual temperature is about 8 degrees Celsius."),
        (EN, "The average temperature for the year is about 8 degrees Celsius."),
    ],
)
def test_annual_temperature_in_words(language: Language, sentence: str) -> None:
    """Degrees in words are °C where the language's degrees are Celsius; the year's mean."""
    expected = [("temperature", 8.0, "°C", {"statistic": "mean", "approximate": "true"})]
    assert expected == facts(sentence, language)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        (EN, "The mean annual temperature is about 8 degrees."),
        (LV, "Gaisa temperatūra ir apmēram +8 grādi."),
        (RU, "Температура около +8 градусов."),
    ],
)
def test_degrees_without_scale_or_statistic_give_nothing(language: Language, sentence: str) -> None:
    """English ``degrees`` alone may be Fahrenheit; without a statistic a reading is no climate."""
    assert [] == facts(sentence, language)


def test_a_dated_month_is_one_years_reading() -> None:
    """``July 1834``'s mean is no July mean, and never January's."""
    sentence = (
        "The hottest month in Berlin is July 1834, with a mean temperature of 23.0 °C "
        "(73.4 °F) and the coldest is January 1823, with a mean temperature of −11.6 °C "
        "(11.1 °F)."
    )
    assert [] == facts(sentence, EN)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        (LV, "Vidējā temperatūra 1823. gada janvārī bija −11,6 °C."),
        (RU, "Средняя температура января 1823 года составила −11,6 °C."),
        (EN, "The average temperature in July of 2010 was 24 °C."),
    ],
)
def test_a_dated_month_gives_no_temperature(language: Language, sentence: str) -> None:
    """A month with its year is one month's reading, not the climate's."""
    assert [] == facts(sentence, language)


def test_months_of_the_climate_still_bind() -> None:
    """Without a year the months bind as before."""
    sentence = "The mean temperature of July is 23.0 °C and of January −11.6 °C."
    expected = [
        ("temperature", 23.0, "°C", {"month": "07", "statistic": "mean"}),
        ("temperature", -11.6, "°C", {"month": "01", "statistic": "mean"}),
    ]
    assert expected == facts(sentence, EN)


# --- distances -------------------------------------------------------------------------


def test_distance_with_the_converted_unit_first_after_a_long_subject() -> None:
    """``Plano is the county seat … and is located 12 miles (19 km) north of downtown Dallas``."""
    sentence = (
        "Plano is the county seat of Collin County and is located 12 miles (19 km) north of "
        "downtown Dallas."
    )
    expected = [
        ("region", "Collin County", None, {}),
        ("distance", 19.0, "km", {"place": "downtown Dallas", "direction": "N"}),
    ]
    assert expected == facts(sentence, EN)


def test_a_coordinated_verb_of_another_subject_gives_no_distance() -> None:
    """``The airport is the main gateway and is located 18 km south of Dallas``: the airport's."""
    sentence = "The airport is the main gateway and is located 18 km south of Dallas."
    assert [] == facts(sentence, EN)


# --- areas of sub-areas ----------------------------------------------------------------


def test_a_pronoun_after_a_sentence_about_a_park_is_the_parks() -> None:
    """``It covers an area of 210 hectares`` after the Tiergarten's sentence is the park's."""
    context = Context()
    context.block(item=False)
    before = (
        "Berlin's second-largest and most popular park, the Großer Tiergarten, is located "
        "right in the center of the city."
    )
    sentence = (
        "It covers an area of 210 hectares and stretches from Bahnhof Zoo in the City West "
        "to the Brandenburg Gate in the east."
    )
    extract(before, EN, names=["Berlin"], context=context)
    assert () == extract(sentence, EN, names=["Berlin"], context=context)


def test_a_pronoun_after_a_sentence_about_the_place_is_the_places() -> None:
    """``Its area is 1,000 hectares`` after a sentence about the town is the town's."""
    context = Context()
    context.block(item=False)
    extract("Ogre is a town on the Daugava.", EN, names=["Ogre"], context=context)
    found = extract("Its area is 1,000 hectares.", EN, names=["Ogre"], context=context)
    assert [("area", 10.0)] == [(f.kind, f.value) for f in found]


@pytest.mark.parametrize(
    ("language", "sentence", "names"),
    [
        (EN, "Berlin's largest park covers 210 hectares.", ["Berlin"]),
        (EN, "The district covers 47 km2.", []),
        (EN, "Tiergarten covers 210 hectares.", ["Berlin"]),
        (
            EN,
            "The urban area of Berlin had about 4.1 million people in 2014 in an area of 1347 km2.",
            ["Berlin"],
        ),
        (LV, "Rīgas lielākā parka platība ir 210 hektāri.", ["Rīga"]),
        (RU, "Площадь района составляет 47 км².", ["Казань"]),
    ],
)
def test_the_area_of_a_sub_area_is_never_the_places(
    language: Language, sentence: str, names: list[str]
) -> None:
    """A park's, a district's, another name's or the urban area's area is no area of the place."""
    assert [] == [row for row in facts(sentence, language, names) if row[0] == "area"]


@pytest.mark.parametrize(
    ("language", "sentence", "names", "value"),
    [
        (EN, "The city covers 47 km2.", [], 47.0),
        (EN, "Berlin covers 891.1 km2.", ["Berlin"], 891.1),
        (
            EN,
            "At the end of 2018, the city-state of Berlin had 3.75 million registered "
            "inhabitants in an area of 891.1 km2.",
            ["Berlin"],
            891.1,
        ),
        (LV, "Rīgas platība ir 307 km².", ["Rīga"], 307.0),
    ],
)
def test_the_area_of_the_place(
    language: Language, sentence: str, names: list[str], value: float
) -> None:
    """The place's own area, named by an own-place word or a name in any case form."""
    assert [("area", value)] == [
        (row[0], row[1]) for row in facts(sentence, language, names) if row[0] == "area"
    ]


# --- the US census's places ------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "names", "region"),
    [
        (
            "Dollar Point is a census-designated place (CDP) in Placer County, California, "
            "United States, along the northwest shore of Lake Tahoe.",
            ["Dollar Point"],
            "Placer County",
        ),
        (
            "Bradley is an unincorporated community in Lincoln County, Wisconsin.",
            [],
            "Lincoln County",
        ),
    ],
)
def test_census_places_are_in_their_county(sentence: str, names: list[str], region: str) -> None:
    """A census-designated place or a community in a county is in that county."""
    assert [("region", region, None, {})] == facts(sentence, EN, names)


def test_a_popular_place_of_another_thing_is_no_region() -> None:
    """``The museum is a popular place in Lincoln County`` says where the museum is."""
    assert [] == facts("The museum is a popular place in Lincoln County.", EN, ["Bradley"])


# --- what the corpus pages showed ------------------------------------------------------


def test_a_region_said_of_an_apposition_subject_is_its() -> None:
    """``Berlin's largest harbour, the Westhafen, is located in the district of Moabit``."""
    sentence = "Berlin's largest harbour, the Westhafen, is located in the district of Moabit."
    assert [] == facts(sentence, EN, ["Berlin"])


def test_a_founder_named_as_the_subject_founds_no_place() -> None:
    """``Coubertin created the modern pentathlon for the 1912 Olympics``: no founding."""
    sentence = "Coubertin created the modern pentathlon for the 1912 Olympics."
    assert [] == facts(sentence, EN, ["Pierre de Coubertin"])


def test_the_place_named_with_an_auxiliary_takes_a_far_year() -> None:
    """``Riga was founded by Bishop Albert together with his knights in 1201``."""
    sentence = "Riga was founded by Bishop Albert together with his knights in 1201."
    assert [("founded", 1201, None, {})] == facts(sentence, EN, ["Riga"])


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "In terms of race and ethnicity, the state was 68.5% White (67.0% Non-Hispanic "
            "White Alone), 26.2% Black or African American.",
            [("White", 68.5), ("African American", 26.2)],
        ),
        ("12.7% East Asian; 12.3% South Asian; 50.2% White", [("White", 50.2)]),
        ("8.5% Black", []),
    ],
)
def test_a_qualified_group_is_a_part_of_it(
    sentence: str, expected: list[tuple[str, float]]
) -> None:
    """``Non-Hispanic White`` and ``East Asian`` are parts of a group; plain ``Black`` is none."""
    assert [("share", v, "%", {"group": g}) for g, v in expected] == facts(sentence, EN)


@pytest.mark.parametrize(
    ("language", "sentence", "names", "expected"),
    [
        (
            RU,
            "1237 год считается официальной датой основания Берлина.",
            ["Берлин"],
            [("founded", 1237, None, {})],
        ),
        (RU, "1237 год считается официальной датой основания университета.", ["Берлин"], []),
        (
            RU,
            "Около 1700 года уже 20 процентов жителей Берлина составляли французы.",
            ["Берлин"],
            [("share", 20.0, "%", {"group": "French"})],
        ),
        (
            EN,
            "Hinduism accounts for 0.02% of the population.",
            [],
            [("share", 0.02, "%", {"group": "Hindus"})],
        ),
    ],
)
def test_more_of_the_real_pages(
    language: Language, sentence: str, names: list[str], expected: list[Row]
) -> None:
    """A founding noun with the place's name after it; the French; a religion's name."""
    assert expected == facts(sentence, language, names)


# --- properties: a negation or a sub-area never gives the carrier's fact ----------------

_NAMES = st.sampled_from(["Ulytau", "Collin", "Limburg", "Karagandy", "Ogre", "Placer"])
_AREAS = st.integers(min_value=1, max_value=9999)

# (language, affirmed, negated) region carriers; {name} is a capitalised word.
_REGION_CARRIERS = [
    (EN, "The city is part of {name} Province.", "The city is not part of {name} Province."),
    (EN, "The town lies in {name} County.", "The town no longer lies in {name} County."),
    (LV, "Pilsēta ietilpst {name} novadā.", "Pilsēta neietilpst {name} novadā."),
    (LV, "Pilsēta atrodas {name} novadā.", "Pilsēta neatrodas {name} novadā."),
    (RU, "Город входит в {name} район.", "Город не входит в {name} район."),
    (RU, "Город расположен в {name} районе.", "Город не расположен в {name} районе."),
]


@pytest.mark.parametrize(("language", "affirmed", "denied"), _REGION_CARRIERS)
@given(name=_NAMES)
def test_a_denied_region_is_never_the_affirmed_one(
    language: Language, affirmed: str, denied: str, name: str
) -> None:
    """The same relation gives the region, and negated gives none."""
    assert [] != kinds(affirmed.format(name=name), language, "region")
    assert [] == kinds(denied.format(name=name), language, "region")


# (language, the place's area, a sub-area's, a denied one) with {n} the number.
_AREA_CARRIERS = [
    (
        EN,
        "The city covers {n} km2.",
        "The city's largest park covers {n} km2.",
        "The city does not cover {n} km2.",
    ),
    (
        LV,
        "Pilsētas platība ir {n} km².",
        "Pilsētas parka platība ir {n} km².",
        "Pilsētas platība nav {n} km².",
    ),
    (
        RU,
        "Площадь города составляет {n} км².",
        "Площадь парка составляет {n} км².",
        "Площадь города не составляет {n} км².",
    ),
]


@pytest.mark.parametrize(("language", "own", "part", "denied"), _AREA_CARRIERS)
@given(n=_AREAS)
def test_a_sub_area_or_a_denial_never_gives_the_places_area(
    language: Language, own: str, part: str, denied: str, n: int
) -> None:
    """The place's area is an area; a park's or a denied one never is."""
    assert [("area", float(n))] == [row[:2] for row in kinds(own.format(n=n), language, "area")]
    assert [] == kinds(part.format(n=n), language, "area")
    assert [] == kinds(denied.format(n=n), language, "area")


# (language, founded, denied) with {year} the year.
_FOUNDING_CARRIERS = [
    (EN, "The city was founded in {year}.", "The city was not founded in {year}."),
    (LV, "Pilsēta dibināta {year}. gadā.", "Pilsēta netika dibināta {year}. gadā."),
    (RU, "Город основан в {year} году.", "Город не был основан в {year} году."),
]


@pytest.mark.parametrize(("language", "founded", "denied"), _FOUNDING_CARRIERS)
@given(year=st.integers(min_value=1000, max_value=2025))
def test_a_denied_founding_is_none(
    language: Language, founded: str, denied: str, year: int
) -> None:
    """A founding gives its year, and negated gives none."""
    assert [("founded", year, None, {})] == facts(founded.format(year=year), language)
    assert [] == kinds(denied.format(year=year), language, "founded")
