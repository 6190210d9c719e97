"""Numbers, quantities and dates written in each wiki's conventions.

The hand-written cases are values as the corpus pages write them (ruwiki Берлин,
ukwiki Київ, lvwiki Berlīne, itwiki comuni, bnwiki, viwiki …); the properties write
generated values in each wiki's conventions (its CLDR data) and read them back.
"""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest
from babel.dates import format_date, format_skeleton
from hypothesis import given
from hypothesis import strategies as st

from infobox.locale import locale_for
from infobox.models import PartialDate
from infobox.values.dates import parse_date
from infobox.values.numbers import parse_count, parse_number
from infobox.values.units import parse_quantity

#: The wikis of the corpus.
WIKIS = (
    *("en", "simple", "ru", "uk", "kk", "lv", "ltg", "it", "pl", "es", "pt", "cs", "tr"),
    *("gl", "ar", "fr", "de", "nl", "vi", "bn", "ja", "zh", "ms", "sw", "tl", "kn"),
)


# --- numbers ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("wiki", "text", "value"),
    [
        ("ru", "891,68", 891.68),  # ruwiki Берлин, площадь
        ("ru", "0,5", 0.5),
        ("ru", "3 644 826", 3644826.0),
        ("ru", "3\u00a0644\u00a0826", 3644826.0),
        ("uk", "2\u2009952\u2009301", 2952301.0),
        ("fr", "3\u202f644\u202f826", 3644826.0),
        ("pl", "891,85", 891.85),  # plwiki Berlin, powierzchnia
        ("pl", "3 664 088", 3664088.0),  # plwiki Berlin, liczba ludności
        ("pl", "1.234.567", 1234567.0),
        ("it", "1.234.567", 1234567.0),
        ("es", "1.234.567", 1234567.0),
        ("pt", "1.234.567", 1234567.0),
        ("de", "1.234.567", 1234567.0),
        ("it", "1.234", 1234.0),  # a full stop groups in Italian
        ("it", "1,234", 1.234),
        ("de", "1.234,5", 1234.5),
        ("gl", "23,4", 23.4),  # glwiki Cambados, superficie
        ("gl", "13.946", 13946.0),  # glwiki Cambados: "tiña 13.946 habitantes"
        ("vi", "114,97", 114.97),  # viwiki Vancouver, tổng diện tích km2
        ("it", "186.84", 186.84),  # itwiki Assisi, Superficie: not three digits
        ("uk", "722,557", 722.557),  # ukwiki Чернівці, агломерація: a decimal comma
        ("en", "1,234", 1234.0),
        ("bn", "৬৬৪.০১", 664.01),  # bnwiki, area_total_km2
        ("bn", "১৩,৮৩০,৮৮৪", 13830884.0),
        ("ar", "١٢٣٫٥", 123.5),
        ("ar", "١٬٢٣٤", 1234.0),
        ("kn", "೧೨೩", 123.0),
    ],
)
def test_numbers_in_a_wikis_conventions(wiki: str, text: str, value: float) -> None:
    """Decimal commas, space and full-stop grouping, native digits."""
    number, diagnostics = parse_number(text, locale=locale_for(wiki))
    assert number is not None
    assert value == number.value
    assert () == diagnostics


@pytest.mark.parametrize(
    ("text", "value"),
    [("৮০২,৫৮৮", 802588.0), ("১০২,৫৫২,৭৮৭", 102552787.0), ("١٢٣٫٥", 123.5), ("۱۲۳٫۵", 123.5)],
)
def test_native_digits_without_a_locale(text: str, value: float) -> None:
    """Native digits and the Arabic separators are read with no locale at all."""
    number, _ = parse_number(text)
    assert number is not None
    assert value == number.value


@pytest.mark.parametrize(
    ("wiki", "text", "code"),
    [
        ("ru", "1.234", "number.ambiguous"),  # ruwiki groups with spaces: 1.234 or 1234?
        ("pl", "1.234", "number.ambiguous"),
        ("ru", "1,234 567", "number.ambiguous"),
        ("ru", "89079 92907", "number.ambiguous"),
        ("it", "1.234.56", "number.ambiguous"),
        ("ru", "около", "number.unparseable"),
        ("de", "abc", "number.unparseable"),
    ],
)
def test_numbers_a_locale_cannot_read(wiki: str, text: str, code: str) -> None:
    """No value and the diagnostic English gives for the same doubt."""
    number, diagnostics = parse_number(text, locale=locale_for(wiki))
    assert number is None
    assert [code] == [d.code for d in diagnostics]


@pytest.mark.parametrize(
    ("wiki", "text", "count"),
    [
        ("ru", "6 177 535 чел", 6177535),  # ruwiki Берлин, население агломерации
        ("uk", "2 952 301 (1 січня 2022)", 2952301),  # ukwiki Київ, населення
        ("lv", "3421829", 3421829),
        ("it", "28143", 28143),
        ("bn", "১০২,৫৫২,৭৮৭", 102552787),
    ],
)
def test_counts_in_a_wikis_conventions(wiki: str, text: str, count: int) -> None:
    """Head counts with native grouping and a trailing word."""
    assert (count, ()) == parse_count(text, locale=locale_for(wiki))


def test_a_decimal_comma_count_is_fractional() -> None:
    """722,557 under a decimal comma is no whole number of people."""
    count, diagnostics = parse_count("722,557", locale=locale_for("uk"))
    assert count is None
    assert ["number.fractional"] == [d.code for d in diagnostics]


@pytest.mark.parametrize(
    ("wiki", "text", "quantity"),
    [
        ("ru", "891,68 км²", (891.68, "km2")),
        ("ru", "34 м", (34.0, "m")),
        ("uk", "600 га", (600.0, "ha")),
        ("gl", "122 m.", (122.0, "m")),  # glwiki Cambados, altitude
        ("zh", "891.85 平方公里", (891.85, "km2")),
        ("ru", "4 км2", (4.0, "km2")),
        ("uk", "1742 /км²", (1742.0, "/km2")),
        ("ru", "12 лет", (12.0, None)),
    ],
)
def test_quantities_with_native_unit_symbols(
    wiki: str, text: str, quantity: tuple[float, str | None]
) -> None:
    """CLDR's unit symbols of the language are read after the number."""
    assert (quantity, ()) == parse_quantity(text, locale=locale_for(wiki))


#: Zero in the native digits some wikis write.
_NATIVE_ZERO = {"bn": "\u09e6", "ar": "\u0660", "kn": "\u0ce6"}


def _native(text: str, wiki: str) -> str:
    zero = _NATIVE_ZERO[wiki]
    return "".join(chr(ord(zero) + int(c)) if c.isdigit() else c for c in text)


@pytest.mark.parametrize("wiki", WIKIS)
@given(
    integer=st.integers(0, 10**12),
    fraction=st.none() | st.from_regex(r"[0-9]{1,3}", fullmatch=True),
    grouped=st.booleans(),
    native=st.booleans(),
    data=st.data(),
)
def test_numbers_written_in_each_wikis_conventions_parse_back(
    wiki: str,
    integer: int,
    fraction: str | None,
    grouped: bool,
    native: bool,
    data: st.DataObject,
) -> None:
    """A number written with the wiki's decimal mark and group separator reads back."""
    locale = locale_for(wiki)
    group = data.draw(st.sampled_from(sorted(locale.group)))
    text = f"{integer:,}".replace(",", group) if grouped else str(integer)
    if fraction is not None:
        text += locale.decimal + fraction
    if native and wiki in _NATIVE_ZERO:
        text = _native(text, wiki)
        if wiki == "ar":
            text = text.replace(locale.decimal, "\u066b").replace(",", "\u066c")
    expected = Decimal(f"{integer}.{fraction}" if fraction is not None else str(integer))
    number, diagnostics = parse_number(text, locale=locale)
    assert number is not None, (text, diagnostics)
    assert float(expected) == number.value
    assert (fraction is None) == number.integral


# --- dates ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("wiki", "text", "date"),
    [
        ("ru", "31 декабря 2018", PartialDate(2018, 12, 31)),  # ruwiki Берлин, год переписи
        ("ru", "31 декабря 2018 г.", PartialDate(2018, 12, 31)),
        ("ru", "1170 год", PartialDate(1170)),  # ruwiki Берлин, первое упоминание
        ("ru", "2018 г.", PartialDate(2018)),
        ("ru", "декабрь 2018", PartialDate(2018, 12)),
        ("ru", "100 до н. э.", PartialDate(-100)),
        ("uk", "31 грудня 2014", PartialDate(2014, 12, 31)),
        ("uk", "1 січня 2022", PartialDate(2022, 1, 1)),  # ukwiki Київ
        ("uk", "вересень 2010", PartialDate(2010, 9)),  # ukwiki Берлін, climate date
        ("kk", "1170 жыл", PartialDate(1170)),  # kkwiki Берлин, алғашқы дерек
        ("kk", "2018 жыл", PartialDate(2018)),
        ("lv", "31.12.2013", PartialDate(2013, 12, 31)),  # lvwiki Berlīne, population_as_of
        ("lv", "2013. gada 31. decembris", PartialDate(2013, 12, 31)),
        ("lv", "2018 gads", PartialDate(2018)),
        ("ltg", "31.12.2013", PartialDate(2013, 12, 31)),
        ("lt", "2018 m.", PartialDate(2018)),
        ("lt", "2018 m. gruodžio 31 d.", PartialDate(2018, 12, 31)),
        ("cs", "31. prosince 2018", PartialDate(2018, 12, 31)),
        ("tr", "31 Aralık 2018", PartialDate(2018, 12, 31)),
        ("tr", "31.12.2018", PartialDate(2018, 12, 31)),  # trwiki Berlin, nüfus_as_of
        ("es", "31 de diciembre de 2018", PartialDate(2018, 12, 31)),
        ("pt", "31 de dezembro de 2018", PartialDate(2018, 12, 31)),
        ("pt", "22 de outubro de 2009", PartialDate(2009, 10, 22)),  # ptwiki Berlim, a citation
        ("gl", "31 de decembro de 2018", PartialDate(2018, 12, 31)),
        ("it", "1º gennaio 2020", PartialDate(2020, 1, 1)),
        ("it", "1 gennaio 2020", PartialDate(2020, 1, 1)),
        ("it", "31.12.2011", PartialDate(2011, 12, 31)),  # itwiki Andriano
        ("it", "31-12-2010", PartialDate(2010, 12, 31)),  # itwiki Assisi
        ("it", "16/05/2010", PartialDate(2010, 5, 16)),  # itwiki Andriano, Data elezione
        ("it", "01/02/2010", PartialDate(2010, 2, 1)),  # day first, not ambiguous
        ("pl", "31 grudnia 2018", PartialDate(2018, 12, 31)),
        ("pl", "31 Grudnia 2020", PartialDate(2020, 12, 31)),  # plwiki Berlin, rok
        ("pl", "2018 r.", PartialDate(2018)),
        ("de", "31. Dezember 2018", PartialDate(2018, 12, 31)),
        ("fr", "31 décembre 2018", PartialDate(2018, 12, 31)),
        ("ja", "2018年12月31日", PartialDate(2018, 12, 31)),
        ("zh", "2018年12月31日", PartialDate(2018, 12, 31)),
        ("vi", "31 tháng 12 năm 2019", PartialDate(2019, 12, 31)),
        ("vi", "ngày 16 tháng 7 năm 1769", PartialDate(1769, 7, 16)),  # viwiki San Diego
        ("vi", "1 tháng 1 năm 2001", PartialDate(2001, 1, 1)),  # viwiki Ottawa
        ("bn", "২৬ জানুয়ারি, ১৯৫০", PartialDate(1950, 1, 26)),  # bnwiki, established_date
        ("bn", "১৬০৮ খ্রিষ্টাব্দ", PartialDate(1608)),  # bnwiki, established_date
        ("bn", "২০১৯", PartialDate(2019)),
        ("ar", "31 ديسمبر 2018", PartialDate(2018, 12, 31)),
        ("hu", "2018. december 31.", PartialDate(2018, 12, 31)),
        ("ko", "2018년 12월 31일", PartialDate(2018, 12, 31)),
        ("en", "December 31, 2018", PartialDate(2018, 12, 31)),
    ],
)
def test_dates_in_a_wikis_conventions(wiki: str, text: str, date: PartialDate) -> None:
    """Native month names, date words and orders, native digits."""
    assert (date, None, ()) == parse_date(text, locale=locale_for(wiki))


@pytest.mark.parametrize(
    ("text", "date", "note"),
    [
        ("2018年12月31日", PartialDate(2018, 12, 31), None),
        ("2018年12月", PartialDate(2018, 12), None),
        ("২০১৯", PartialDate(2019), None),
        ("১৯৪৭", PartialDate(1947), None),
        ("২০১৮ জনগণনা", PartialDate(2018), "জনগণনা"),  # bnwiki, population_as_of
        ("১৬০৮ খ্রিষ্টাব্দ", PartialDate(1608), "খ্রিষ্টাব্দ"),
    ],
)
def test_native_digits_and_cjk_dates_without_a_locale(
    text: str, date: PartialDate, note: str | None
) -> None:
    """Native digits and CJK year-month-day markers are read in any locale."""
    assert (date, note, ()) == parse_date(text)


def test_a_locale_keeps_the_note_as_written() -> None:
    """The note after a date keeps its native digits."""
    date, note, _ = parse_date("২০১৮ (১ম)", locale=locale_for("bn"))
    assert (PartialDate(2018), "১ম") == (date, note)


@pytest.mark.parametrize(
    ("wiki", "text", "code"),
    [
        ("ru", "31 февраля 2018", "date.unparseable"),
        ("ru", "30.02.2018", "date.unparseable"),
        ("ru", "до 1850", "date.unparseable"),
        ("lv", "31. decembris", "date.unparseable"),
        ("it", "tredici", "date.unparseable"),
    ],
)
def test_dates_a_locale_cannot_read(wiki: str, text: str, code: str) -> None:
    """No date and the same diagnostic as in English."""
    date, _, diagnostics = parse_date(text, locale=locale_for(wiki))
    assert date is None
    assert [code] == [d.code for d in diagnostics]


def test_without_a_locale_a_numeric_date_keeps_the_english_rules() -> None:
    """01.02.2013 is ambiguous in English; Russian conventions make it 1 February."""
    date, _, diagnostics = parse_date("01.02.2013")
    assert PartialDate(2013) == date
    assert ["date.ambiguous"] == [d.code for d in diagnostics]
    assert (PartialDate(2013, 2, 1), None, ()) == parse_date("01.02.2013", locale=locale_for("ru"))


def test_a_month_day_date_under_a_day_first_locale() -> None:
    """12/31/2018 can only be month-day: the English rule reads it; 30.02 is no date."""
    assert (PartialDate(2018, 12, 31), None, ()) == parse_date(
        "12/31/2018", locale=locale_for("ru")
    )
    date, _, diagnostics = parse_date("30.02.2018", locale=locale_for("ru"))
    assert date is None
    assert ["date.unparseable"] == [d.code for d in diagnostics]


def test_a_range_under_a_locale_is_still_ambiguous() -> None:
    """Two years under a locale: the first is read, the rest is the note."""
    date, note, diagnostics = parse_date("1850 – 1900", locale=locale_for("ru"))
    assert (PartialDate(1850), "– 1900") == (date, note)
    assert ["date.ambiguous"] == [d.code for d in diagnostics]


#: A wiki's language as babel knows it (Latgalian is written with Latvian data).
_CLDR = {"simple": "en", "ltg": "lv"}


@pytest.mark.parametrize("wiki", WIKIS)
@given(
    day=st.dates(datetime.date(1000, 1, 1), datetime.date(2099, 12, 31)),
    form=st.sampled_from(["long", "medium", "yMMMM", "numeric", "names"]),
    data=st.data(),
)
def test_dates_written_in_each_wikis_conventions_parse_back(
    wiki: str, day: datetime.date, form: str, data: st.DataObject
) -> None:
    """A date written as the wiki's language writes it (CLDR's patterns) reads back."""
    locale = locale_for(wiki)
    language = _CLDR.get(wiki, wiki)
    expected = PartialDate(day.year, day.month, day.day)
    if form in {"long", "medium"}:
        text = format_date(day, form, locale=language)
    elif form == "yMMMM":
        text = format_skeleton("yMMMM", day, locale=language)
        expected = PartialDate(day.year, day.month)
    elif form == "numeric" and language != "en":
        text = f"{day.day:02}.{day.month:02}.{day.year}"
    else:
        # Any spelling of the month the locale holds, day first.
        names = sorted(name for name, number in locale.months.items() if number == day.month)
        name = data.draw(st.sampled_from(names))
        text = f"{day.day} {name} {day.year}"
    date, _, diagnostics = parse_date(text, locale=locale)
    assert expected == date, (text, diagnostics)
