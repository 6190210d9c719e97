"""Shares of the population: ``Kazakhs make up 60.5%``, ``Irish (7.7%) and Russian (2.0%)``.

A percentage takes the group named next to it; in a list of shares each takes its
own neighbour's group. A share of something else (``15% of all German top
athletes``) is no share of the population.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Final

from .dating import date_year
from .negation import negated
from .quantities import Quantity
from .sentence import Sentence
from .tokens import HYPHENS, SEGMENT, SYM, WORD

__all__ = ["read"]

#: A share of a population is at most all of it.
_MAX_SHARE: Final = Decimal(100)
#: How many tokens before a share a year that dates it may stand.
_YEAR_REACH: Final = 20
#: How many tokens may stand between two shares of one list.
_LIST_GAP: Final = 8
_CLAUSE_ENDS: Final = frozenset(",;()[]")


def read(s: Sentence) -> None:
    """Add the sentence's shares of the population."""
    shares = s.measured.get("share", [])
    year: int | None = None
    for k, q in enumerate(shares):
        own = _year(s, q)
        if own is None and k > 0 and _listed(s, shares[k - 1], q):
            own = year  # "latvieši — 45,2 %, krievi — 30 %": the list's year
        year = own
        _share(s, k, shares, year)


def _share(s: Sentence, k: int, shares: Sequence[Quantity], year: int | None) -> None:
    q = shares[k]
    if q.sign or q.value is None or q.change or q.tok in s.ranged:
        return
    if _part_of_other(s, q):
        return  # "15% of all German top athletes", "70% of respondents"
    if negated(s, q.first, q.last):
        return  # "60 % не являются католиками": a share of those who are not
    toks = s.toks
    a = q.first
    while a > 0 and q.first - a < 15 and toks.raw[a - 1] not in SEGMENT:
        a -= 1
    b = q.last
    while b + 1 < len(toks) and b - q.last < 15 and toks.raw[b + 1] not in SEGMENT:
        b += 1
    # The other percentages of the segment are the neighbours in the list, if any.
    before_q = shares[k - 1] if k > 0 and shares[k - 1].tok >= a else None
    after_q = shares[k + 1] if k + 1 < len(shares) and shares[k + 1].tok <= b else None
    others = [r for r in (before_q, after_q) if r is not None]
    group: str | None = None
    if not others:
        # Not into an aside after it: "2.7% … other Christian denominations (mostly
        # Eastern Orthodox, …)" is no share of the Orthodox.
        end = next((i for i in range(q.last + 1, b + 1) if toks.raw[i] == "("), b + 1)
        after = _group_after(s, q.last + 1, end - q.last - 1)
        before = _group_before(s, q.first - 1, q.first - a)
        if after is not None and (before is None or after[0] - q.last <= q.first - before[1]):
            group = after[2]
        elif before is not None:
            group = before[2]
    else:
        j = q.first - 1
        while j >= a and q.first - j <= 2 and toks.kind[j] == SYM and toks.raw[j] in "(:—–-":
            j -= 1
        hit = _group_before(s, j, 1) if j >= a else None
        if hit is not None and toks.raw[q.first - 1] == "(" and not _closes(s, q.last + 1):
            # "68.5% White (67.0% Non-Hispanic White Alone)": the bracket holds more than
            # the share of the word before it, a part of that group
            hit = None
        if hit is not None:
            group = hit[2]
        elif q.first == 0 or toks.raw[q.first - 1] != "(":
            # "Irish (7.7%) and Russian (2.0%)": a bracketed share belongs to the
            # word before it, never to the group of the next one.
            stop = after_q.first if after_q is not None else b + 1
            found = _group_after(s, q.last + 1, stop - q.last - 1)
            group = found[2] if found is not None else None
    if group is not None and q.value <= _MAX_SHARE:
        qualifiers = {"group": group}
        if year is not None:
            qualifiers["year"] = str(year)
        s.numeric("share", q, float(q.value), qualifiers)


def _year(s: Sentence, q: Quantity) -> int | None:
    """The year that dates a share: in its segment after it, else one before it.

    ``88.2% White (2010 census)``; before the share, a year of its own clause
    (``the racial makeup in 2010 was 88.2% White``) or of a dating phrase that opens
    the sentence (``At the 2010 census, 88.2% White``, ``By 1700, approximately 30
    percent of Berlin's residents were French``): a share of another time is no
    share of today. Only a year its words date counts (:func:`date_year`); ``In 1938
    the mine opened, and …`` dates the mine, not the share.
    """
    toks, quantities = s.toks, s.quantities
    k = s.index[q.tok]
    # Only the quantities within reach are looked at: linear in a list of shares.
    for i in range(k + 1, min(k + 1 + _YEAR_REACH, len(quantities))):
        y = quantities[i]
        if y.tok - q.last > _YEAR_REACH or any(
            toks.raw[j] in SEGMENT for j in range(q.last + 1, y.first)
        ):
            break
        if (year := date_year(s, y)) is not None:
            return year
    for y in reversed(quantities[max(k - _YEAR_REACH, 0) : k]):
        if q.first - y.last > _YEAR_REACH:
            break
        year = date_year(s, y)
        if year is not None and (_same_clause(s, y.last + 1, q.first) or _opening_date(s, y)):
            return year
    return None


def _same_clause(s: Sentence, a: int, b: int) -> bool:
    """Whether tokens ``a`` … ``b - 1`` hold no comma, semicolon or bracket.

    A dash or colon may stand in a share's own clause: ``latvieši — 45,2 %``.
    """
    return not any(s.toks.raw[j] in _CLAUSE_ENDS for j in range(a, b))


def _listed(s: Sentence, p: Quantity, q: Quantity) -> bool:
    """Whether share ``q`` follows share ``p`` in one list: a few words, no ``;``, no number."""
    toks = s.toks
    if q.first - p.last > _LIST_GAP:
        return False
    return not any(toks.raw[j] == ";" or j in toks.numerals for j in range(p.last + 1, q.first))


def _opening_date(s: Sentence, y: Quantity) -> bool:
    """Whether the year ``y`` is a dating phrase that opens the sentence, then a comma.

    Only year words stand around it: ``By 1700,``, ``At the 2010 census,``.
    """
    toks, rules = s.toks, s.rules
    before = rules.year_before.ending(toks.low, y.first - 1)
    if (before[0] if before is not None else y.first) != 0:
        return False
    j = y.last + 1
    after = rules.year_after.at(toks.low, j)
    if after is not None:
        j = after[0]
    return j < len(toks) and toks.raw[j] == ","


def _part_of_other(s: Sentence, q: Quantity) -> bool:
    """Whether a share is of something other than the population.

    After an of-word (``of``, ``no``, ``от``, ``всех``) the whole must be the
    population, its residents or its people: ``55% of the population`` is,
    ``15% of all German top athletes`` and ``70% of respondents`` are not.
    """
    toks, rules = s.toks, s.rules
    hit = rules.of_words.at(toks.low, q.last + 1)
    if hit is None:
        return False
    for k in range(hit[0], min(len(toks), hit[0] + 8)):
        if toks.boundary(k) or toks.raw[k] in SEGMENT:
            break
        if any(
            phrases.at(toks.low, k) is not None
            for phrases in (rules.population, rules.residents, rules.people)
        ):
            return False
    return True


def _is_group(s: Sentence, a: int, b: int) -> bool:
    """Whether the group words in tokens ``a`` … ``b`` name a group, not qualify a noun.

    ``German (5.7%)``, ``Catholic, followed by`` and ``Kazakh population`` are
    groups; ``German top athletes`` and ``the Catholic Church`` are not. Nor is a
    group qualified by a capitalised word before it (``East Asian``, ``South
    Asian``, ``Non-Hispanic White``): that is a part of the group, not all of it.
    """
    toks, rules = s.toks, s.rules
    if _qualified(s, a):
        return False
    if toks.low[b] not in rules.adjective_groups or not s.noun_follows(b + 1):
        return True
    return any(
        phrases.at(toks.low, b + 1) is not None
        for phrases in (rules.population, rules.residents, rules.people)
    )


def _closes(s: Sentence, j: int) -> bool:
    """Whether token ``j`` closes a bracket or ends the segment: ``Irish (7.7%)``."""
    toks = s.toks
    return j >= len(toks) or toks.raw[j] in ")," or toks.raw[j] in SEGMENT


def _qualified(s: Sentence, a: int) -> bool:
    """Whether a capitalised word that is no function word stands right before token ``a``.

    The first word of the sentence is not taken for one (``Mostly Russians``).
    """
    toks, rules = s.toks, s.rules
    k = a - 1
    if k >= 1 and toks.raw[k] in HYPHENS and toks.adjacent(k, a) and toks.adjacent(k - 1, k):
        return True  # "Non-Hispanic White"
    if k < 1 or toks.kind[k] != WORD or not toks.raw[k][:1].isupper():
        return False
    return toks.low[k] not in rules.function_words and rules.groups.ending(toks.low, k) is None


def _group_after(s: Sentence, i: int, limit: int) -> tuple[int, int, str] | None:
    """The first group in tokens ``i`` … ``i + limit - 1``: (start, end, its name)."""
    groups, low = s.rules.groups, s.toks.low
    for j in range(max(i, 0), min(len(s.toks), i + limit)):
        hit = groups.at(low, j)
        if hit is not None and _is_group(s, j, hit[0] - 1):
            return j, hit[0], hit[1]
    return None


def _group_before(s: Sentence, i: int, limit: int) -> tuple[int, int, str] | None:
    """The nearest group ending in tokens ``i`` … ``i - limit + 1``: (start, end, its name)."""
    groups, low = s.rules.groups, s.toks.low
    for j in range(min(i, len(s.toks) - 1), max(i - limit, -1), -1):
        hit = groups.ending(low, j)
        if hit is not None and _is_group(s, hit[0], j):
            return hit[0], j + 1, hit[1]
    return None
