"""Temperatures of the climate: a month's or the year's mean, high, low or record.

A temperature takes the month written next to it and the statistic word before or
after it; one with neither is a reading, not the climate, and is left out.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Final

from .negation import negated
from .quantities import Quantity
from .sentence import Sentence
from .tokens import WORD

__all__ = ["read"]

#: The plausible range of a climate's temperatures in °C, a little wider than the
#: records (−89.2 °C at Vostok, 56.7 °C in Death Valley): anything outside is no
#: place's climate.
_COLDEST: Final = Decimal(-90)
_HOTTEST: Final = Decimal(60)
_MEANS: Final = frozenset({"mean", "mean_max", "mean_min"})


def read(s: Sentence) -> None:
    """Add the sentence's temperatures of the climate."""
    _temperatures(s, s.measured.get("temperature", []))


def _temperatures(s: Sentence, temps: Sequence[Quantity]) -> None:
    if not temps:
        return
    toks, months = s.toks, s.rules.months
    first = temps[0]
    month_first = s.find_before(months, first.first - 1, 12, clause=False) is not None
    for q in temps:
        if q.value is None:
            continue
        # The sign first: −40 °F is −40 °C, not −(40 °F).
        value = -q.value if q.sign < 0 else q.value
        if q.unit == "°F":
            value = (value - 32) * 5 / 9
            q.converted_from = "°F"
        q.unit = "°C"
        # The month words between this number and its neighbours (of any kind).
        # A year between is no neighbour: "July 1834, with a mean temperature of 23.0 °C".
        index = s.index[q.tok]
        nxt = next((r.first for r in s.quantities[index + 1 :] if r.year is None), len(toks))
        prev = next((r.last for r in reversed(s.quantities[:index]) if r.year is None), -1)
        after = s.find_after(months, q.last + 1, 8, stop=nxt)
        before = s.find_before(months, q.first - 1, 8, stop=prev, clause=False)
        chosen = (before or after) if month_first else (after or before)
        if q.change or _threshold(s, q):
            continue  # "par 4 °C augstāka", "the 0 °C isotherm"
        if negated(s, q.first, q.last):
            continue  # "temperatures never reach 40 °C in July"
        if chosen is not None and _month_in_list(s, chosen[0], chosen[1] - 1):
            continue  # "June, July and August with 18.8 °C": a season, no month
        if chosen is not None and _dated(s, chosen[0], chosen[1] - 1):
            continue  # "July 1834, with a mean temperature of 23.0 °C": one month's reading
        qualifiers: dict[str, str] = {}
        if chosen is not None:
            qualifiers["month"] = f"{chosen[2]:02d}"
        stat = s.find_before(s.rules.statistics, q.first - 1, 30, clause=False)
        if stat is None:
            stat = s.find_after(s.rules.statistics, q.last + 1, 4)
        if stat is not None:
            qualifiers["statistic"] = stat[2]
        if chosen is None and (stat is None or (stat[2] in _MEANS and not _annual(s, q))):
            continue  # no month, no statistic: a reading, not the climate
        if not _COLDEST <= value <= _HOTTEST:
            continue  # no place's climate: a misread, or not the climate at all
        s.numeric("temperature", q, float(value), qualifiers)


def _threshold(s: Sentence, q: Quantity) -> bool:
    """Whether a threshold word stands next to a temperature (``the 0 °C isotherm``)."""
    thresholds = s.rules.thresholds
    return (
        s.find_after(thresholds, q.last + 1, 3, clause=False) is not None
        or s.find_before(thresholds, q.first - 1, 3, clause=False) is not None
    )


def _annual(s: Sentence, q: Quantity) -> bool:
    """Whether a mean temperature without a month is the year's (``average annual``)."""
    annual = s.rules.annual
    return (
        s.find_before(annual, q.first - 1, 30, clause=False) is not None
        or s.find_after(annual, q.last + 1, 6) is not None
    )


def _month_in_list(s: Sentence, a: int, b: int) -> bool:
    """Whether the month in tokens ``a`` … ``b`` is one of a list: ``June, July and August``."""
    toks, rules = s.toks, s.rules
    months = rules.months
    k = a - 1
    joined = k >= 0 and (toks.raw[k] == "," or rules.conjunctions.ending(toks.low, k) is not None)
    if joined and months.ending(toks.low, k - 1) is not None:
        return True
    k = b + 1
    if k < len(toks):
        conjunction = rules.conjunctions.at(toks.low, k)
        if toks.raw[k] == ",":
            conjunction = (k + 1, True)
        if conjunction is not None and months.at(toks.low, conjunction[0]) is not None:
            return True
    return False


def _dated(s: Sentence, a: int, b: int) -> bool:
    """Whether the month in tokens ``a`` … ``b`` is one month of one year.

    ``July 1834``, ``в январе 1823 года``, ``1823. gada janvārī``: the temperature
    of that month is a reading of one year (often a record), not the climate's
    month; reconciled with a climate table's July it would contradict it.
    """
    toks = s.toks
    after = s.by_first.get(b + 1)
    if after is None and b + 1 < len(toks) and toks.kind[b + 1] == WORD:
        of = s.rules.year_before.at(toks.low, b + 1)  # "July of 1834"
        after = s.by_first.get(of[0]) if of is not None else None
    if after is not None and after.year is not None:
        return True
    k = a - 1
    year_word = s.rules.year_after.ending(toks.low, k)
    if year_word is not None:
        k = year_word[0] - 1
    before = s.by_last.get(k)
    return before is not None and before.year is not None and k < a - 1
