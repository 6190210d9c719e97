"""Populations: a count bound to a population word or a resident noun, its year and scope.

A count continuing a series (``12,410 residents at the 2000 census and 14,882 at
the 2010 census``) is a population with its own year; a count said of another
area (a borough, a county, another named place, the agglomeration an area pronoun
stands for) takes that area's scope or is not the place's population at all.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterator, Sequence

from .dating import date_year, dated_aside
from .negation import negated
from .quantities import Quantity, is_rate
from .sentence import Sentence
from .tokens import HYPHENS, SEGMENT, WORD, Rules, Tokens

__all__ = ["lists_counts", "read"]

# Punctuation that ties a population word to its count like a copula: "Население — 5000".
_DASHES = frozenset("\u2014\u2013:")
# What may end a series member's statement: the sentence, a clause, a bracket.
_ENDS = frozenset(".,;)!?[")
# How many of the areas named last an area pronoun may stand for.
_AREAS = 8


def read(s: Sentence) -> None:
    """Add the sentence's populations."""
    # A count is a population only beside a resident, people, population or estimate
    # word (see _is_population); without one no count is taken, and nothing changes.
    if s.rules.may_count(s.toks.low):
        _populations(s)
    _list_item(s)


def _population_word_before(s: Sentence, q: Quantity) -> bool:
    """A population word within 8 tokens before the count (an aside of a date as one), tied to it.

    No other count may stand between, the word must be about the whole
    population (not ``the migrant population``) and the words between must tie
    the count to it (see :meth:`tied`).
    """
    toks, rules = s.toks, s.rules
    j, seen = q.first, 0
    while j > 0 and seen < 8:
        j, seen = j - 1, seen + 1
        if toks.raw[j] == ")":
            opening = dated_aside(s, j, 0)
            if opening is not None:
                j = opening  # a dated aside counts as one token: "(по оценке 2023 года)"
                continue
        if j in toks.numerals and not s.date_part(s.by_tok.get(j)):
            return False  # another number between: the word is not about this one
        estimate = rules.estimates.ending(toks.low, j)
        if estimate is not None and _owned(s, estimate[0] - 1):
            # "its official estimate for 2022 was": owned already, no owner after it
            return _tied(s, j + 1, q.first, owner=False)
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


def _tied(s: Sentence, a: int, b: int, owner: bool = True) -> bool:
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
        if toks.raw[k] == ")":
            opening = dated_aside(s, k, a)
            if opening is not None:
                k = opening - 1  # "Население Казани (по оценке 2023 года) составляет"
                continue
        if toks.raw[k] in HYPHENS and toks.boundary(k):
            linked, k = True, k - 1  # "Iedzīvotāju skaits - 23 119": a hyphen as a dash
            continue
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
    if not linked or not owner:
        return False
    # The owner of the population word: tokens a … k.
    if any(toks.boundary(i) or toks.raw[i] in SEGMENT for i in range(a, k + 1)):
        return False
    if any(s.subgroup(i) for i in range(a, k + 1)):
        return False  # "the population of foreigners was"
    if rules.owner_words:
        return k - a < 6 and rules.population_of.at(low, a) is not None
    return k - a < 4


def _owned(s: Sentence, j: int) -> bool:
    """Whether the words ending at token ``j`` make the place an owner: ``its``, ``the town's``."""
    toks, rules = s.toks, s.rules
    if rules.possessives.ending(toks.low, j) is not None:
        return True
    if j >= 2 and toks.low[j] == "s" and toks.raw[j - 1] in "'\u2019" and toks.adjacent(j - 1, j):
        k = j - 2
        return rules.own_place.ending(toks.low, k) is not None or s.names_place(k)
    return False


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
        return _living_after(s, weak[0])
    return False


def _living_after(s: Sentence, j: int) -> bool:
    """Whether a living word follows a count's people word at token ``j``.

    Within three tokens, or after a list of other counts of the same statement:
    ``there were 1,539 people, 681 households, and 388 families residing in the CDP``.
    """
    toks, rules = s.toks, s.rules
    end = min(len(toks), j + 16)
    while j < end:
        if s.find_after(rules.living, j, 3) is not None:
            return True
        k = j
        if k < end and toks.raw[k] == ",":
            k += 1
        conjunction = rules.conjunctions.at(toks.low, k)
        if conjunction is not None:
            k = conjunction[0]
        other = s.by_first.get(k)
        if k == j or other is None or other.count is None or other.last + 1 >= end:
            return False
        if toks.kind[other.last + 1] != WORD:
            return False
        j = other.last + 2  # "681 households"
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


def _populations(s: Sentence) -> None:
    counts = [q for q in s.quantities if _is_population(s, q)]
    counted = {q.tok for q in counts}
    # Each count's series: the counts after it in the same shape, with their years.
    members: dict[int, tuple[Quantity, int]] = {}  # member's token -> member, its year
    heads: dict[int, int] = {}  # member's token -> the token of its series' first count
    walked: set[int] = set()  # counts a series walk reached: each is walked once
    for q in counts:
        if q.tok in walked:
            continue
        for m, dated in _series(s, q):
            walked.add(m.tok)
            if m.tok not in counted and m.tok not in heads:
                members[m.tok] = (m, dated)
                heads[m.tok] = q.tok
    all_counts = sorted([*counts, *(m for m, _ in members.values())], key=lambda q: q.tok)
    taken = {q.tok for q in all_counts}
    years = [
        (q, year)
        for q in s.quantities
        if q.tok not in taken and (year := date_year(s, q)) is not None
    ]
    year_toks = [y.tok for y, _ in years]
    scopes: dict[int, str | None] = {}
    for k, q in enumerate(all_counts):
        nxt = all_counts[k + 1].first if k + 1 < len(all_counts) else len(s.toks)
        prev = all_counts[k - 1].last if k > 0 else -1
        qualifiers: dict[str, str] = {}
        if q.tok in members:
            scope = scopes.get(heads[q.tok])  # a series speaks of one area
            when: int | None = members[q.tok][1]
        else:
            scope = _scope(s, q, prev, nxt, len(counts) == 1)
            when = _count_year(s, q, years, year_toks, nxt)
        scopes[q.tok] = scope
        if scope is None or negated(s, q.first, q.last):
            continue  # another area's count; "does not have 12,345 inhabitants"
        if when is None and _in_history(s):
            continue  # "The population of only 9,000 included …": a count of some past year
        if when is not None:
            qualifiers["year"] = str(when)
        qualifiers["scope"] = scope
        if q.approximate:
            qualifiers["approximate"] = "true"
        s.fact("population", q.count or 0, None, qualifiers, q.ev_start, q.ev_end)
        s.used_years.add(q.tok)


def _scope(s: Sentence, q: Quantity, prev: int, nxt: int, single: bool) -> str | None:
    """The scope of a count (``city``, ``urban``, ``metro``), None when it is another area's.

    In this order: a scope phrase after the count, the subject after a fronted
    phrase, the area an area pronoun stands for, an urban or metro area named
    before a single count, the nearest scope phrase before it, else ``city``.
    A count said of an other area or of another named place has none.
    """
    toks, rules = s.toks, s.rules
    # The scope named after the count, before a conjunction starts another statement.
    stop = nxt
    for j in range(q.last + 1, min(nxt, q.last + 8)):
        if rules.conjunctions.at(toks.low, j) is not None:
            stop = j
            break
    after = s.find_after(rules.scopes, q.last + 1, 7, stop=stop)
    other = s.find_after(rules.other_areas, q.last + 1, 7, stop=stop)
    if other is not None and (after is None or other[0] < after[0]):
        return None  # "385,000 people live in the borough"
    if _other_area_before(s, q, prev) or _foreign(s, q, prev, stop):
        return None
    fronted = _fronted(s, q)
    if fronted is not None:
        if after is not None:
            return after[2]
        return fronted or None
    if after is not None:
        return after[2]
    pronoun = _pronoun_scope(s, q, prev, stop)
    if pronoun is not None:
        return None if pronoun == "part" else pronoun
    scope = None
    if single:
        wide = s.find_before(rules.scopes, q.first - 1, 40, clause=False)
        while wide is not None and wide[2] == "city":
            wide = s.find_before(rules.scopes, wide[0] - 1, 40, clause=False)
            if wide is not None and q.first - wide[1] > 40:
                wide = None
        scope = wide
    if scope is None:
        scope = s.find_before(rules.scopes, q.first - 1, 12, stop=prev, clause=False)
    return scope[2] if scope is not None else "city"


def _clause_before(s: Sentence, q: Quantity, prev: int, limit: int = 12) -> Iterator[int]:
    """The tokens of the count's clause before it, nearest first, asides in brackets skipped.

    A dash or colon between a population word and its count does not end the
    clause (``Население Вахитовского района — 80 000``).
    """
    toks = s.toks
    j, seen = q.first - 1, 0
    while j > prev and seen < limit:
        raw = toks.raw[j]
        if raw == ")":
            opening = next(
                (k for k in range(j - 1, max(j - 13, prev), -1) if toks.raw[k] == "("), None
            )
            if opening is None:
                return
            j = opening - 1
            continue
        if toks.boundary(j) and raw not in _DASHES and raw not in HYPHENS:
            return
        yield j
        seen += 1
        j -= 1


def _other_area_before(s: Sentence, q: Quantity, prev: int) -> bool:
    """Whether the count's clause is about an other area named before it.

    ``The borough of Mitte has 385,000 inhabitants``, ``В Вахитовском районе
    проживает``. Not when the place is the subject and a conjunction starts its
    next statement: ``The town is the seat of Collin County and has 12,345``.
    """
    toks, rules = s.toks, s.rules
    clause = list(_clause_before(s, q, prev))
    for n, j in enumerate(clause):
        hit = rules.other_areas.ending(toks.low, j)
        if hit is None:
            continue
        scope = rules.scopes.ending(toks.low, j)
        if scope is not None and scope[0] <= hit[0]:
            continue  # "городского округа" is a scope; "old town" is a part
        between = clause[:n]
        joined = any(rules.conjunctions.at(toks.low, k) is not None for k in between)
        owner = any(
            rules.own_place.ending(toks.low, k) is not None or s.names_place(k)
            for k in clause[n + 1 :]
        )
        if not (joined and owner):
            return True
    return False


def _name_candidate(s: Sentence, j: int) -> bool:
    """Whether word ``j`` may be a place's name: capitalised and none of the rules' words."""
    toks, rules = s.toks, s.rules
    raw, low = toks.raw[j], toks.low
    if toks.kind[j] != WORD or len(raw) < 2 or not raw[:1].isupper():
        return False
    if low[j] in rules.function_words:
        return False
    for phrases in (
        rules.population,
        rules.residents,
        rules.people,
        rules.living,
        rules.scopes,
        rules.own_place,
        rules.other_areas,
        rules.year_before,
        rules.year_after,
        rules.population_links,
        rules.approximate,
        rules.months,
        rules.estimates,
        rules.possessives,
        rules.fronted,
        rules.area_pronouns,
        rules.resets,
        rules.former,
        rules.since,
        rules.sources,
    ):
        if phrases.at(low, j) is not None or phrases.ending(low, j) is not None:
            return False
    if j == 0 or _sentence_start(toks, j):
        # "Springfield has …" is a name; "Today the town …", "Today 12,000 …" are not.
        k = j + 1
        if k >= len(toks) or toks.kind[k] != WORD:
            return k < len(toks) and toks.raw[k] in "'\u2019"
        return (
            low[k] not in rules.articles
            and rules.own_place.at(low, k) is None
            and rules.possessives.at(low, k) is None
        )
    return True


def _sentence_start(toks: Tokens, j: int) -> bool:
    return all(toks.kind[k] != WORD and toks.kind[k] != 1 for k in range(j))


def _foreign(s: Sentence, q: Quantity, prev: int, stop: int) -> bool:
    """Whether the count's clause names another place and not the article's own.

    Only with ``names``: ``The population of Springfield is 12,345`` in the article
    on Karatal. A name of the place anywhere in the clause keeps the count; so does
    an own-place word nearer the count than the other name (``pirms Otrā pasaules
    kara pilsētā bija …``), and a name that opens an urban or metro area's name
    (``the Tshwane Metropolitan Municipality``: the place's wider area by another name).
    """
    if not s.names:
        return False
    toks = s.toks
    before = list(_clause_before(s, q, prev))
    # After the count only where it is said to live: its noun, a living verb, function
    # words, then a name ("12,345 people live in Springfield"); another word ends it.
    rules = s.rules
    after = []
    j = q.last + 1
    while j < min(stop, q.last + 8, len(toks)) and not toks.boundary(j):
        hit = None
        for phrases in (rules.residents, rules.people, rules.living, rules.area_pronouns):
            hit = phrases.at(toks.low, j)
            if hit is not None:
                break
        if hit is not None:
            j = hit[0]
            continue
        after.append(j)
        if toks.kind[j] == WORD and toks.low[j] not in rules.function_words:
            break  # the first word of another kind: a name, or the end of the place
        j += 1
    if any(s.names_place(j) for j in (*before, *after)):
        return False
    return _nearest_foreign(s, before) or _nearest_foreign(s, after)


def _nearest_foreign(s: Sentence, window: Sequence[int]) -> bool:
    """Whether the first place word in ``window`` (nearest the count first) is another name."""
    toks, rules = s.toks, s.rules
    for j in window:
        if any(
            phrases.at(toks.low, j) is not None
            for phrases in (rules.own_place, rules.scopes, rules.area_pronouns)
        ):
            return False  # "в городе", "in the urban area", "в нём"
        if _name_candidate(s, j) and not _source(s, j):
            k = j + 1
            while k < len(toks) and _name_candidate(s, k):
                k += 1
            scope = rules.scopes.at(toks.low, k)
            return scope is None or scope[1] == "city"
    return False


def _source(s: Sentence, j: int) -> bool:
    """Whether word ``j`` names the source of a figure: ``по данным Росстата``, ``according to``."""
    toks, rules = s.toks, s.rules
    k = j - 1
    while k >= 0 and j - k < 5:
        if rules.sources.ending(toks.low, k) is not None:
            return True
        if toks.kind[k] != WORD or not (toks.raw[k][:1].isupper() or toks.low[k] in rules.articles):
            return False  # only the source's own name stands between
        k -= 1
    return False


def _after_noun(s: Sentence, q: Quantity) -> int:
    """The token after a count and its resident or people word."""
    toks, rules = s.toks, s.rules
    j = q.last + 1
    noun = rules.residents.at(toks.low, j) or rules.people.at(toks.low, j)
    return noun[0] if noun is not None else j


def _fronted(s: Sentence, q: Quantity) -> str | None:
    """The scope of the subject after a fronted count, "" when it is not the place.

    None when the count is not in a fronted phrase. ``With 2,400,000 inhabitants in
    2019, the Lyon metropolitan area is …`` -> ``metro``; ``…, Karatal is …`` ->
    ``city``; ``…, the district is …`` or another place's name -> "".
    """
    toks, rules = s.toks, s.rules
    opening = rules.fronted.at(toks.low, 0)
    if opening is None or q.first - opening[0] > 4:
        return None
    if any(toks.boundary(j) or j in toks.numerals for j in range(opening[0], q.first)):
        return None
    j = _after_noun(s, q)
    tail = _tail(s, j)
    if tail is not None:
        j = tail[1]
    if j < len(toks) and toks.raw[j] == ",":
        j += 1
    own, foreign = False, False
    for k in range(j, min(j + 8, len(toks))):
        if toks.boundary(k) or (toks.kind[k] == WORD and toks.low[k] in rules.stops):
            break
        scope = rules.scopes.at(toks.low, k)
        if scope is not None:
            return scope[1] if not foreign else ""
        if rules.other_areas.at(toks.low, k) is not None:
            return ""
        if rules.own_place.at(toks.low, k) is not None or s.names_place(k):
            own = True
        elif s.names and _name_candidate(s, k):
            foreign = True
    if own and not foreign:
        return "city"
    if s.names:
        return ""  # another place, or a subject that is not the place
    # Without names a proper-name subject may be the place ("…, Karatal is …").
    named = any(_name_candidate(s, k) for k in range(j, min(j + 3, len(toks))))
    return "city" if named else ""


def _pronoun_scope(s: Sentence, q: Quantity, prev: int, stop: int) -> str | None:
    """The scope of the area an area pronoun in the count's clause stands for.

    ``Казань — центр Казанской агломерации. В ней проживает около 1,9 млн человек``:
    ``в ней`` (feminine) stands for the last feminine area named before it, here
    or in the sentence before (``агломерации``: ``urban``). None without a pronoun
    or without an area it may stand for.
    """
    toks, rules = s.toks, s.rules
    pronoun = None
    for j in _clause_before(s, q, prev, 8):
        pronoun = rules.area_pronouns.ending(toks.low, j)
        if pronoun is not None:
            pronoun = (pronoun[0], pronoun[1])
            break
    if pronoun is None:
        hit = s.find_after(rules.area_pronouns, q.last + 1, 6, stop=stop)
        if hit is None:
            return None
        pronoun = (hit[0], hit[2])
    start, genders = pronoun
    areas = s.areas_before(start)
    if not areas and s.context is not None:
        areas = s.context.areas[-_AREAS:]
    # A pronoun stands for a noun; a name (in the genitive, ``район Казани``) only
    # when no area noun fits.
    for area in reversed(areas):
        if area.genders != "*" and set(area.genders) & set(genders):
            return area.scope
    return "city" if any(area.genders == "*" for area in areas) else None


def _series(s: Sentence, head: Quantity) -> Iterator[tuple[Quantity, int]]:
    """The counts continuing a count's series, each with its own year.

    A series is a count dated right after it (``12,410 residents at the 2000
    census``, ``18 212 человек (перепись 2021 г.)``), then, joined by ``,``, ``;``
    or a conjunction, counts in the same shape: ``and 14,882 at the 2010 census``,
    ``; 19 004 (перепись 2010 г.); 20 551 (2002)``. Each member's statement ends
    after its year.
    """
    toks, rules = s.toks, s.rules
    tail = _tail(s, _after_noun(s, head))
    if tail is None:
        yield from _series_year_first(s, head)
        return
    while tail is not None:
        j = tail[1]
        joined = False
        if j < len(toks) and toks.raw[j] in SEGMENT:
            j, joined = j + 1, True
        link = rules.conjunctions.at(toks.low, j) or rules.series_links.at(toks.low, j)
        if link is not None:
            j, joined = link[0], True  # "and 14,882 at the 2010 census", "down from 1,539 …"
        member = s.by_first.get(j)
        if not joined or member is None or not _series_count(s, member):
            return
        tail = _tail(s, _after_noun(s, member))
        if tail is None or (
            tail[1] < len(toks)
            and toks.raw[tail[1]] not in _ENDS
            and rules.conjunctions.at(toks.low, tail[1]) is None
        ):
            return
        yield member, tail[0]


def _series_year_first(s: Sentence, head: Quantity) -> Iterator[tuple[Quantity, int]]:
    """A series whose statements open with their year, then restate the subject.

    ``In 1999 the population was 90,000; in 2009 it was 85,000``, ``В 2010 году
    население составляло 85 000 человек, в 2021 году — 80 000``: the first count's
    clause opens with its year; each member, after a join, opens with its year, then
    at most four words that restate the subject and link it (``it was``, ``the
    population was``, ``—``), then the count and the end of its statement.
    """
    toks, rules = s.toks, s.rules
    start = head.first
    while start > 0 and head.first - start < 12 and not toks.boundary(start - 1):
        start -= 1
    opening = _tail(s, start)
    if opening is None or opening[1] > head.first:
        return
    j = _after_noun(s, head)
    while True:
        joined = False
        if j < len(toks) and toks.raw[j] in SEGMENT:
            j, joined = j + 1, True
        conjunction = rules.conjunctions.at(toks.low, j)
        if conjunction is not None:
            j, joined = conjunction[0], True
        dated = _tail(s, j) if joined else None
        if dated is None:
            return
        k = dated[1] + (1 if dated[1] < len(toks) and toks.raw[dated[1]] == "," else 0)
        for _ in range(4):
            if k >= len(toks) or k in toks.numerals:
                break
            if toks.raw[k] in _DASHES:
                k += 1
                continue
            hit = None
            for phrases in (
                rules.own_place,
                rules.possessives,
                rules.population,
                rules.population_links,
            ):
                hit = phrases.at(toks.low, k)
                if hit is not None:
                    break
            if hit is None and toks.low[k] not in rules.articles:
                return
            k = hit[0] if hit is not None else k + 1
        member = s.by_first.get(k)
        if member is None or not _series_count(s, member):
            return
        end = _after_noun(s, member)
        if (
            end < len(toks)
            and toks.raw[end] not in _ENDS
            and rules.conjunctions.at(toks.low, end) is None
        ):
            return
        yield member, dated[0]
        j = end


def _series_count(s: Sentence, q: Quantity) -> bool:
    """Whether ``q`` may be a member of a series: a count, no year, day, range or part."""
    if q.count is None or q.year is not None or q.tok in s.days or q.tok in s.ranged:
        return False
    return not s.subgroup(_after_noun(s, q))


def _tail(s: Sentence, j: int) -> tuple[int, int] | None:
    """The year dating the words at token ``j``, and the token after them.

    ``(2021)``, ``(перепись 2021 г.)``, ``(2021. g.)``, ``at the 2000 census``,
    ``in 2010``, ``2021. gadā``: a bracket holding one year and words, or a year
    with the words that date a count before or after it.
    """
    toks, rules = s.toks, s.rules
    if j >= len(toks):
        return None
    if toks.raw[j] == "(":
        year = None
        for k in range(j + 1, min(len(toks), j + 10)):
            if toks.raw[k] == ")":
                return (year, k + 1) if year is not None else None
            if toks.raw[k] == "(" or toks.raw[k] in SEGMENT:
                return None
            if k in toks.numerals:
                y = s.by_tok.get(k)
                if y is None or not s.date_part(y) or y.tok in s.ranged:
                    return None
                if y.year is not None:
                    if year is not None:
                        return None
                    year = y.year
        return None
    before = rules.year_before.at(toks.low, j)
    y = s.by_first.get(before[0] if before is not None else j)
    if y is None or y.year is None or y.tok in s.ranged or y.bound or y.approximate:
        return None
    end = y.last + 1
    after = rules.year_after.at(toks.low, end)
    if before is None and after is None:
        return None
    return y.year, after[0] if after is not None else end


def _list_item(s: Sentence) -> None:
    """A list item under a population heading that is a year and a count: ``2002 — 20 551``.

    The item holds nothing else but dashes, a colon, brackets, the people or
    resident word and the words of a year (``1897 год — 5 000 чел.``); the heading
    names the population and no other area (``Население``, ``Iedzīvotāji``).
    """
    context = s.context
    if (
        context is None
        or not context.item
        or (s.found and any(f.kind == "population" for f in s.found))
    ):
        return
    rules = s.rules
    if not lists_counts(context.heading, rules):
        return
    heading = _heading(context.heading, rules)
    if any(
        rules.other_areas.at(heading.low, j) is not None
        or rules.subgroups.at(heading.low, j) is not None
        or rules.groups.at(heading.low, j) is not None
        or ((scope := rules.scopes.at(heading.low, j)) is not None and scope[1] != "city")
        for j in range(len(heading))
    ):
        return
    toks = s.toks
    years = [q for q in s.quantities if q.year is not None and not q.approximate]
    counts = [q for q in s.quantities if q.year is None and q.count is not None]
    if len(years) != 1 or len(counts) != 1 or len(s.quantities) != 2:
        return
    y, c = years[0], counts[0]
    if c.tok in s.days or c.tok in s.ranged or c.bound:
        return
    inside = set(range(y.first, y.last + 1)) | set(range(c.first, c.last + 1))
    j = 0
    while j < len(toks):
        if (
            j in inside
            or toks.raw[j] in "()."
            or toks.raw[j] in _DASHES
            or (toks.raw[j] in HYPHENS and toks.boundary(j))
        ):
            j += 1
            continue
        hit = None
        for phrases in (rules.people, rules.residents, rules.year_after, rules.year_before):
            hit = phrases.at(toks.low, j)
            if hit is not None:
                break
        if hit is None:
            return
        j = hit[0]
    qualifiers = {"year": str(y.year), "scope": "city"}
    if c.approximate:
        qualifiers["approximate"] = "true"
    s.fact("population", c.count or 0, None, qualifiers, c.ev_start, c.ev_end)
    s.used_years.add(y.tok)


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


def _in_history(s: Sentence) -> bool:
    """Whether the sentence stands in a section on the place's history, or one inside it.

    There a count tells of a past year (``History``, ``Vēsture``, ``История``): one
    that does not say which is no population of today.
    """
    context = s.context
    if context is None:
        return False
    history = s.rules.history_headings
    for text in context.headings:
        heading = _heading(text, s.rules)
        if any(history.at(heading.low, j) is not None for j in range(len(heading))):
            return True
    return False


@functools.lru_cache(maxsize=64)
def lists_counts(heading: str, rules: Rules) -> bool:
    """Whether a list under ``heading`` may hold counts: it has a population or resident word.

    Under any other heading no list item is read as a year and a count (see
    :func:`_list_item`), so an item is read as any other sentence.

    >>> from infobox.article.languages import LANGUAGES
    >>> from .tokens import rules_for
    >>> rules = rules_for(LANGUAGES["ru"])
    >>> lists_counts("Население", rules), lists_counts("История", rules)
    (True, False)
    """
    tokens = _heading(heading, rules)
    return any(
        rules.population.at(tokens.low, j) is not None
        or rules.residents.at(tokens.low, j) is not None
        for j in range(len(tokens))
    )


@functools.lru_cache(maxsize=64)
def _heading(text: str, rules: Rules) -> Tokens:
    """The tokens of a section heading, made once for all the sentences under it."""
    return Tokens(text, rules)
