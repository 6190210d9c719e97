"""How much a wiki's conventions cost: parse_number and parse_date with and without a locale.

Run: ``python benchmarks/bench_locale.py``. Each line gives microseconds per call
(the best of five runs) for the same kind of value written in English with no
locale, and written in the wiki's conventions with its locale.
"""

from __future__ import annotations

import timeit
from collections.abc import Callable

from infobox.locale import locale_for
from infobox.values.dates import parse_date
from infobox.values.numbers import parse_number

NUMBERS = ("3,644,826", "891.68", "c. 1,234.5 m", "89079 (20th)")
LOCAL_NUMBERS: dict[str, tuple[str, ...]] = {
    "ru": ("3 644 826", "891,68", "1 234,5 м", "89079 (20th)"),
    "it": ("3.644.826", "891,68", "1.234,5 m", "89079 (20th)"),
    "bn": ("৩৬,৪৪,৮২৬", "৮৯১.৬৮", "১,২৩৪.৫ মি", "৮৯০৭৯ (২০)"),
}
DATES = ("31 December 2018", "December 31, 2018", "1237", "31.12.2013", "c. 1200")
LOCAL_DATES: dict[str, tuple[str, ...]] = {
    "ru": ("31 декабря 2018", "декабрь 2018", "1170 год", "31.12.2013", "1237"),
    "lv": ("2013. gada 31. decembris", "31.12.2013", "2018 gads", "1237", "decembris 2018"),
    "ja": ("2018年12月31日", "2018年12月", "2018年", "1237", "2018/12/31"),
}


def _per_call(function: Callable[[], object], values: int) -> float:
    """Microseconds per value: the best of five runs."""
    number = 2000
    best = min(timeit.repeat(function, number=number, repeat=5))
    return best / number / values * 1e6


#: Text every convention reads alike: the cost of the locale itself.
SAME_NUMBERS = ("3644826", "1237", "89079 (20th)", "c. 1200")
SAME_DATES = ("1237", "2018-12-31", "c. 1200", "31 December 2018")


def _numbers(texts: tuple[str, ...], wiki: str | None) -> Callable[[], None]:
    locale = locale_for(wiki) if wiki else None

    def run() -> None:
        for text in texts:
            parse_number(text, locale=locale)

    run()  # warm the caches
    return run


def _dates(texts: tuple[str, ...], wiki: str | None) -> Callable[[], None]:
    locale = locale_for(wiki) if wiki else None

    def run() -> None:
        for text in texts:
            parse_date(text, locale=locale)

    run()
    return run


def main() -> None:
    """Print the cost of each kind of value with and without a locale."""
    print("µs per value            own conventions   same text, no locale → locale")
    for wiki in ("none", "ru", "it", "bn"):
        key = None if wiki == "none" else wiki
        own = _per_call(_numbers(LOCAL_NUMBERS[wiki] if key else NUMBERS, key), 4)
        same = _per_call(_numbers(SAME_NUMBERS, key), len(SAME_NUMBERS))
        print(f"parse_number  {wiki:>4}      {own:8.2f}          {same:8.2f}")
    for wiki in ("none", "ru", "lv", "ja"):
        key = None if wiki == "none" else wiki
        texts = LOCAL_DATES[wiki] if key else DATES
        own = _per_call(_dates(texts, key), len(texts))
        same = _per_call(_dates(SAME_DATES, key), len(SAME_DATES))
        print(f"parse_date    {wiki:>4}      {own:8.2f}          {same:8.2f}")


if __name__ == "__main__":
    main()
