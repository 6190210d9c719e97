"""Populations: a count bound to a population word or a resident noun, its year and scope."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from .quantities import Quantity, is_rate
from .sentence import Sentence
from .tokens import SEGMENT

__all__ = ["read"]


def read(s: Sentence) -> None:
    """Add the sentence's populations."""
    _populations(s)


def _population_word_before(s: Sentence, q: Quantity) -> bool:
    """A population word within 8 tokens before the count, tied to it.

    No other count may stand between, the word must be about the whole
    population (not ``the migrant population``) and the words between must tie
    the count to it (see :meth:`tied`).
    """
    toks, rules = s.toks, s.rules
    for j in range(q.first - 1, max(q.first - 9, -1), -1):
        if j in toks.numerals and not s.date_part(s.by_tok.get(j)):
            return False  # another number between: the word is not about this one
        hit = rules.population.ending(toks.low, j)
        if hit is None:
            continue
        if rules.not_population.at(toks.low, j + 1) is not None:
            return False
        if rules.not_population.ending(toks.low, hit[0] - 1) is not None:
            return False
        if s.subgroup(hit[0] - 1, ending=True):
            return False  # "the East German population", "the migrant population"
        return _tied(s, j + 1, q.first)
    return False


def _tied(s: Sentence, a: int, b: int) -> bool:
    """Whether the tokens ``a`` … ``b - 1`` between a population word and a count tie them.

    Right before the count stand only linking words (``is``, ``of``, ``totals``,
    ``составляет``, ``—``) and dates (``at the 2010 census``, ``на 1 января 2023
    года``). Before those the population word may take its owner: ``of`` and a
    few words in English (``the population of the metropolitan area is``), up to
    three words in a genitive language (``население объединённого Берлина
    составляло``), never with a comma: ``the East German population, the Berlin
    Wall fell on 9`` and ``the population was spread out with 188`` are not tied.
    """
    toks, rules = s.toks, s.rules
    low = toks.low
    k, linked = b - 1, False
    while k >= a:
        ordinal = s.by_last.get(k - 1)
        if toks.raw[k] in "()" or (
            toks.raw[k] == "." and ordinal is not None and ordinal.numeral.ordinal
        ):
            k -= 1  # brackets around a year; the period of "1. janvārī"
            continue
        q = s.by_last.get(k)
        if q is not None and s.date_part(q):
            k = q.first - 1
            continue
        link = rules.population_links.ending(low, k)
        if link is not None:
            linked, k = True, link[0] - 1
            continue
        start = s.date_words_ending(k)
        if start is None:
            break
        k = start - 1
    if k < a:
        return True
    if not linked:
        return False
    # The owner of the population word: tokens a … k.
    if any(toks.boundary(i) or toks.raw[i] in SEGMENT for i in range(a, k + 1)):
        return False
    if any(s.subgroup(i) for i in range(a, k + 1)):
        return False  # "the population of foreigners was"
    if rules.owner_words:
        return k - a < 6 and rules.population_of.at(low, a) is not None
    return k - a < 4


def _inside_brackets(s: Sentence, q: Quantity) -> int | None:
    """The opening bracket ``q`` stands inside, within 15 tokens before it, if any."""
    toks = s.toks
    for j in range(q.first - 1, max(q.first - 16, -1), -1):
        if toks.raw[j] == ")":
            return None
        if toks.raw[j] == "(":
            return j
    return None


def _is_population(s: Sentence, q: Quantity) -> bool:
    if q.count is None or q.tok in s.days or q.tok in s.ranged:
        return False  # "fell on 9 November", "from 1.9 million to 4 million"
    toks, rules = s.toks, s.rules
    j = q.last + 1
    if s.subgroup(j):
        return False  # "400,000 Afrikaners", "20,000 students"
    if s.find_before(rules.partitives, q.first - 1, 3) is not None:
        return False  # "of whom 20,000", "из них 20 000 человек"
    strong = rules.residents.at(toks.low, j)
    weak = None if strong is not None else rules.people.at(toks.low, j)
    noun = strong or weak
    if noun is not None:
        if is_rate(toks, rules, noun[0]):
            return False  # "1,895 people per km²"
        if _subgroup_after(s, noun[0]):
            return False  # "жителей-иностранцев", "inhabitants of foreign origin"
    if q.year is not None and noun is None:
        return False  # a year is never a count unless people follow it at once
    bracket = _inside_brackets(s, q)
    if bracket is not None:
        # An aside in brackets ("4% (96,073 residents)", "(… его покинули 30000
        # жителей)") counts only with its own population or living word.
        inside = q.first - bracket - 1
        if (
            s.find_after(rules.living, bracket + 1, inside, clause=False) is None
            and s.find_after(rules.population, bracket + 1, inside, clause=False) is None
        ):
            return False
    if strong is not None:
        return True
    if _population_word_before(s, q):
        return True
    if weak is not None:
        if s.find_before(rules.living, q.first - 1, 4) is not None:
            return True
        return s.find_after(rules.living, weak[0], 3) is not None
    return False


def _subgroup_after(s: Sentence, j: int) -> bool:
    """Whether the resident word ending before token ``j`` is joined to a subgroup."""
    toks = s.toks
    if s.hyphen_joins(j):
        return True  # "жителей-иностранцев": a compound names a part
    for k in range(j, min(j + 2, len(toks))):
        if toks.boundary(k):
            return False
        if s.subgroup(k):
            return True
    return False


def _date_year(s: Sentence, y: Quantity) -> int | None:
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
    return year if rules.year_after.at(toks.low, y.last + 1) is not None else None


def _populations(s: Sentence) -> None:
    toks, rules = s.toks, s.rules
    counts = [q for q in s.quantities if _is_population(s, q)]
    counted = {q.tok for q in counts}
    years = [
        (q, year)
        for q in s.quantities
        if q.tok not in counted and (year := _date_year(s, q)) is not None
    ]
    year_toks = [y.tok for y, _ in years]
    for k, q in enumerate(counts):
        nxt = counts[k + 1].first if k + 1 < len(counts) else len(toks)
        prev = counts[k - 1].last if k > 0 else -1
        qualifiers: dict[str, str] = {}
        year = _count_year(s, q, years, year_toks, nxt)
        if year is not None:
            qualifiers["year"] = str(year)
        # The scope named after the count, before a conjunction starts another statement.
        stop = nxt
        for j in range(q.last + 1, min(nxt, q.last + 8)):
            if rules.conjunctions.at(toks.low, j) is not None:
                stop = j
                break
        scope = s.find_after(rules.scopes, q.last + 1, 7, stop=stop)
        if scope is None and len(counts) == 1:
            wide = s.find_before(rules.scopes, q.first - 1, 40, clause=False)
            while wide is not None and wide[2] == "city":
                wide = s.find_before(rules.scopes, wide[0] - 1, 40, clause=False)
                if wide is not None and q.first - wide[1] > 40:
                    wide = None
            scope = wide
        if scope is None:
            scope = s.find_before(rules.scopes, q.first - 1, 12, stop=prev, clause=False)
        qualifiers["scope"] = scope[2] if scope is not None else "city"
        if q.approximate:
            qualifiers["approximate"] = "true"
        s.fact("population", q.count or 0, None, qualifiers, q.ev_start, q.ev_end)
        s.used_years.add(q.tok)


def _count_year(
    s: Sentence,
    q: Quantity,
    years: Sequence[tuple[Quantity, int]],
    year_toks: Sequence[int],
    nxt: int,
) -> int | None:
    """The year that dates a count: one after it in its clause, else the nearest before."""
    toks = s.toks
    k = bisect.bisect_right(year_toks, q.last)  # the first year after q
    if k < len(years):
        y, year = years[k]
        if y.tok < min(nxt, q.last + 9) and not any(
            toks.raw[j] in SEGMENT for j in range(q.last + 1, y.tok)
        ):
            return year
    k = bisect.bisect_left(year_toks, q.first) - 1  # the last year before q
    if k >= 0 and years[k][0].tok >= q.first - 20:
        return years[k][1]
    return None
