"""Climate tables ({{Weather box}}, {{Climate chart}}, {{Климат города}}) into facts."""

from __future__ import annotations

import math
import re
from collections import Counter
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from infobox import Fact, parse_article, reconcile
from infobox.article.facts import KINDS, temperature
from infobox.article.facts.weather_box import (
    _ANY_NAME,
    _ANY_NAME_ANY_CASE,
    _CASE_BLIND_EXTRA,
    _FIRST_WORDS,
    _LEAD_WORDS,
    _PIECE,
    COLDEST,
    HOTTEST,
    ClimateNames,
    _first_name,
    climate_template,
    may_hold_climate_table,
    read_climate_table,
)
from infobox.article.reader import read_wikitext
from infobox.locale import locale_for

WEATHER = Path(__file__).resolve().parent.parent / "fixtures" / "articles" / "weather"
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def table(facts: tuple[Fact, ...] | list[Fact]) -> list[tuple[str, object, str | None, str]]:
    """Each climate-table fact as (kind, value, month, statistic or form)."""
    return [
        (
            f.kind,
            f.value,
            f.qualifiers.get("month"),
            f.qualifiers.get("statistic") or f.qualifiers.get("form", ""),
        )
        for f in facts
        if f.qualifiers.get("source") == "weather_box"
    ]


def read(text: str, lang: str = "en") -> tuple[Fact, ...]:
    """The climate-table facts parse_article reads from ``text``."""
    return tuple(
        f for f in parse_article(text, lang).facts if f.qualifiers.get("source") == "weather_box"
    )


# --- hand-written tables ------------------------------------------------------------------

EVERY_STATISTIC = """'''Testville''' is a town.
== Climate ==
{{Weather box
|location = Testville
|Jan record high C = 15.0
|Jan high C = 2.9
|Jan mean C = 0.5
|Jan low C = −1.9
|Jan record low C = -26.1
|Jan precipitation mm = 42.3
|year mean C = 9.6
}}
"""


def test_every_statistic_of_a_weather_box() -> None:
    """Record high, high, mean, low and record low are max, mean_max, mean, mean_min, min."""
    expected = [
        ("temperature", 15.0, "01", "max"),
        ("temperature", 2.9, "01", "mean_max"),
        ("temperature", 0.5, "01", "mean"),
        ("temperature", -1.9, "01", "mean_min"),
        ("temperature", -26.1, "01", "min"),
        ("precipitation", 42.3, "01", ""),
        ("temperature", 9.6, None, "mean"),
    ]
    assert expected == table(read(EVERY_STATISTIC))


def test_facts_point_at_their_values() -> None:
    """Each fact's start/end are its value's offsets; its sentence names the parameter."""
    facts = read(EVERY_STATISTIC)
    assert ["15.0", "2.9", "0.5", "−1.9", "-26.1", "42.3", "9.6"] == [
        EVERY_STATISTIC[f.start : f.end] for f in facts
    ]
    assert "Weather box|Jan low C=−1.9" == facts[3].sentence
    assert {"°C"} == {f.unit for f in facts if f.kind == "temperature"}
    assert {"mm"} == {f.unit for f in facts if f.kind == "precipitation"}


def test_fahrenheit_only_is_converted() -> None:
    """A value given only in °F is converted to °C and says so."""
    facts = read("'''X''' is a town.\n{{Weather box|Jul high F = 95|Jan record low F=-40}}")
    assert [(35.0, "mean_max"), (-40.0, "min")] == [
        (f.value, f.qualifiers["statistic"]) for f in facts
    ]
    assert ["°F", "°F"] == [f.qualifiers.get("converted_from") for f in facts]


def test_celsius_wins_over_fahrenheit() -> None:
    """When a month and statistic is given in °C and °F, the °C value is read."""
    facts = read("'''X''' is a town.\n{{Weather box|Jan high F = 37|Jan high C = 2.9}}")
    assert [(2.9, None)] == [(f.value, f.qualifiers.get("converted_from")) for f in facts]


def test_fahrenheit_is_read_when_celsius_is_blank() -> None:
    """A blank °C parameter does not hide the °F one."""
    facts = read("'''X''' is a town.\n{{Weather box|Jan high C = |Jan high F = 50}}")
    assert [10.0] == [f.value for f in facts]


def test_a_bad_value_is_skipped_with_a_diagnostic() -> None:
    """A value that holds no single number gives no fact, a diagnostic, and no guess."""
    text = "'''X''' is a town.\n{{Weather box|Jan high C = n/a|Feb high C = 1–2|Mar high C = 8.5}}"
    article = parse_article(text, "en")
    assert [("temperature", 8.5, "03", "mean_max")] == table(article.facts)
    problems = [d for d in article.diagnostics if d.param is not None]
    assert [("Jan high C", "n/a"), ("Feb high C", "1–2")] == [
        (d.param, text[d.start or 0 : d.end or 0]) for d in problems
    ]
    assert {"warning"} == {d.severity for d in problems}


def test_an_implausible_value_is_skipped() -> None:
    """A temperature outside −90…60 °C or a negative precipitation gives no fact."""
    text = "'''X''' is a town.\n{{Weather box|Jan high C = 75|Feb precipitation mm = -3}}"
    article = parse_article(text, "en")
    assert [] == table(article.facts)
    assert ["article.climate-implausible"] * 2 == [
        d.code for d in article.diagnostics if d.code.startswith("article.climate")
    ]


def test_precipitation_units_and_rain() -> None:
    """Inches and centimetres become mm; a rain row is precipitation in the form of rain."""
    text = "'''X''' is a town.\n{{Weather box|Jan precipitation inch = 2|Feb rain cm = 4.5}}"
    facts = read(text)
    assert [(50.8, "in", None), (45.0, "cm", "rain")] == [
        (f.value, f.qualifiers.get("converted_from"), f.qualifiers.get("form")) for f in facts
    ]


def test_box_inside_a_section_and_a_div() -> None:
    """A table in a section, a <div> or a wikitable cell is read; one in a ref is not."""
    text = (
        "'''X''' is a town.\n== Geography ==\n=== Climate ===\nText.\n"
        "<div style='float:right'>{{Weather box|Jan high C=1}}</div>\n"
        "{|\n| {{weather_box|Feb high C=2}}\n|}\nMore.<ref>{{Weather box|Mar high C=3}}</ref>\n"
    )
    facts = read(text)
    assert [(1.0, "01"), (2.0, "02")] == [(f.value, f.qualifiers["month"]) for f in facts]
    assert ["1", "2"] == [text[f.start : f.end] for f in facts]


def test_offsets_hold_with_windows_line_ends() -> None:
    """With CRLF line ends the offsets still point at the values in the input."""
    text = "'''X''' is a town.\r\n\r\n== Climate ==\r\n{{Weather box\r\n|Jan high C = 2.5\r\n}}\r\n"
    facts = read(text)
    assert ["2.5"] == [text[f.start : f.end] for f in facts]


def test_latvian_box_reads_a_decimal_comma() -> None:
    """On lvwiki the same template's values may use a decimal comma and a Unicode minus."""
    text = (
        "'''Testpilsēta''' ir pilsēta Latvijā.\n== Klimats ==\n"
        "{{Weather box\n|Jan low C=−1,9\n|Jul high C=23,7\n}}\n"
    )
    assert [
        ("temperature", -1.9, "01", "mean_min"),
        ("temperature", 23.7, "07", "mean_max"),
    ] == table(read(text, "lv"))


def test_russian_klimat_goroda() -> None:
    """Климат города: ср, ср_макс, ср_мин, а_макс, а_мин and precipitation, decimal comma."""
    text = (
        "'''Тестоград''' — город в России.\n== Климат ==\n{{Климат города\n"
        "|Янв_ср = -9,3 |Янв_ср_макс = -6.5 |Янв_ср_мин = -12 |Янв_а_макс = 8,6\n"
        "|Янв_а_мин = −42,2 |Янв_ср_осад = 52 |Июл_осадки = 84 |Год_ср = 5,8\n}}\n"
    )
    assert [
        ("temperature", -9.3, "01", "mean"),
        ("temperature", -6.5, "01", "mean_max"),
        ("temperature", -12.0, "01", "mean_min"),
        ("temperature", 8.6, "01", "max"),
        ("temperature", -42.2, "01", "min"),
        ("precipitation", 52.0, "01", ""),
        ("precipitation", 84.0, "07", ""),
        ("temperature", 5.8, None, "mean"),
    ] == table(read(text, "ru"))


def test_climate_chart_is_positional() -> None:
    """{{Climate chart}}: the place, then each month's low, high and precipitation."""
    months = "|".join(f"{m}|{m + 10}|{m * 10}" for m in range(1, 13))
    text = f"'''X''' is a town.\n{{{{climate chart|X|{months}|float=right}}}}\n"
    facts = read(text)
    assert 36 == len(facts)
    assert [
        ("temperature", 2.0, "02", "mean_min"),
        ("temperature", 12.0, "02", "mean_max"),
        ("precipitation", 20.0, "02", ""),
    ] == table(facts[3:6])


def test_climate_chart_imperial_and_unknown_units() -> None:
    """units=imperial means °F and inches; units it does not know give nothing."""
    months = "|".join(f"{m}|{m + 10}|{m}" for m in range(30, 42))
    imperial = read(f"'''X''' is a town.\n{{{{Climate chart|X|{months}|units=imperial}}}}")
    assert (-1.1, 4.4, 762.0) == tuple(round(float(f.value), 1) for f in imperial[:3])
    kelvin = f"'''X''' is a town.\n{{{{Climate chart|X|{months}|units=kelvin}}}}"
    unknown = parse_article(kelvin, "en")
    assert [] == table(unknown.facts)
    assert ["article.climate-units"] == [
        d.code for d in unknown.diagnostics if d.code.startswith("article.climate")
    ]


def test_duplicate_parameter_last_wins() -> None:
    """As in MediaWiki, the last of two equal parameter names is the one read."""
    assert [3.0] == [
        f.value for f in read("'''X''' is a town.\n{{Weather box|Jan high C=1|Jan high C=3}}")
    ]


def test_template_names_and_redirects() -> None:
    """The names match as MediaWiki matches them; other templates are no climate table."""
    box = climate_template("weather_box")
    assert box is not None
    assert "Weather box" == box.names[0]
    assert box is climate_template("Weatherbox")
    assert climate_template("Климат города") is not None
    assert climate_template("Berlin weatherbox") is None
    assert climate_template("Infobox settlement") is None


def test_no_facts_without_fact_rules() -> None:
    """A language without fact rules reads no climate table either, as the docs say."""
    assert () == read("'''X''' is a town.\n{{Weather box|Jan high C=1}}", "de")


def test_climate_facts_come_in_text_order() -> None:
    """Table facts and sentence facts come in the order of the text."""
    text = (
        "'''X''' is a town. It was founded in 1938.\n"
        "{{Weather box|Jan high C=1}}\nThe population was 5,000 in 2010.\n"
    )
    facts = parse_article(text, "en").facts
    assert ["founded", "temperature", "population"] == [f.kind for f in facts]
    assert sorted(f.start for f in facts) == [f.start for f in facts]


def test_reader_locates_tables() -> None:
    """read_wikitext lists where each climate table lies, and shows none of it as text."""
    text = "Intro.\n{{Weather box|Jan high C=1}}\n== A ==\n{{Климат города|Янв_ср=1}}"
    reading = read_wikitext(text)
    assert ["{{Weather box|Jan high C=1}}", "{{Климат города|Янв_ср=1}}"] == [
        text[a:b] for a, b in reading.climate_tables
    ]
    assert ["Intro.", "A"] == [b.text for b in reading.blocks]


# --- real pages -----------------------------------------------------------------------------


def real(name: str, lang: str) -> tuple[str, tuple[Fact, ...]]:
    """A real page's text and its climate-table facts."""
    text = (WEATHER / name).read_text(encoding="utf-8")
    return text, read(text, lang)


def pick(facts: tuple[Fact, ...], month: str | None, key: str) -> list[float]:
    """The values of one month and statistic (or precipitation form)."""
    return [
        float(f.value)
        for f in facts
        if f.qualifiers.get("month") == month
        and (f.qualifiers.get("statistic") or f.qualifiers.get("form", "")) == key
    ]


def test_real_latvian_berlin() -> None:
    """lvwiki Berlīne's {{Weather box}}: 65 temperatures and 12 months of rain."""
    text, facts = real("lv-Berline.wiki", "lv")
    assert Counter({"temperature": 65, "precipitation": 12}) == Counter(f.kind for f in facts)
    assert [-1.9] == pick(facts, "01", "mean_min")
    assert [23.7] == pick(facts, "07", "mean_max")
    assert [38.8] == pick(facts, None, "max")
    assert [-26.1] == pick(facts, "01", "min")
    assert [55.5] == pick(facts, "07", "rain")
    assert all(text[f.start : f.end] in f.sentence for f in facts)


def test_real_russian_berlin() -> None:
    """ruwiki Берлин's {{Климат города}}: 65 temperatures and 13 precipitation totals."""
    text, facts = real("ru-Berlin.wiki", "ru")
    assert Counter({"temperature": 65, "precipitation": 13}) == Counter(f.kind for f in facts)
    assert [0.7] == pick(facts, "01", "mean")
    assert [24.8] == pick(facts, "07", "mean_max")
    assert [-26.0] == pick(facts, "02", "min")
    assert [577.0] == pick(facts, None, "")
    assert ["-0.7"] == [
        text[f.start : f.end] for f in facts if f.sentence.startswith("Климат города|Дек_ср_мин")
    ]


def test_real_pretoria() -> None:
    """enwiki Pretoria: a {{climate chart}} and a {{Weather box}}, which agree on January."""
    _, facts = real("en-Pretoria.wiki", "en")
    assert Counter({"temperature": 89, "precipitation": 25}) == Counter(f.kind for f in facts)
    assert [18.0, 18.0] == pick(facts, "01", "mean_min")
    assert [29.0, 29.0] == pick(facts, "01", "mean_max")
    assert [42.0] == pick(facts, "01", "max")
    assert [-6.0] == pick(facts, "06", "min")
    assert [136.0, 154.0] == pick(facts, "01", "")


def test_real_dollar_point_fahrenheit() -> None:
    """enwiki Dollar Point's box is in °F and inches: every value is converted."""
    _, facts = real("en-Dollar_Point.wiki", "en")
    assert Counter({"temperature": 60, "precipitation": 13}) == Counter(f.kind for f in facts)
    assert {"°F", "in"} == {f.qualifiers.get("converted_from") for f in facts}
    assert [32.777778] == [round(v, 6) for v in pick(facts, "07", "mean_max")]
    assert [-26.666667] == [round(v, 6) for v in pick(facts, "01", "min")]
    assert [25.4] == [round(v, 6) for v in pick(facts, "01", "")]


# --- reconcile ------------------------------------------------------------------------------


def test_table_wins_over_a_sentence_in_reconcile() -> None:
    """A table's value beats a sentence's for the same month and statistic, without conflict."""
    text = (
        "'''X''' is a town. In January the average temperature is 3 °C.\n"
        "{{Weather box|Jan mean C = 0.5}}\n"
    )
    claim = reconcile(("page", parse_article(text, "en"))).claims["temperature.01"]
    assert 0.5 == claim.value
    assert [(3.0, "table")] == [(a.value, a.reason) for a in claim.alternatives]
    assert not claim.conflict


def test_table_wins_over_sentences_of_more_sources() -> None:
    """Two texts' sentences do not outvote a climate table."""
    sentence = "X is a town. In January the average temperature is 3 °C."
    box = "'''X''' is a town.\n{{Weather box|Jan mean C = 0.5}}\n"
    profile = reconcile(
        ("a", parse_article(sentence, "en")),
        ("b", parse_article(sentence, "en")),
        ("box", parse_article(box, "en")),
    )
    claim = profile.claims["temperature.01"]
    assert (0.5, ("box",)) == (claim.value, claim.sources)
    assert [(3.0, ("a", "b"), "table")] == [
        (a.value, a.sources, a.reason) for a in claim.alternatives
    ]


def test_precipitation_is_a_profile_field() -> None:
    """Precipitation facts become precipitation.MM claims (rain: precipitation.MM.rain)."""
    text = (
        "'''X''' is a town.\n"
        "{{Weather box|Jan precipitation mm=40|Jan rain mm=30|year precipitation mm=500}}"
    )
    claims = reconcile(parse_article(text, "en")).claims
    assert (40.0, 30.0, 500.0) == (
        claims["precipitation.01"].value,
        claims["precipitation.01.rain"].value,
        claims["precipitation.year"].value,
    )


# --- properties -----------------------------------------------------------------------------

TEMPERATURES = st.decimals(min_value=-60, max_value=50, places=1, allow_nan=False).map(float)
ROWS = {
    "record high": "max",
    "high": "mean_max",
    "mean": "mean",
    "low": "mean_min",
    "record low": "min",
}


@given(
    values=st.dictionaries(
        st.tuples(st.sampled_from(MONTHS), st.sampled_from(sorted(ROWS))), TEMPERATURES, max_size=30
    ),
    lang=st.sampled_from(["en", "lv", "ru"]),
    fahrenheit=st.booleans(),
    minus=st.sampled_from(["-", "−"]),
)
def test_generated_box_reads_back(
    values: dict[tuple[str, str], float], lang: str, fahrenheit: bool, minus: str
) -> None:
    """A box of random month values renders and reads back the same values."""
    decimal = "," if lang != "en" else "."
    params = []
    for (month, row), value in values.items():
        shown = value * 9 / 5 + 32 if fahrenheit else value
        written = f"{abs(shown):.4f}".rstrip("0").rstrip(".").replace(".", decimal)
        sign = minus if shown < 0 and written != "0" else ""
        params.append(f"\n| {month} {row} {'F' if fahrenheit else 'C'} = {sign}{written}")
    text = "{{Weather box" + "".join(params) + "\n}}"
    facts, diagnostics = read_climate_table(text, 0, locale_for(lang))
    expected = {(f"{MONTHS.index(m) + 1:02d}", ROWS[r]): v for (m, r), v in values.items()}
    actual = {(f.qualifiers["month"], f.qualifiers["statistic"]): float(f.value) for f in facts}
    assert expected.keys() == actual.keys()
    assert all(math.isclose(expected[k], actual[k], abs_tol=1e-3) for k in expected)
    assert [] == diagnostics


@given(st.text(max_size=200))
def test_any_value_gives_facts_or_diagnostics(value: str) -> None:
    """Any value at all gives a fact or nothing, never an exception."""
    text = "{{Weather box|Jan high C=" + value.replace("}", "").replace("|", "") + "}}"
    facts, _ = read_climate_table(text, 0, locale_for("en"))
    assert all(-90 <= float(f.value) <= 60 for f in facts)


def test_kinds_and_range_match_the_sentence_rules() -> None:
    """Table facts are of listed kinds, in the temperature range sentences use."""
    _, facts = real("ru-Berlin.wiki", "ru")
    assert {"temperature", "precipitation"} == {f.kind for f in facts} & KINDS
    assert (temperature._COLDEST, temperature._HOTTEST) == (COLDEST, HOTTEST)


def test_blank_and_dash_are_no_value() -> None:
    """A blank cell, a comment or a lone dash is no value and no diagnostic."""
    text = (
        "'''X''' is a town.\n"
        "{{Weather box|Jan high C = <!-- -->|Feb high C = —|Mar high C=-|Apr high C=4}}"
    )
    article = parse_article(text, "en")
    assert [("temperature", 4.0, "04", "mean_max")] == table(article.facts)
    assert [] == [d for d in article.diagnostics if d.param is not None]


FRAGMENTS = st.sampled_from(
    [
        "{{Weather box",
        "{{Климат города",
        "{{climate chart",
        "|Jan high C=",
        "|Jul mean F =",
        "|Янв_ср=",
        "|2=",
        "|units=imperial",
        "}}",
        "{{",
        "<ref>",
        "</ref>",
        "<div>",
        "</div>",
        "\n",
        "\r\n",
        "== A ==",
        "−",
        "1,5",
        "2.5",
        "-40",
        "<!--",
        "-->",
        "[[",
        "]]",
        "{|",
        "|}",
        " ",
    ]
)


@given(st.lists(FRAGMENTS, max_size=40).map("".join), st.sampled_from(["en", "lv", "ru"]))
def test_any_page_with_tables_parses(text: str, lang: str) -> None:
    """Pages built from climate-table pieces parse; every table fact points at its value."""
    for f in read(text, lang):
        assert f.sentence.endswith("=" + text[f.start : f.end])


@given(
    st.lists(
        st.sampled_from(
            [
                *("weather", "Weather", "WEATHER", " ", "_", "box", "Box", "ſ", "K", "ß", "İ"),
                *("ı", "climate", "CHART", "chart", "климат", "Города", "города", "ᲁ", "x", "\n"),
            ]
        ),
        max_size=12,
    ).map("".join)
)
def test_may_hold_climate_table_is_the_folded_search(text: str) -> None:
    """The case-blind search says what a search of the case-folded text says."""
    assert may_hold_climate_table(text) == (_ANY_NAME.search(text.casefold()) is not None)


def test_the_quick_test_knows_every_character_the_case_blind_search_equates() -> None:
    """Each character ``re`` equates with a letter of a name is its case or a mapped extra."""
    everything = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000)
    letters = set(_ANY_NAME.pattern) - set("[]|+ _\\")
    for letter in letters:
        for char in re.findall(re.escape(letter), everything, re.IGNORECASE):
            assert char.lower() == letter or _CASE_BLIND_EXTRA.get(char) == letter, (letter, char)
    # str.lower() keeps every other character one character long, so places hold.
    assert [c for c in everything if len(c.lower()) != 1] == ["\u0130"]


def test_case_folding_puts_the_first_words_where_lower_casing_does() -> None:
    """A character that folds to one character folds to a first word's letter as it lower-cases.

    So where folding keeps a piece's length, the first words stand where they stand in
    the piece lower-cased (the extras mapped first, as the quick test maps them).
    """
    letters = set("".join(_LEAD_WORDS))
    for code in range(0x110000):
        if 0xD800 <= code < 0xE000:
            continue
        char = _CASE_BLIND_EXTRA.get(chr(code), chr(code))
        folded, lowered = char.casefold(), char.lower()
        if len(folded) == 1 and (folded in letters or lowered in letters):
            assert folded == lowered, hex(code)
    # Every first word starts with a lead word.
    assert all(any(word.startswith(lead) for lead in _LEAD_WORDS) for word in _FIRST_WORDS)


@given(
    st.lists(
        st.sampled_from(
            [
                *("weather", "WEATHER", " ", "_", "box", "BOX", "İ", "ı", "ᲂ", "ᲄ", "ᲁ", "K"),
                *("CLİMATE", "clımate", "chart", "климат", "гᲂрᲁа", "города", "ГОРОДА", "x"),
            ]
        ),
        max_size=10,
    ).map("".join)
)
def test_the_quick_search_finds_what_the_search_finds(text: str) -> None:
    """The first name found by trying only at first words is the case-blind search's."""
    quick, search = _first_name(text), _ANY_NAME_ANY_CASE.search(text)
    assert (quick and quick.span()) == (search and search.span())


def test_the_quick_test_finds_a_name_across_the_pieces_it_reads() -> None:
    """A long page is lower-cased a piece at a time; a name on a seam is still found."""
    for name in ("Weather box", "WEATHERBOX", "Climate chart", "Климат города"):
        for before in range(_PIECE - len(name) - 2, _PIECE + 2):
            text = "x" * before + name + "y" * 5
            found = _first_name(text)
            assert found is not None, (name, before)
            assert found.start() == before, (name, before)
            assert may_hold_climate_table(text)
    assert _first_name("x" * (3 * _PIECE)) is None


_NAME_PIECES = st.sampled_from(
    [
        *("weather", "WEATHER", "Weatherbox", " ", "_", "box", "BOX", "İ", "ı", "ᲂ", "ᲄ", "ᲁ"),
        *("CLİMATE", "clımate", "chart", "климат", "гᲂрᲁа", "города", "{{", "}}", "Σ", "ß", "x"),
    ]
)


@given(st.lists(_NAME_PIECES, max_size=12).map("".join), st.data())
def test_climate_names_answer_as_the_quick_test_of_the_slice_does(
    text: str, data: st.DataObject
) -> None:
    """Any slice holds a climate table's name for ClimateNames as for the quick test."""
    names = ClimateNames(text)
    for _ in range(6):
        start = data.draw(st.integers(0, len(text)))
        end = data.draw(st.integers(start, len(text)))
        assert names.may_hold(start, end) == may_hold_climate_table(text[start:end])


def test_climate_names_find_a_name_across_the_pieces_they_read() -> None:
    """A name on a seam between two lower-cased pieces is found, in the slice around it."""
    for name in ("Weather box", "WEATHERBOX", "Climate chart", "Климат города"):
        for before in range(_PIECE - len(name) - 2, _PIECE + 2, 3):
            text = "x" * before + name + "y" * 5
            names = ClimateNames(text)
            assert names.may_hold(before, before + len(name)), (name, before)
            assert names.may_hold(before - 3, len(text)), (name, before)
            assert not names.may_hold(before + 1, len(text)), (name, before)
            assert not names.may_hold(0, before + len(name) - 1), (name, before)
