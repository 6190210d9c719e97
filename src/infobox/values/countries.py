"""Countries: the English name a country code stands for, and the ISO code a name stands for.

Editors write a country as a name (``Poland``) or as a code in a flag template
(``{{flag|POL}}``, ``{{flagcountry|NOR}}``, ``{{CAN}}``); a reader sees the name.
This module holds what is needed to show that name and to find the country's
ISO 3166-1 alpha-2 code (:attr:`infobox.models.Settlement.country_code`).

Sources:

- **ISO 3166-1** through `pycountry <https://pypi.org/project/pycountry/>`_, the
  maintained copy of Debian's iso-codes: every current alpha-2 and alpha-3 code.
- **The codes of Wikipedia's country templates that are not ISO alpha-3**
  (:data:`COUNTRY_ALIASES`): English Wikipedia's ``Template:Country data …``
  redirects and ``Template:Country alias`` accept IOC codes (``GER``, ``SUI``,
  ``NED``, …) and FIFA codes (``ENG``, ``TAH``) besides ISO alpha-3. Where an
  IOC code is another country's ISO alpha-3 code, ISO wins: ``BRN`` is Brunei
  (ISO), not Bahrain (IOC); ``BHR`` is Bahrain.
- **Entities with a flag template but no ISO 3166-1 code** (:data:`OTHER_ENTITIES`):
  England, the European Union, the Soviet Union, Kosovo, …; they have a name but
  no ``country_code``.

English names (:func:`country_name`): Wikipedia shows a country's common name
(``{{flag|KOR}}`` shows "South Korea", not ISO's "Korea, Republic of"), so the name
is pycountry's ``common_name`` where it has one, else a name from
:data:`DISPLAY_NAMES` (the title of the country's Wikipedia article where it
differs from ISO's short name: "Russia", "Czech Republic", "Ivory Coast", …),
else ISO's name.

Names to codes (:func:`country_code`) are matched exactly, case aside: ISO's
name, official name and common name, the display name, and the few other
spellings in :data:`NAME_ALIASES` ("Burma", "The Gambia"). A name is never
fuzzy-matched: "Korea" and "Congo Republic" give None.

A code is written in capitals: ``{{flag|Pol}}`` is a name, not a code.

**Other languages.** Given a wiki's ``language`` (a wiki code, as for
:func:`infobox.locale.locale_for`), :func:`country_code` and :func:`country_of`
also match that language's names for countries, exactly (casefolded, spaces
folded), never fuzzily: pycountry's gettext translations of ISO 3166-1 (name,
common name, official name) and CLDR's territory names (generated into
:mod:`infobox.locale`'s data). A name that two countries share in one language
gives no code. The wiki's word for "country" as a subdivision type is read too:
words safe in any language are in ``_COUNTRY_TYPES``; words that also mean a state
within a country (it ``Stato``, de ``Staat``/``Land``, cs ``Stát``) count only with
their language (``_LANGUAGE_COUNTRY_TYPES``).
"""

from __future__ import annotations

import functools
import gettext
import os
import re
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Final

import pycountry
from pycountry.db import Country

from ..locale import locale_for
from ..models import Subdivision

__all__ = [
    "COUNTRY_ALIASES",
    "DISPLAY_NAMES",
    "NAME_ALIASES",
    "OTHER_ENTITIES",
    "country_code",
    "country_level",
    "country_name",
    "country_of",
    "is_code",
    "known_codes",
]

#: Codes of Wikipedia's flag templates that are not ISO 3166-1 alpha-3, and the
#: ISO alpha-2 code of the country each stands for: IOC codes (GER, SUI, NED, …),
#: ``UK``, ``PRC``, ``ROK`` and ``ROC``. Source: English Wikipedia, ``Template:Country alias`` and
#: the redirects in ``Category:Country data redirects``; the IOC's list of
#: National Olympic Committee codes.
COUNTRY_ALIASES: Final[Mapping[str, str]] = {
    "ALG": "DZ",  # Algeria
    "ANG": "AO",  # Angola
    "ANT": "AG",  # Antigua and Barbuda
    "ARU": "AW",  # Aruba
    "ASA": "AS",  # American Samoa
    "BAH": "BS",  # Bahamas
    "BAN": "BD",  # Bangladesh
    "BAR": "BB",  # Barbados
    "BER": "BM",  # Bermuda
    "BHU": "BT",  # Bhutan
    "BIZ": "BZ",  # Belize
    "BOT": "BW",  # Botswana
    "BRU": "BN",  # Brunei
    "BUL": "BG",  # Bulgaria
    "BUR": "BF",  # Burkina Faso
    "CAM": "KH",  # Cambodia
    "CAY": "KY",  # Cayman Islands
    "CGO": "CG",  # Republic of the Congo
    "CHA": "TD",  # Chad
    "CHI": "CL",  # Chile
    "CRC": "CR",  # Costa Rica
    "CRO": "HR",  # Croatia
    "DEN": "DK",  # Denmark
    "ESA": "SV",  # El Salvador
    "FIJ": "FJ",  # Fiji
    "GAM": "GM",  # Gambia
    "GBS": "GW",  # Guinea-Bissau
    "GEQ": "GQ",  # Equatorial Guinea
    "GER": "DE",  # Germany
    "GRE": "GR",  # Greece
    "GRN": "GD",  # Grenada
    "GUA": "GT",  # Guatemala
    "GUI": "GN",  # Guinea
    "HAI": "HT",  # Haiti
    "HON": "HN",  # Honduras
    "INA": "ID",  # Indonesia
    "IRI": "IR",  # Iran
    "ISV": "VI",  # United States Virgin Islands
    "IVB": "VG",  # British Virgin Islands
    "KSA": "SA",  # Saudi Arabia
    "KUW": "KW",  # Kuwait
    "LAT": "LV",  # Latvia
    "LBA": "LY",  # Libya
    "LES": "LS",  # Lesotho
    "LIB": "LB",  # Lebanon
    "MAD": "MG",  # Madagascar
    "MAS": "MY",  # Malaysia
    "MAW": "MW",  # Malawi
    "MGL": "MN",  # Mongolia
    "MON": "MC",  # Monaco
    "MRI": "MU",  # Mauritius
    "MTN": "MR",  # Mauritania
    "MYA": "MM",  # Myanmar
    "NCA": "NI",  # Nicaragua
    "NED": "NL",  # Netherlands
    "NEP": "NP",  # Nepal
    "NGR": "NG",  # Nigeria
    "NIG": "NE",  # Niger
    "OMA": "OM",  # Oman
    "PAR": "PY",  # Paraguay
    "PHI": "PH",  # Philippines
    "PLE": "PS",  # Palestine
    "PRC": "CN",  # People's Republic of China (a Country data alias)
    "POR": "PT",  # Portugal
    "PUR": "PR",  # Puerto Rico
    "ROC": "TW",  # Republic of China, Taiwan (a Country data alias)
    "ROK": "KR",  # Republic of Korea, South Korea (a Country data alias)
    "ROM": "RO",  # Romania (the IOC's code until 2008)
    "RSA": "ZA",  # South Africa
    "SAM": "WS",  # Samoa
    "SEY": "SC",  # Seychelles
    "SKN": "KN",  # Saint Kitts and Nevis
    "SLO": "SI",  # Slovenia
    "SOL": "SB",  # Solomon Islands
    "SRI": "LK",  # Sri Lanka
    "SUD": "SD",  # Sudan
    "SUI": "CH",  # Switzerland
    "TAN": "TZ",  # Tanzania
    "TGA": "TO",  # Tonga
    "TOG": "TG",  # Togo
    "TPE": "TW",  # Taiwan (Chinese Taipei)
    "TRI": "TT",  # Trinidad and Tobago
    "UAE": "AE",  # United Arab Emirates
    "UK": "GB",  # United Kingdom
    "URU": "UY",  # Uruguay
    "VAN": "VU",  # Vanuatu
    "VIE": "VN",  # Vietnam
    "VIN": "VC",  # Saint Vincent and the Grenadines
    "ZAM": "ZM",  # Zambia
    "ZIM": "ZW",  # Zimbabwe
}

#: Codes of flag templates for places with no ISO 3166-1 alpha-2 code (FIFA's home
#: nations, former states, the EU), and the name each template shows.
OTHER_ENTITIES: Final[Mapping[str, str]] = {
    "ENG": "England",
    "SCO": "Scotland",
    "WAL": "Wales",
    "NIR": "Northern Ireland",
    "EU": "European Union",
    "KOS": "Kosovo",
    "TAH": "Tahiti",
    "URS": "Soviet Union",
    "TCH": "Czechoslovakia",
    "YUG": "Yugoslavia",
    "GDR": "East Germany",
    "FRG": "West Germany",
    "UN": "United Nations",
}

#: The English Wikipedia name of countries whose ISO short name (and pycountry
#: common name, when it has one) differs from it, by alpha-2 code.
DISPLAY_NAMES: Final[Mapping[str, str]] = {
    "BN": "Brunei",
    "BQ": "Caribbean Netherlands",
    "CD": "Democratic Republic of the Congo",
    "CG": "Republic of the Congo",
    "CI": "Ivory Coast",
    "CV": "Cape Verde",
    "CZ": "Czech Republic",
    "FK": "Falkland Islands",
    "FM": "Federated States of Micronesia",
    "MF": "Saint Martin",
    "MO": "Macau",
    "PN": "Pitcairn Islands",
    "PS": "Palestine",
    "RU": "Russia",
    "ST": "São Tomé and Príncipe",
    "SX": "Sint Maarten",
    "TL": "East Timor",
    "TR": "Turkey",
    "VA": "Vatican City",
    "VG": "British Virgin Islands",
    "VI": "United States Virgin Islands",
}

#: Other names in common use for a country, by alpha-2 code (read, never shown).
NAME_ALIASES: Final[Mapping[str, tuple[str, ...]]] = {
    "BS": ("The Bahamas",),
    "CD": ("DR Congo", "Democratic Republic of Congo"),
    "FM": ("Micronesia",),
    "GM": ("The Gambia",),
    "IE": ("Republic of Ireland",),
    "MK": ("Macedonia", "Republic of Macedonia"),
    "MM": ("Burma",),
    "PS": ("State of Palestine",),
    "SZ": ("Swaziland",),
    "VA": ("Holy See", "Vatican"),
}

_CODE: Final = re.compile(r"^[A-Z]{2,3}$")
_WS: Final = re.compile(r"\s+")
#: Subdivision types that name the country level: English, and the word other wikis'
#: settlement infoboxes write (es/pt/gl, fr, ru, uk, bg, pl, lv, kk, tr, cs, ar, vi, ms,
#: sw, bn, ja, zh).
#: Words that also mean a state within a country (de "Land", it "Stato") are left out.
_COUNTRY_TYPES: Final = frozenset(
    {
        "country",
        "sovereign state",
        "nation",
        "país",
        "pays",
        "страна",
        "країна",
        "държава",
        "kraj",
        "valsts",
        "мемлекет",
        "ел",
        "państwo",
        "ülke",
        "země",
        "الدولة",
        "البلد",
        "دولة",
        "quốc gia",
        "negara",
        "nchi",
        "দেশ",
        "国",
        "国家",
    }
)
#: Words for "country" that also name a state within a country elsewhere: read as the
#: country's type only on their own wiki.
_LANGUAGE_COUNTRY_TYPES: Final[Mapping[str, frozenset[str]]] = MappingProxyType(
    {
        "it": frozenset({"stato"}),
        "de": frozenset({"staat", "land"}),
        "cs": frozenset({"stát"}),
    }
)


def is_code(text: str) -> bool:
    """Whether ``text`` is written as a country code would be: two or three capitals.

    >>> is_code("POL"), is_code("EU"), is_code("Pol"), is_code("Poland")
    (True, True, False, False)
    """
    return _CODE.match(text) is not None


def _display(country: Country) -> str:
    if country.alpha_2 in DISPLAY_NAMES:
        return DISPLAY_NAMES[country.alpha_2]
    common: str | None = getattr(country, "common_name", None)
    return common or country.name


@functools.cache
def _tables() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """(code -> name, code -> alpha-2, casefolded name -> alpha-2), built once on first use."""
    names: dict[str, str] = dict(OTHER_ENTITIES)
    codes: dict[str, str] = {}
    by_name: dict[str, str] = {}
    for country in pycountry.countries:
        alpha_2 = country.alpha_2
        shown = _display(country)
        for code in (alpha_2, country.alpha_3):
            names[code] = shown
            codes[code] = alpha_2
        spellings = [
            shown,
            country.name,
            getattr(country, "common_name", None),
            getattr(country, "official_name", None),
            *NAME_ALIASES.get(alpha_2, ()),
        ]
        for spelling in spellings:
            if spelling:
                by_name.setdefault(_key(spelling), alpha_2)
    for code, alpha_2 in COUNTRY_ALIASES.items():
        names[code] = names[alpha_2]
        codes[code] = alpha_2
    return names, codes, by_name


def _key(name: str) -> str:
    return _WS.sub(" ", name).strip().casefold()


def country_name(code: str) -> str | None:
    """The English name shown for a country code (ISO alpha-2 or alpha-3, or a table code).

    None for anything else, lower-case codes included.

    >>> country_name("POL"), country_name("GER"), country_name("KR"), country_name("EU")
    ('Poland', 'Germany', 'South Korea', 'European Union')
    >>> country_name("XYZ") is None, country_name("pol") is None
    (True, True)
    """
    return _tables()[0].get(code.strip())


def known_codes() -> Mapping[str, str]:
    """Every code read as a country, with the name shown for it.

    >>> codes = known_codes()
    >>> codes["GER"], codes["DE"], codes["DEU"], codes["ENG"]
    ('Germany', 'Germany', 'Germany', 'England')
    """
    return MappingProxyType(_tables()[0])


@functools.cache
def _language_names(language: str) -> Mapping[str, str]:
    """Casefolded country names of one CLDR language -> alpha-2 (shared names left out)."""
    found: dict[str, str] = {}
    shared: set[str] = set()

    def add(name: str, code: str) -> None:
        key = _key(name)
        if found.setdefault(key, code) != code:
            shared.add(key)

    directories = sorted(os.listdir(pycountry.LOCALES_DIR))
    candidates = [d for d in directories if d == language or d.startswith(f"{language}_")]
    translation = gettext.translation(
        "iso3166-1", pycountry.LOCALES_DIR, languages=candidates, fallback=True
    )
    for country in pycountry.countries:
        for attribute in ("name", "common_name", "official_name"):
            english = getattr(country, attribute, None)
            if english:
                translated = translation.gettext(english)
                if translated != english:
                    add(translated, country.alpha_2)
    for name, code in locale_for(language).territories.items():
        add(name, code)
    return MappingProxyType({k: v for k, v in found.items() if k not in shared})


def country_code(text: str, *, language: str | None = None) -> str | None:
    """The ISO 3166-1 alpha-2 code of a country named (or coded) ``text``; None if none.

    Names match exactly, case and spacing aside; codes must be in capitals. With a
    wiki's ``language``, that language's names match first.

    >>> country_code("Russia"), country_code("russian federation"), country_code("SUI")
    ('RU', 'RU', 'CH')
    >>> country_code("England") is None, country_code("Korea") is None
    (True, True)
    >>> country_code("Германия", language="ru"), country_code("Vācija", language="ltg")
    ('DE', 'DE')
    """
    stripped = text.strip()
    _, codes, by_name = _tables()
    if is_code(stripped):
        return codes.get(stripped)
    key = _key(stripped)
    if language is not None:
        local = _language_names(locale_for(language).language).get(key)
        if local is not None:
            return local
    return by_name.get(key)


def country_level(
    subdivisions: Iterable[Subdivision], *, language: str | None = None
) -> tuple[list[Subdivision], int | None, bool]:
    """The subdivisions in index order, where the country's level is, and how it was found.

    The country's level is the first subdivision typed "Country" (or "Sovereign
    state", "Nation", or another wiki's word for it), else the first one; its position
    is None when there are no subdivisions. The flag says whether a type named it.
    With a wiki's ``language``, that wiki's own words for "country" count too (it
    ``Stato``, de ``Staat``).

    >>> subs, level, typed = country_level([Subdivision(index=1, type="Oblys", name="Ulytau"),
    ...                                     Subdivision(index=0, type="Country", name="KZ")])
    >>> subs[level].name, typed
    ('KZ', True)
    """
    subs = sorted(subdivisions, key=lambda s: s.index)
    types = _COUNTRY_TYPES
    if language is not None:
        types = types | _LANGUAGE_COUNTRY_TYPES.get(locale_for(language).language, frozenset())
    for position, sub in enumerate(subs):
        if sub.type is not None and _key(sub.type) in types:
            return subs, position, True
    return subs, (0 if subs else None), False


def country_of(
    subdivisions: Iterable[Subdivision], *, language: str | None = None
) -> tuple[str | None, str | None]:
    """The country an infobox names in its subdivisions, and its ISO alpha-2 code.

    The country is the name of the first subdivision whose type is "Country" (or
    "Sovereign state", "Nation", or another wiki's word for it: "País", "Країна",
    "Quốc gia", …), None when it has no name; without such a type,
    the first subdivision's name when it names a known country. A name that is a
    country code (``USA``) gives the country's name. The code is None when the name
    maps to no ISO country. With a wiki's ``language``, its names for countries and
    its words for "country" are read too (see :func:`country_code`).

    >>> country_of([Subdivision(index=0, type="Country", name="Kazakhstan")])
    ('Kazakhstan', 'KZ')
    >>> country_of([Subdivision(index=0, type="Region", name="Ulytau Region")])
    (None, None)
    >>> country_of([Subdivision(index=0, type="Stato", name="Germania")], language="it")
    ('Germania', 'DE')
    """
    # The level typed Country, else the first level when its name is a country's.
    subs, level, typed = country_level(subdivisions, language=language)
    chosen = subs[level].name if level is not None else None
    if chosen is None or (not typed and country_code(chosen, language=language) is None):
        return None, None
    if is_code(chosen.strip()):
        # A code is shown as its country's name; a code that names none is no country.
        named = country_name(chosen)
        return (named, country_code(chosen)) if named is not None else (None, None)
    return chosen, country_code(chosen, language=language)
