"""The locale data: generated from CLDR, current, and looked up by wiki code."""

from __future__ import annotations

import pytest

from infobox.locale import Locale, locale_for
from infobox.locale.generate import LANGUAGES, generate


def test_shipped_data_equals_what_the_installed_babel_generates() -> None:
    """cldr.json is what `make locale-data` writes: a babel upgrade that changes it fails."""
    from importlib import resources

    shipped = resources.files("infobox.locale").joinpath("cldr.json").read_text(encoding="utf-8")
    assert generate() == shipped


CORPUS_LANGUAGES = (
    *("en", "ru", "uk", "kk", "lv", "it", "pl", "es", "pt", "cs", "tr", "gl", "ar"),
    *("fr", "de", "nl", "vi", "bn", "ja", "zh", "ms", "sw", "tl", "kn"),
)


@pytest.mark.parametrize("language", CORPUS_LANGUAGES)
def test_every_corpus_language_has_data(language: str) -> None:
    """Each language of the corpus has its own data, twelve months and separators."""
    assert language in LANGUAGES
    locale = locale_for(language)
    assert language == locale.language
    assert set(range(1, 13)) == set(locale.months.values())
    assert locale.decimal in {".", ","}
    assert locale.group


@pytest.mark.parametrize(
    ("wiki", "language"),
    [
        (None, "en"),
        ("en", "en"),
        ("simple", "en"),
        ("ltg", "lv"),
        ("be-tarask", "be"),
        ("RU", "ru"),
        ("pt-br", "pt"),
        ("zh_yue", "zh"),
        ("xx", "en"),
        ("", "en"),
    ],
)
def test_locale_for_maps_wiki_codes(wiki: str | None, language: str) -> None:
    """Wiki codes map to a CLDR language; unknown codes get English conventions."""
    assert language == locale_for(wiki).language


def test_locale_for_is_cached() -> None:
    """One object per language: a wiki and its alias share it."""
    assert locale_for("simple") is locale_for("en")
    assert locale_for("ltg") is locale_for("lv")
    assert isinstance(locale_for("ru"), Locale)


@pytest.mark.parametrize(
    ("language", "name", "month"),
    [
        ("ru", "декабря", 12),  # format (genitive)
        ("ru", "декабрь", 12),  # stand-alone
        ("ru", "дек.", 12),
        ("ru", "дек", 12),
        ("uk", "грудня", 12),
        ("uk", "грудень", 12),
        ("pl", "grudnia", 12),
        ("pl", "grudzień", 12),
        ("cs", "prosince", 12),
        ("cs", "prosinec", 12),
        ("lv", "decembris", 12),
        ("lt", "gruodžio", 12),
        ("tr", "aralık", 12),
        ("es", "diciembre", 12),
        ("it", "gennaio", 1),
        ("kk", "желтоқсан", 12),
        ("vi", "tháng 12", 12),
        ("ja", "12月", 12),
        ("zh", "十二月", 12),
        ("bn", "জানুয়ারি", 1),
        ("ar", "ديسمبر", 12),
        ("he", "בדצמבר", 12),  # the preposition CLDR's pattern glues to the name
    ],
)
def test_month_names_come_from_cldr(language: str, name: str, month: int) -> None:
    """Every CLDR form of a month name is in the locale, casefolded."""
    assert month == locale_for(language).months[name]


@pytest.mark.parametrize(
    ("language", "decimal", "group"),
    [
        ("ru", ",", "\u00a0"),
        ("fr", ",", "\u202f"),
        ("de", ",", "."),
        ("it", ",", "."),
        ("en", ".", ","),
        ("bn", ".", ","),
        ("ja", ".", ","),
        ("gl", ",", "."),  # an extra: glwiki groups with a full stop
    ],
)
def test_separators_come_from_cldr(language: str, decimal: str, group: str) -> None:
    """The decimal mark and a group separator of each language."""
    locale = locale_for(language)
    assert decimal == locale.decimal
    assert group in locale.group


def test_year_words_and_eras() -> None:
    """Year words from CLDR's patterns and units; eras with their sign."""
    assert {"год", "г"} <= locale_for("ru").year_words
    assert {"жыл", "ж"} <= locale_for("kk").year_words
    assert {"gads", "gada"} <= locale_for("lv").year_words
    assert -1 == locale_for("ru").eras["до н. э."]
    assert {"de"} <= locale_for("es").connectors


def test_units_and_territories() -> None:
    """Unit symbols and country names in the language."""
    assert "km2" == locale_for("ru").units["км²"]
    assert "DE" == locale_for("lv").territories["vācija"]
