"""Each wiki's value conventions: separators, month names, date words, country names.

A :class:`Locale` is data: what the value parsers (:mod:`infobox.values.numbers`,
:mod:`~infobox.values.dates`, :mod:`~infobox.values.units`,
:mod:`~infobox.values.countries`) need to read a value written the way one
language edition writes it. :func:`locale_for` gives the locale of a wiki code.

The data comes from CLDR, the Unicode Consortium's locale data, through babel,
and is checked in as ``cldr.json`` (written by ``python -m
infobox.locale.generate``, ``make locale-data``). babel is needed only to
regenerate it, not to read it: results must not depend on the installed babel's
version (a newer CLDR may rename a month abbreviation), and the core stays light
(mwparserfromhell, attrs, cattrs, pycountry). A test checks that the file equals
what the installed babel generates, so drift is caught when babel is upgraded.

Wiki codes that are not CLDR languages: ``simple`` (Simple English) has English
conventions, ``be-tarask`` Belarusian ones; ``ltg`` (Latgalian) is not in CLDR,
and Latgalian Wikipedia writes numbers and dates as Latvian does (a decimal
comma, ``31.12.2013``), so it gets the Latvian data: its own month names
(``decembra``, written like the Latvian genitive) are not there. Any other code
CLDR lacks gets English conventions.

What CLDR does not give, or where a wiki's editors write otherwise, is kept in
three small tables: :data:`EXTRA_YEAR_WORDS`, the words an editor writes after a
year that no CLDR pattern holds; :data:`EXTRA_CONNECTORS`, words between a date's
parts that CLDR's patterns lack; :data:`EXTRA_GROUPS`, group separators a wiki
writes beside CLDR's.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping
from importlib import resources
from types import MappingProxyType
from typing import Any, Final

import attrs

__all__ = [
    "EXTRA_CONNECTORS",
    "EXTRA_GROUPS",
    "EXTRA_YEAR_WORDS",
    "HEMISPHERE_LETTERS",
    "WIKI_LANGUAGES",
    "Locale",
    "locale_for",
]

#: Wiki codes whose conventions are another language's data (see the module docstring).
WIKI_LANGUAGES: Final[Mapping[str, str]] = MappingProxyType(
    {"simple": "en", "ltg": "lv", "be-tarask": "be", "be-x-old": "be", "no": "nb"}
)

#: Words written after a year that CLDR's patterns and unit names lack, by language:
#: the Latvian genitive and locative (``2018. gada``), the Polish and Russian
#: abbreviations (``2018 r.``, ``1990-е гг.``), the Bengali spelling of "AD" that
#: bnwiki writes (``১৬০৮ খ্রিষ্টাব্দ``; CLDR spells it ``খ্রিস্টাব্দ``).
EXTRA_YEAR_WORDS: Final[Mapping[str, tuple[str, ...]]] = MappingProxyType(
    {
        "lv": ("gada", "gadā", "gadu"),
        "pl": ("r",),
        "ru": ("гг",),
        "bn": ("খ্রিষ্টাব্দ", "খ্রিস্টাব্দ"),
    }
)

#: Words between a date's parts that CLDR's date patterns lack, by language: Vietnamese
#: writes "day" before the day (``ngày 16 tháng 7 năm 1769``).
EXTRA_CONNECTORS: Final[Mapping[str, tuple[str, ...]]] = MappingProxyType({"vi": ("ngày",)})

#: Group separators a wiki writes beside CLDR's, by language: Galician Wikipedia groups
#: thousands with a full stop (``13.946 habitantes``) where CLDR's Galician uses a space.
EXTRA_GROUPS: Final[Mapping[str, tuple[str, ...]]] = MappingProxyType({"gl": (".",)})

_WEST: Final[Mapping[str, str]] = MappingProxyType({"O": "W", "o": "W"})
_EAST: Final[Mapping[str, str]] = MappingProxyType({"O": "E", "o": "E"})
#: Compass letters a language writes after a coordinate that are not N, S, E, W, and
#: the hemisphere each stands for (CLDR has none): the Romance languages' O(este /
#: uest / vest) is west, German's and Dutch's O(st / ost) east, so the letter is read
#: only under its wiki's language.
HEMISPHERE_LETTERS: Final[Mapping[str, Mapping[str, str]]] = MappingProxyType(
    {
        **dict.fromkeys(("es", "gl", "pt", "fr", "it", "ca", "ro"), _WEST),
        **dict.fromkeys(("de", "nl"), _EAST),
    }
)


@attrs.frozen(kw_only=True, eq=False)
class Locale:
    r"""How one language edition writes numbers, dates, units and country names.

    Names are casefolded, with spaces as U+0020 and without format marks.
    ``decimal`` is ``"."`` or ``","``; ``group`` holds the grouping separators
    (every space is read as one kind of separator, so U+00A0 stands for all);
    ``months`` maps every month name (format and stand-alone, wide and
    abbreviated, with and without a trailing full stop) to its number;
    ``order`` is the order of a numeric date's parts (``dmy``, ``mdy``,
    ``ymd``); ``connectors`` are the words between a date's parts (es ``de``);
    ``year_words`` the words after a year (``год``, ``г``); ``eras`` era names
    to ``-1`` (BC) or ``1``; ``units`` unit symbols to canonical unit names;
    ``territories`` country names to ISO 3166-1 alpha-2 codes.

    Locales compare by identity: :func:`locale_for` gives one object per language.

    >>> ru = locale_for("ru")
    >>> ru.decimal, ru.months["декабря"], ru.months["дек."], "\N{NO-BREAK SPACE}" in ru.group
    (',', 12, 12, True)
    """

    language: str
    decimal: str = attrs.field(validator=attrs.validators.in_((".", ",")))
    group: frozenset[str]
    months: Mapping[str, int]
    order: str = attrs.field(default="dmy", validator=attrs.validators.in_(("dmy", "mdy", "ymd")))
    connectors: frozenset[str] = frozenset()
    year_words: frozenset[str] = frozenset()
    eras: Mapping[str, int] = MappingProxyType({})
    units: Mapping[str, str] = MappingProxyType({})
    territories: Mapping[str, str] = MappingProxyType({})

    @property
    def decimal_comma(self) -> bool:
        """Whether a comma is the decimal mark (``1,5`` is 1.5).

        >>> locale_for("de").decimal_comma, locale_for(None).decimal_comma
        (True, False)
        """
        return self.decimal == ","

    @property
    def dot_groups(self) -> bool:
        """Whether a full stop groups thousands (``1.234`` is 1234: it, es, pt, de …).

        >>> locale_for("it").dot_groups, locale_for("ru").dot_groups
        (True, False)
        """
        return "." in self.group


@functools.cache
def _data() -> dict[str, Any]:
    text = resources.files(__package__).joinpath("cldr.json").read_text(encoding="utf-8")
    languages: dict[str, Any] = json.loads(text)["languages"]
    return languages


@functools.cache
def _load(language: str) -> Locale:
    entry = _data()[language]
    year_words = {*entry["year_words"], *EXTRA_YEAR_WORDS.get(language, ())}
    return Locale(
        language=language,
        decimal=entry["decimal"],
        group=frozenset((entry["group"], *EXTRA_GROUPS.get(language, ()))),
        months=MappingProxyType(entry["months"]),
        order=entry["order"],
        connectors=frozenset((*entry["connectors"], *EXTRA_CONNECTORS.get(language, ()))),
        year_words=frozenset(year_words),
        eras=MappingProxyType(entry["eras"]),
        units=MappingProxyType(entry["units"]),
        territories=MappingProxyType(entry["territories"]),
    )


@functools.cache
def locale_for(wiki: str | None) -> Locale:
    """The conventions of a wiki, by its code (``ru``, ``be-tarask``, ``simple``).

    None and codes CLDR lacks give English conventions; ``ltg`` gives Latvian
    ones (see the module docstring). A region or script after the language
    (``pt-br``, ``zh-hans``) is dropped.

    >>> locale_for("ltg").language, locale_for("simple").language, locale_for("xx").language
    ('lv', 'en', 'en')
    >>> locale_for("ja").months["12月"]
    12
    """
    code = (wiki or "en").strip().lower().replace("_", "-")
    code = WIKI_LANGUAGES.get(code, code)
    if code not in _data():
        code = code.split("-")[0]
        code = WIKI_LANGUAGES.get(code, code)
    return _load(code if code in _data() else "en")
