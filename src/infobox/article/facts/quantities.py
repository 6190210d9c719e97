"""Quantities: numerals with the words written against them.

A quantity is a numeral with its sign, approximate or bound word, scale word, unit
and the conversion in parentheses after it (``24 °C (75.2 °F)`` is one quantity).
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from decimal import Decimal
from typing import Final

import attrs

from .tokens import HYPHENS, LINKS, SIGNS, Numeral, Rules, Tokens

DIMENSION: Final[Mapping[str, str]] = {
    "km": "length",
    "mi": "length",
    "m": "length",
    "ft": "length",
    "°C": "temperature",
    "°F": "temperature",
    "km2": "area",
    "sqmi": "area",
    "MW": "power",
    "GW": "power",
    "ha": "area",
    "%": "share",
}
METRIC: Final = frozenset({"km", "m", "°C", "km2", "ha", "MW", "GW", "%"})


@attrs.define
class Quantity:
    tok: int  # the numeral's token
    numeral: Numeral
    value: Decimal | None
    first: int  # first token: the approximate word or the sign, else the numeral
    last: int  # last token: the unit, the scale word or the numeral; then the conversion
    ev_start: int
    ev_end: int
    sign: int = 0
    dash_sign: bool = False
    scaled: bool = False
    unit: str | None = None
    approximate: bool = False
    bound: bool = False
    change: bool = False
    rate: bool = False
    converted_from: str | None = None
    swallowed: bool = False

    @functools.cached_property
    def count(self) -> int | None:
        """The value as a head count, if it is a whole non-negative number."""
        if self.value is None or self.sign or self.bound or self.change or self.rate:
            return None
        if self.unit is not None or self.numeral.ordinal:
            return None
        if self.numeral.fraction and not self.scaled:
            return None
        if self.value != self.value.to_integral_value() or self.value <= 0:
            return None
        return int(self.value)

    @functools.cached_property
    def year(self) -> int | None:
        """The number as a year: an ungrouped four-digit number from 1000 to 2100."""
        numeral = self.numeral
        if self.value is None or self.sign or self.unit is not None or self.scaled:
            return None
        if numeral.grouped or numeral.fraction or len(numeral.digits) != 4:
            return None
        year = int(numeral.digits)
        return year if 1000 <= year <= 2100 else None


def quantities(toks: Tokens, rules: Rules) -> list[Quantity]:
    quantities: list[Quantity] = []
    n = len(toks)
    skip_to = 0
    for i, numeral in toks.numerals.items():
        if i < skip_to:
            continue
        q = _quantity(toks, rules, i, numeral)
        skip_to = q.last + 1
        quantities.append(q)
    by_first = {q.first: q for q in quantities}
    for q in quantities:
        if q.unit is None or q.swallowed or q.value is None:
            continue
        k = q.last + 1
        if k >= n or toks.raw[k] != "(":
            continue
        inner = by_first.get(k + 1)
        if inner is None or inner.unit is None or inner.value is None:
            continue
        if DIMENSION[inner.unit] != DIMENSION[q.unit]:
            continue
        close = inner.last
        for j in range(inner.last + 1, min(n, inner.last + 8)):
            if toks.raw[j] == ")":
                close = j
                break
            if toks.raw[j] == "(":
                break
        if q.unit in METRIC or inner.unit not in METRIC:
            inner.swallowed = True
            q.last = close
        else:  # "250 mi (400 km)": the metric value is the one to keep
            q.swallowed = True
            inner.first, inner.last = q.first, close
            inner.approximate |= q.approximate
            inner.bound |= q.bound
    return quantities


def _quantity(toks: Tokens, rules: Rules, i: int, numeral: Numeral) -> Quantity:
    text = toks.text
    s, e = numeral.start, numeral.end
    p = text[s - 1] if s > 0 else ""
    pp = text[s - 2] if s > 1 else ""
    c = text[e] if e < len(text) else ""
    cc = text[e + 1] if e + 1 < len(text) else ""
    q = Quantity(tok=i, numeral=numeral, value=numeral.value, first=i, last=i, ev_start=s, ev_end=e)
    if (p in LINKS and pp.isalnum()) or p.isalnum() or p == "_" or (p == "[" and c == "]"):
        q.value = None
    if p in SIGNS and not pp.isalnum() and i > 0 and toks.adjacent(i - 1, i):
        q.sign = SIGNS[p]
        q.dash_sign = p == "\u2013"
        q.first = i - 1
        q.ev_start = s - 1
    marker = rules.approximate.ending(toks.low, q.first - 1)
    if marker is not None:
        q.approximate = True
        q.first = marker[0]
        q.ev_start = toks.start[marker[0]]
    before = q.first - 1
    if rules.bounds.ending(toks.low, before) is not None:
        q.bound = True
    if (
        rules.changes.ending(toks.low, before) is not None
        or rules.per.ending(toks.low, before) is not None
    ):
        q.change = True
    j = i + 1
    scale = rules.scales.at(toks.low, j)
    if scale is not None and q.value is not None:
        q.value *= scale[1]
        q.scaled = True
        q.last = scale[0] - 1
        q.ev_end = toks.end[q.last]
        j = scale[0]
    unit = rules.units.at(toks.raw, j)
    if unit is None and j == i + 1 and c in HYPHENS and toks.adjacent(i, j):
        # "a 220-metre chimney"
        unit = rules.units.at(toks.raw, j + 1) if toks.adjacent(j, j + 1) else None
    if unit is not None:
        q.unit = unit[1]
        q.last = unit[0] - 1
        q.ev_end = toks.end[q.last]
    elif (c.isalpha() or c == "_") and scale is None:
        q.value = None  # "1990s", "2nd", "89079¹"
    elif c in LINKS and cc.isalnum():
        q.value = None  # "1954–1956", "12:30", "978-5-17", "1990-ies"
    q.rate = is_rate(toks, rules, q.last + 1)
    if _bound_after(toks, rules, q.last):
        q.bound = True
    return q


def _bound_after(toks: Tokens, rules: Rules, last: int) -> bool:
    """Whether a bound follows the quantity ending at token ``last``: ``300+``, ``or more``."""
    after = last + 1
    if after < len(toks) and toks.raw[after] == "+" and toks.adjacent(last, after):
        return True
    return rules.bounds_after.at(toks.low, after) is not None


def is_rate(toks: Tokens, rules: Rules, i: int) -> bool:
    """Whether token ``i`` starts a rate's base: ``/``, or ``per`` and a unit or number."""
    if i >= len(toks):
        return False
    if toks.raw[i] == "/":
        return True
    per = rules.per.at(toks.low, i)
    if per is None or per[0] >= len(toks):
        return False
    return per[0] in toks.numerals or rules.units.at(toks.raw, per[0]) is not None
