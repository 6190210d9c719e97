"""Capacities of power stations, in MW, with the facility's name."""

from __future__ import annotations

from .negation import stated_amount
from .quantities import Quantity
from .sentence import Sentence
from .tokens import JOINERS, WORD

__all__ = ["read"]


def read(s: Sentence) -> None:
    """Add the sentence's power capacities."""
    for q in s.measured.get("power", []):
        _capacity(s, q)


def _capacity(s: Sentence, q: Quantity) -> None:
    amount = stated_amount(s, q)
    if amount is None:
        return
    toks, facilities = s.toks, s.rules.facilities
    value = amount
    if q.unit == "GW":
        value *= 1000
        q.converted_from = "GW"
    q.unit = "MW"
    span: tuple[int, int] | None = None
    hit = s.find_before(facilities, q.first - 1, 25, clause=False)
    if hit is None:
        hit = s.find_after(facilities, q.last + 1, 6)
    if hit is not None:
        a, b = hit[0], hit[1] - 1
        k, words = a - 1, 0
        while k >= 0 and words < 6:
            if toks.kind[k] == WORD and toks.raw[k][:1].isupper():
                low = toks.low[k]
                if low in s.rules.stops or low in s.rules.articles:
                    break
                if low in s.rules.language.stopwords:
                    break
                a, k, words = k, k - 1, words + 1
            elif toks.raw[k] in JOINERS and toks.adjacent(k, k + 1) and k == a - 1:
                k -= 1
            elif (
                toks.kind[k] == WORD
                and len(toks.raw[k]) <= 3
                and k == a - 1
                and k > 0
                and toks.kind[k - 1] == WORD
                and toks.raw[k - 1][:1].isupper()
            ):
                k -= 1  # "Combined Heat and Power Plant", "Bank of …"
            else:
                break
        while toks.kind[a] != WORD:
            a += 1
        span = (a, b)
    qualifiers = {} if span is None else {"facility": toks.span(*span)}
    s.numeric("capacity", q, float(value), qualifiers)
