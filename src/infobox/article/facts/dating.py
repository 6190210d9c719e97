"""Years that date a statement: ``as of 2023``, ``(1999)``, ``at the 2010 census``.

A population, a share or any other count is dated by a year only when the words
around the year say it dates something; a bare year may be a founding or an event.
"""

from __future__ import annotations

from .quantities import Quantity
from .sentence import Sentence
from .tokens import SEGMENT

__all__ = ["date_year", "dated_aside"]


def dated_aside(s: Sentence, close: int, a: int) -> int | None:
    """The opening bracket of an aside ending at ``close`` that only dates: ``(2021. g.)``.

    The aside holds a year and words, no other number (``по оценке 2023 года``,
    ``est. 2022``); it starts at or after token ``a``, at most ten tokens before.
    """
    toks = s.toks
    dated = False
    for k in range(close - 1, max(close - 11, a - 1), -1):
        if toks.raw[k] == "(":
            return k if dated else None
        if toks.raw[k] == ")" or toks.raw[k] in SEGMENT:
            return None
        if k in toks.numerals:
            y = s.by_tok.get(k)
            if y is None or not s.date_part(y):
                return None
            dated = dated or y.year is not None
    return None


def _dated_aside_around(s: Sentence, y: Quantity) -> bool:
    """Whether the year ``y`` stands in an aside that only dates (see :func:`dated_aside`)."""
    toks = s.toks
    for k in range(y.last + 1, min(len(toks), y.last + 5)):
        if toks.raw[k] == ")":
            opening = dated_aside(s, k, max(y.first - 5, 0))
            return opening is not None and opening < y.first
        if toks.raw[k] in "(" or toks.raw[k] in SEGMENT or k in toks.numerals:
            return False
    return False


def date_year(s: Sentence, y: Quantity) -> int | None:
    """The year of ``y`` if the words around it date something (``as of 2023``, ``(1999``)."""
    year = y.year
    if year is None or y.bound or y.approximate or y.tok in s.ranged:
        return None
    toks, rules = s.toks, s.rules
    b = y.first - 1
    for k in range(b, b - 3, -1):
        if rules.founding.ending(toks.low, k) is not None:
            return None
    if b >= 0 and toks.raw[b] == "(":
        return year
    if rules.year_before.ending(toks.low, b) is not None:
        return year
    if rules.months.ending(toks.low, b) is not None:
        return year  # "(1 августа 2017)", "in July 2017"
    if _dated_aside_around(s, y):
        return year  # "(est. 2022)", "(по оценке 2023 года)"
    return year if rules.year_after.at(toks.low, y.last + 1) is not None else None
