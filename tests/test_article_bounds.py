"""Bounds and impossible values in article text: no fact rather than a wrong one.

A bound (``300+``, ``over 5,000``, ``более 5000``) says where a value lies, not what
it is; a temperature outside −90 … +60 °C is no place's climate; a share above
100 % is no share. None of them becomes a fact. Approximations (``nearly``, ``ap``,
``около``) stay facts, marked ``approximate``.
"""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from infobox import Population, Settlement, parse_article, reconcile
from infobox.article.facts import extract
from infobox.article.languages import LANGUAGES, Language


def facts(sentence: str, lang: str) -> list[tuple[str, object, dict[str, str]]]:
    """The facts of one sentence as (kind, value, qualifiers)."""
    return [(f.kind, f.value, dict(f.qualifiers)) for f in extract(sentence, LANGUAGES[lang])]


# --- bounds give no fact ------------------------------------------------------------------

BOUNDED = [
    # English: before the number, and after it
    ("en", "The town has over 5,000 inhabitants."),
    ("en", "The town has more than 5,000 inhabitants."),
    ("en", "The population is under 100."),
    ("en", "The population is at least 500."),
    ("en", "The population is up to 500."),
    ("en", "The population exceeds 5,000."),
    ("en", "As many as 5,000 people live in the town."),
    ("en", "The town has north of 5,000 inhabitants."),
    ("en", "The town has just shy of 5,000 inhabitants."),
    ("en", "The town has 300+ inhabitants."),
    ("en", "The population is 5,000+."),
    ("en", "The population is 1.2 million+."),
    ("en", "The town has 5,000 or more inhabitants."),
    ("en", "The population is 5,000 or more."),
    ("en", "The population is 5,000 and above."),
    ("en", "The population is 100 or fewer."),
    ("en", "The city lies over 400 km south of Karaganda."),
    ("en", "The city lies 400+ km south of Karaganda."),
    ("en", "The city covers more than 47 km²."),
    ("en", "The city covers 47 km² or more."),
    ("en", "The city lies at an elevation of over 300 m."),
    ("en", "The mean temperature in July is up to 24 °C."),
    ("en", "The mean temperature in July is 24 °C or higher."),
    ("en", "More than 55% of the population are Kazakhs."),
    ("en", "55%+ of the population are Kazakhs."),
    ("en", "The Kazakhmys Power Plant has a capacity of over 207 MW."),
    # Latvian
    ("lv", "Pilsētā dzīvo vairāk nekā 5000 iedzīvotāju."),
    ("lv", "Pilsētā dzīvo virs 5000 iedzīvotāju."),
    ("lv", "Pilsētā dzīvo līdz 5000 iedzīvotāju."),
    ("lv", "Pilsētā dzīvo vairāk par 5000 iedzīvotāju."),
    ("lv", "Pilsētā dzīvo pāri par 5000 iedzīvotāju."),
    ("lv", "Pilsētā dzīvo vismaz 5000 iedzīvotāju."),
    ("lv", "Pilsētā dzīvo 5000+ iedzīvotāju."),
    ("lv", "Pilsētā dzīvo 5000 un vairāk iedzīvotāju."),
    ("lv", "Iedzīvotāju skaits ir 5 tūkstoši ar uzviju."),
    ("lv", "Vidējā temperatūra jūlijā ir līdz 24 °C."),
    ("lv", "Vairāk nekā 55% iedzīvotāju ir kazahi."),
    # Russian
    ("ru", "В городе проживает более 5000 человек."),
    ("ru", "В городе проживает свыше 5000 человек."),
    ("ru", "В городе проживает больше 5000 человек."),
    ("ru", "В городе проживает менее 5000 человек."),
    ("ru", "В городе проживает до 5000 человек."),
    ("ru", "Город с населением от 5 тыс. человек."),
    ("ru", "В городе проживает не менее 5000 человек."),
    ("ru", "В городе проживает 5000+ человек."),
    ("ru", "В городе проживает 5000 и более человек."),
    ("ru", "Население города — 5 тысяч с лишним человек."),
    ("ru", "Население города свыше 5 тыс. человек."),
    ("ru", "Город основан до 1938 года."),
    ("ru", "Средняя температура июля до +24 °C."),
    ("ru", "Казахи составляют более 64 % населения."),
    ("ru", "Город находится в более чем 100 км к юго-востоку от Караганды."),
]


@pytest.mark.parametrize(("lang", "sentence"), BOUNDED)
def test_a_bound_is_no_fact(lang: str, sentence: str) -> None:
    """A number with a bound before or after it gives no fact of any kind."""
    assert [] == facts(sentence, lang)


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "The city was founded before 1938."),
        ("en", "The city was founded after 1938."),
        ("en", "The city was founded no later than 1938."),
        ("en", "The city was founded in or before 1938."),
        ("en", "A settlement on Greenland was established before 1000 CE, but contact was lost."),
        ("lv", "Pilsēta dibināta pirms 1938. gada."),
        ("lv", "Pilsēta dibināta pēc 1938. gada."),
        ("ru", "Город основан после 1938 года."),
        ("ru", "Город основан не позднее 1938 года."),
        ("ru", "Город основан до 1938 года."),
    ],
)
def test_a_bounded_founding_year_is_no_founding(lang: str, sentence: str) -> None:
    """``founded before 1938`` does not say the city was founded in 1938."""
    assert [] == facts(sentence, lang)


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "The city was founded in 1938."),
        ("en", "In 1938 a settlement was established."),
        ("lv", "Pilsētu izveidoja 1938. gadā."),
        ("ru", "Город основан в 1938 году."),
    ],
)
def test_an_exact_founding_year_is_still_a_founding(lang: str, sentence: str) -> None:
    """Without a bound the founding year is read."""
    assert [("founded", 1938, {})] == facts(sentence, lang)


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        ("en", "The town has 5,000 inhabitants.", ("population", 5000, {"scope": "city"})),
        (
            "en",
            "The population is nearly 500.",
            ("population", 500, {"scope": "city", "approximate": "true"}),
        ),
        (
            "en",
            "The town has about 5,000 inhabitants.",
            ("population", 5000, {"scope": "city", "approximate": "true"}),
        ),
        (
            "lv",
            "Pilsētā dzīvo ap 5000 iedzīvotāju.",
            ("population", 5000, {"scope": "city", "approximate": "true"}),
        ),
        (
            "lv",
            "Pilsētā dzīvo gandrīz 5000 iedzīvotāju.",
            ("population", 5000, {"scope": "city", "approximate": "true"}),
        ),
        (
            "ru",
            "В городе проживает около 5000 человек.",
            ("population", 5000, {"scope": "city", "approximate": "true"}),
        ),
        (
            "ru",
            "В городе проживает почти 5000 человек.",
            ("population", 5000, {"scope": "city", "approximate": "true"}),
        ),
        ("ru", "В городе проживает 5000 человек.", ("population", 5000, {"scope": "city"})),
    ],
)
def test_an_approximation_is_still_a_fact(
    lang: str, sentence: str, expected: tuple[str, object, dict[str, str]]
) -> None:
    """``nearly``, ``about``, ``ap``, ``gandrīz``, ``около``, ``почти`` approximate, not bound."""
    assert [expected] == facts(sentence, lang)


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        # "до"/"līdz" before a year that is no bound of a value: a former region stays
        (
            "ru",
            "До 2022 года город входил в состав Карагандинской области.",
            ("region", "Карагандинская область", {"former": "true"}),
        ),
        # a range is no bound: its temperatures keep their months
        (
            "en",
            "The temperature ranges from 24 °C in July to -16 °C in January.",
            ("temperature", 24.0, {"month": "07"}),
        ),
        # a "+" that signs a temperature is no bound
        (
            "ru",
            "Средняя температура июля +24 °C.",
            ("temperature", 24.0, {"month": "07", "statistic": "mean"}),
        ),
    ],
)
def test_words_that_bound_a_value_leave_other_readings_alone(
    lang: str, sentence: str, expected: tuple[str, object, dict[str, str]]
) -> None:
    """The new bound words do not take away a region, a range's temperature or a sign."""
    assert expected == facts(sentence, lang)[0]


def test_a_bound_in_an_article_gives_no_claim_to_reconcile() -> None:
    """``over 5,000 inhabitants`` never competes with the infobox's exact count."""
    article = parse_article("Kengir is a town. It has over 5,000 inhabitants.", "en")
    assert () == article.facts_of("population")
    settlement = Settlement(template="Infobox settlement", population=Population(total=4000))
    claim = reconcile(("infobox", settlement), ("article", article)).claims["population.total"]
    assert (4000, ("infobox",), ()) == (claim.value, claim.sources, claim.alternatives)


COUNT_CARRIERS = {
    "en": "In 2020 the town had {} inhabitants.",
    "lv": "2020. gadā pilsētā bija {} iedzīvotāju.",
    "ru": "В 2020 году в городе проживало {} жителей.",
}
CARRIED = [LANGUAGES[code] for code in COUNT_CARRIERS]


@pytest.mark.parametrize("language", CARRIED, ids=lambda lang: lang.code)
@given(data=st.data(), number=st.integers(min_value=1, max_value=10**9))
def test_any_bound_word_before_a_count_gives_no_fact(
    language: Language, data: st.DataObject, number: int
) -> None:
    """Every bound phrase of the language, before any count, leaves no fact."""
    bound = data.draw(st.sampled_from(sorted(language.facts.bounds)))
    sentence = COUNT_CARRIERS[language.code].format(f"{bound} {number}")
    assert () == extract(sentence, language)


@pytest.mark.parametrize("language", CARRIED, ids=lambda lang: lang.code)
@given(data=st.data(), number=st.integers(min_value=1, max_value=10**9))
def test_any_bound_after_a_count_gives_no_fact(
    language: Language, data: st.DataObject, number: int
) -> None:
    """``+`` against the count, or any bound phrase after it, leaves no fact."""
    bound = data.draw(st.sampled_from(["+", *sorted(language.facts.bounds_after)]))
    written = f"{number}+" if bound == "+" else f"{number} {bound}"
    assert () == extract(COUNT_CARRIERS[language.code].format(written), language)


@pytest.mark.parametrize("language", CARRIED, ids=lambda lang: lang.code)
@given(number=st.integers(min_value=1, max_value=10**9))
def test_the_same_count_without_a_bound_is_a_population(language: Language, number: int) -> None:
    """The carriers are sound: without a bound the count is a population."""
    [found] = extract(COUNT_CARRIERS[language.code].format(number), language)
    assert ("population", number) == (found.kind, found.value)


# --- temperatures outside the climate's range --------------------------------------------

TEMPERATURE_CARRIERS = {
    "en": "The mean temperature in July is {}.",
    "lv": "Vidējā temperatūra jūlijā ir {}.",
    "ru": "Средняя температура июля {}.",
}


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "The average January temperature is -95 °C."),
        ("en", "The average July temperature is 75 °C."),
        ("en", "The record high in July is 150 °F."),
        ("en", "The record low in January is −140 °F."),
        ("lv", "Vidējā temperatūra jūlijā ir 75 °C."),
        ("lv", "Zemākā temperatūra janvārī ir −91 °C."),
        ("ru", "Средняя температура июля +75 °C."),
        ("ru", "Абсолютный минимум января −100 °C."),
    ],
)
def test_a_temperature_no_climate_has_is_no_fact(lang: str, sentence: str) -> None:
    """Below −90 °C or above +60 °C (after converting °F) is no temperature."""
    assert [] == facts(sentence, lang)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The record low in January is −90 °C.", -90.0),
        ("The record high in July is 60 °C.", 60.0),
        ("The record low in January is −130 °F.", -90.0),
        ("The average January temperature is -40 °F.", -40.0),
        ("The average January temperature is -4 °F.", -20.0),
    ],
)
def test_temperatures_at_the_ends_of_the_range_and_negative_fahrenheit(
    sentence: str, value: float
) -> None:
    """The range's ends are kept; a negative °F is signed before it is converted."""
    [(kind, found, _)] = facts(sentence, "en")
    assert ("temperature", value) == (kind, found)


@pytest.mark.parametrize(
    "language", [LANGUAGES[code] for code in TEMPERATURE_CARRIERS], ids=lambda lang: lang.code
)
@given(
    degrees=st.integers(min_value=-1000, max_value=1000),
    unit=st.sampled_from(["°C", "°F"]),
    minus=st.sampled_from(["-", "−"]),
)
def test_a_temperature_is_a_fact_only_within_the_climate_range(
    language: Language, degrees: int, unit: str, minus: str
) -> None:
    """Any whole temperature in °C or °F: a fact exactly when −90 ≤ °C ≤ 60, and then right."""
    written = f"{minus if degrees < 0 else ''}{abs(degrees)} {unit}"
    found = extract(TEMPERATURE_CARRIERS[language.code].format(written), language)
    celsius = Fraction(degrees) if unit == "°C" else (Fraction(degrees) - 32) * 5 / 9
    if -90 <= celsius <= 60:
        [fact] = found
        assert "temperature" == fact.kind
        assert isinstance(fact.value, float)
        assert abs(float(celsius) - fact.value) < 1e-9
    else:
        assert () == found


# --- shares above 100 % -------------------------------------------------------------------

SHARE_CARRIERS = {
    "en": "Kazakhs make up {}% of the population.",
    "lv": "Kazahi ir {}% iedzīvotāju.",
    "ru": "Казахи составляют {} % населения.",
}


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "Kazakhs make up 155% of the population."),
        ("en", "Kazakhs (100.5%), Russians (30%)."),
        ("lv", "Kazahi ir 155% iedzīvotāju."),
        ("ru", "Казахи составляют 164 % населения."),
    ],
)
def test_a_share_above_all_of_the_population_is_no_fact(lang: str, sentence: str) -> None:
    """A share above 100 % is no share; the other shares of the sentence stay."""
    assert [] == [f for f in facts(sentence, lang) if f[1] != 30.0]


@pytest.mark.parametrize(
    "language", [LANGUAGES[code] for code in SHARE_CARRIERS], ids=lambda lang: lang.code
)
@given(tenths=st.integers(min_value=0, max_value=20_000))
def test_a_share_is_a_fact_only_up_to_100_percent(language: Language, tenths: int) -> None:
    """Any share from 0 to 2000 %: a fact exactly when it is at most 100 %."""
    whole, tenth = divmod(tenths, 10)
    mark = "," if language.decimal_comma else "."
    sentence = SHARE_CARRIERS[language.code].format(f"{whole}{mark}{tenth}")
    found = extract(sentence, language)
    if tenths <= 1000:
        [fact] = found
        group = fact.qualifiers["group"]
        assert ("share", tenths / 10, "Kazakhs") == (fact.kind, fact.value, group)
    else:
        assert () == found
