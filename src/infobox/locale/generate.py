"""Write ``cldr.json``, the CLDR data :mod:`infobox.locale` reads, from the installed babel.

Run ``python -m infobox.locale.generate`` (or ``make locale-data``) after upgrading
babel, then review the diff and commit it. babel is a ``dev`` dependency only: the
library reads the checked-in file, so its results do not depend on which babel (and
so which CLDR release) a user has installed, and the core stays light.
``tests/test_locale.py`` checks that the file equals what the installed babel gives.

For each language of :data:`LANGUAGES` the file holds:

- ``decimal`` and ``group``: the decimal and grouping separators of the Latin-digit
  number system (``latn``), the one Wikipedia editors type;
- ``months``: every casefolded month name, format and stand-alone, wide and
  abbreviated (the format form is the genitive where the language has one: ru
  ``декабря``, pl ``grudnia``), with and without a trailing full stop, mapped to
  the month's number; a name that two months share is left out;
- ``order``: the order of day, month and year in the short numeric date (``dmy``,
  ``mdy`` or ``ymd``);
- ``connectors``: the words CLDR's date patterns put between the parts of a date
  (es ``de``, lv ``gada``, lt ``d``, ja ``年`` ``月`` ``日``, ru ``г``), without a
  trailing full stop;
- ``year_words``: the words written after a year: the pattern literal right after
  ``y`` and the word after the number in the duration unit, singular and "other"
  plural forms (``год``, ``года``, ``г``, ``жыл``, ``gads``, ``năm``);
- ``eras``: casefolded era names, wide and abbreviated, to ``-1`` (before the common
  era) or ``1``;
- ``units``: casefolded unit symbols of CLDR's short unit patterns (``км²``, ``м``,
  ``га``) to this library's canonical unit names;
- ``territories``: casefolded country names to ISO 3166-1 alpha-2 codes (only codes
  pycountry knows; a name two codes share is left out).
"""

from __future__ import annotations

import functools
import json
import re
import sys
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Final

#: The languages of the corpus and a few more that cost nothing.
LANGUAGES: Final = (
    *("ar", "bn", "cs", "de", "en", "es", "fr", "gl", "it", "ja", "kk", "kn", "lv", "ms"),
    *("nl", "pl", "pt", "ru", "sv", "sw", "tl", "tr", "uk", "vi", "zh"),
    *("be", "el", "et", "fa", "fi", "he", "hi", "hu", "id", "ko", "lt", "ro"),
)

#: CLDR unit -> canonical unit name of :mod:`infobox.values.units`.
_UNITS: Final = {
    "area-square-kilometer": "km2",
    "area-hectare": "ha",
    "area-square-meter": "m2",
    "length-kilometer": "km",
    "length-meter": "m",
}

_PATH: Final = Path(__file__).with_name("cldr.json")
_FIELD: Final = re.compile(r"'[^']*'|([a-zA-Z])\1*|.", re.DOTALL)


def _clean(text: str) -> str:
    """Casefold, drop format marks (U+200F …), and make every space one U+0020."""
    text = "".join(c for c in text if unicodedata.category(c) != "Cf")
    return " ".join(text.split()).casefold()


def _pattern(pattern: str) -> list[tuple[str, str]]:
    """A CLDR date pattern as (kind, text): kind is a field letter, or "" for literal text."""
    parts: list[tuple[str, str]] = []
    for match in _FIELD.finditer(pattern):
        token = match[0]
        if token.startswith("'"):
            parts.append(("", token[1:-1] or "'"))
        elif match[1]:
            parts.append((match[1], token))
        else:
            parts.append(("", token))
    return parts


def _words(literal: str) -> list[str]:
    """The words of a pattern's literal text, casefolded, without a trailing full stop."""
    return [
        word.rstrip(".")
        for word in _clean(literal).replace(",", " ").split()
        if any(c.isalpha() for c in word)
    ]


def _language(code: str) -> dict[str, Any]:
    from babel import Locale

    locale = Locale.parse(code)
    symbols = locale.number_symbols["latn"]
    months: dict[str, int] = {}
    shared: set[str] = set()
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            for number, name in locale.months[context][width].items():
                base = _clean(name)
                for spelling in {base, base.rstrip("."), base.rstrip(".") + "."}:
                    if months.setdefault(spelling, number) != number:
                        shared.add(spelling)
    patterns = [locale.date_formats[k].pattern for k in ("full", "long", "medium", "short")]
    skeletons = locale.datetime_skeletons
    patterns += [skeletons[k].pattern for k in ("yMMMM", "yMMMd", "yMMMMd") if k in skeletons]
    connectors: set[str] = set()
    year_words: set[str] = set()
    prefixes: set[str] = set()
    for pattern in patterns:
        parts = [p for p in _pattern(pattern) if p[0] not in {"E", "c", "G"}]
        for index, (kind, text) in enumerate(parts):
            if kind in {"M", "L"} and len(text) >= 3 and index:
                # A literal glued to the month name (he "d בMMMM y"): the name with it.
                glued = _clean(parts[index - 1][1]).split(" ")[-1]
                if glued and glued[-1].isalpha():
                    prefixes.add(glued)
            if kind:
                continue
            connectors.update(_words(text))
            if index and parts[index - 1][0] == "y":
                year_words.update(_words(text)[:1])
    short = [kind for kind, _ in _pattern(locale.date_formats["short"].pattern) if kind in "dMy"]
    order = "".join(dict.fromkeys(kind.lower() for kind in short))

    for prefix in sorted(prefixes):
        for name, number in list(months.items()):
            if not name.startswith(prefix) and months.setdefault(prefix + name, number) != number:
                shared.add(prefix + name)
    for spelling in shared:
        months.pop(spelling, None)

    units_data = locale._data["unit_patterns"]
    for width in ("long", "short"):
        forms = units_data["duration-year"][width]
        for form in (forms.get("one", ""), forms.get("other", "")):
            # The word right after the number: ru "{0} год", "{0} года".
            after = form.partition("{0}")[2] if "{0}" in form else ""
            year_words.update(_words(after)[:1])
    units: dict[str, str] = {}
    for unit, canonical in _UNITS.items():
        for width in ("short", "narrow"):
            forms = units_data.get(unit, {}).get(width, {})
            for key, form in forms.items():
                if key != "per" and "{0}" in form:
                    symbol = _clean(form.replace("{0}", ""))
                    if symbol:
                        units.setdefault(symbol, canonical)

    eras: dict[str, int] = {}
    for width in ("wide", "abbreviated"):
        for index, name in locale.eras[width].items():
            eras.setdefault(_clean(name), -1 if index == 0 else 1)

    return {
        "decimal": symbols["decimal"],
        "group": symbols["group"],
        "months": dict(sorted(months.items())),
        "order": order,
        "connectors": sorted(connectors),
        "year_words": sorted(year_words),
        "eras": dict(sorted(eras.items())),
        "units": dict(sorted(units.items())),
        "territories": _territories(dict(locale.territories)),
    }


def _territories(names: dict[str, str]) -> dict[str, str]:
    import pycountry

    found: dict[str, str] = {}
    shared: set[str] = set()
    for code, name in names.items():
        if len(code) != 2 or not code.isalpha() or pycountry.countries.get(alpha_2=code) is None:
            continue
        key = _clean(name)
        if found.setdefault(key, code) != code:
            shared.add(key)
    return {key: code for key, code in sorted(found.items()) if key not in shared}


@functools.cache
def generate() -> str:
    """The text of ``cldr.json`` as the installed babel gives it.

    >>> import json
    >>> json.loads(generate())["languages"]["ru"]["months"]["декабря"]
    12
    """
    from babel import __version__

    data = {
        "babel": __version__,
        "languages": {code: _language(code) for code in LANGUAGES},
    }
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    """Write the file; ``--check`` only says whether it is current (exit 1 if not).

    >>> main(["--check"])
    0
    """
    text = generate()
    if "--check" in (sys.argv[1:] if argv is None else argv):
        return 0 if _PATH.read_text(encoding="utf-8") == text else 1
    _PATH.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
