"""One sentence being read, and the helpers every fact kind binds its words with.

A :class:`Sentence` holds the tokens, the quantities and the facts found so far.

A kind's module (:mod:`.population`, :mod:`.temperature`, …) reads a
:class:`Sentence` and adds its facts with :meth:`Sentence.fact` or
:meth:`Sentence.numeric`. The helpers look a bounded number of tokens around a
position, so every rule stays linear in the sentence's length.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Collection, Mapping
from typing import Final, TypeVar

from .context import Area, Context
from .found import Found
from .quantities import DIMENSION, Quantity, quantities
from .tokens import HYPHENS, JOINERS, WORD, Phrases, Rules, Tokens

__all__ = ["Sentence"]

T = TypeVar("T")


def _name_sets(names: Collection[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The place's names case-folded, and their words.

    >>> _name_sets(("Rīga", "Riga am See"))[1] == {"rīga", "riga", "am", "see"}
    True
    """
    folded = frozenset(name.casefold() for name in names)
    return folded, frozenset(w for name in folded for w in name.split())


#: :func:`_name_sets` of a tuple (immutable, so the sets stay true), remembered.
_shared_name_sets: Final = functools.lru_cache(maxsize=64)(_name_sets)


class Sentence:
    """One sentence's tokens and quantities, and the facts found in it so far."""

    def __init__(
        self,
        sentence: str,
        rules: Rules,
        names: Collection[str],
        context: Context | None = None,
        toks: Tokens | None = None,
    ) -> None:
        self.rules = rules
        #: What the sentences before this one said (None when read alone).
        self.context = context
        self.toks = Tokens(sentence, rules) if toks is None else toks
        # An article's sentences share one tuple of names: its sets are made once.
        sets = _shared_name_sets(names) if type(names) is tuple else _name_sets(names)
        self.names, self.name_words = sets
        self.quantities = [q for q in quantities(self.toks, rules) if not q.swallowed]
        self.by_tok: dict[int, Quantity] = {}
        self.by_first: dict[int, Quantity] = {}
        self.by_last: dict[int, Quantity] = {}
        self.index: dict[int, int] = {}
        for k, q in enumerate(self.quantities):  # one loop, not four comprehensions
            self.by_tok[q.tok] = q
            self.by_first[q.first] = q
            self.by_last[q.last] = q
            self.index[q.tok] = k
        self.found: list[Found] = []
        self._areas: list[tuple[int, Area]] | None = None  # see named_areas
        self._area_toks: list[int] = []
        self.used_years: set[int] = set()  # token indices of years already taken
        self.days = {q.tok for q in self.quantities if self.is_day(q)}
        self.ranged = self.ranges()
        #: The quantities with a unit, by the unit's dimension (``length``, ``share``, …),
        #: as read before any kind converts a unit.
        self.measured: dict[str, list[Quantity]] = {}
        for q in self.quantities:
            if q.value is not None and q.unit is not None and not q.bound and not q.rate:
                self.measured.setdefault(DIMENSION[q.unit], []).append(q)

    def fact(
        self,
        kind: str,
        value: int | float | str,
        unit: str | None,
        qualifiers: Mapping[str, str],
        start: int,
        end: int,
    ) -> None:
        self.found.append(
            Found(kind=kind, value=value, unit=unit, qualifiers=qualifiers, start=start, end=end)
        )

    def numeric(self, kind: str, q: Quantity, value: float, extra: Mapping[str, str]) -> None:
        qualifiers = dict(extra)
        if q.converted_from is not None:
            qualifiers["converted_from"] = q.converted_from
        if q.approximate:
            qualifiers["approximate"] = "true"
        self.fact(kind, value, q.unit, qualifiers, q.ev_start, q.ev_end)

    def is_day(self, q: Quantity) -> bool:
        """Whether ``q`` is the day of a date: ``9 November``, ``November 9``, ``1 августа``."""
        numeral, value = q.numeral, q.value
        if value is None or q.unit is not None or q.scaled or q.sign:
            return False
        if numeral.grouped or numeral.fraction or len(numeral.digits) > 2 or not 1 <= value <= 31:
            return False
        toks, rules = self.toks, self.rules
        return any(
            months.at(toks.low, q.last + 1) is not None
            or months.ending(toks.low, q.tok - 1) is not None
            for months in (rules.months, rules.day_months)
        )

    def ranges(self) -> set[int]:
        """The numbers of ranges and changes: both ends of ``from 1.9 million to 4 million``.

        A range gives no value: neither end is the place's (``the population ranges
        from 500,000 to 2.95 million``, ``increased the area from 66 to 883 km2``).
        """
        toks, rules = self.toks, self.rules
        ranged: set[int] = set()
        for q in self.quantities:
            if rules.range_from.ending(toks.low, q.first - 1) is None:
                continue
            for j in range(q.last + 1, min(len(toks), q.last + 11)):
                if toks.raw[j] == ";":
                    break
                hit = rules.range_to.at(toks.low, j)
                if hit is None:
                    continue
                other = self.by_first.get(hit[0])
                if other is not None:
                    ranged.update((q.tok, other.tok))
                    break
        return ranged

    def hyphen_joins(self, j: int) -> bool:
        """Whether token ``j`` is a hyphen joining a word to the token before it."""
        toks = self.toks
        return (
            j + 1 < len(toks)
            and toks.raw[j] in HYPHENS
            and toks.adjacent(j - 1, j)
            and toks.adjacent(j, j + 1)
            and toks.kind[j + 1] == WORD
        )

    def noun_follows(self, j: int) -> bool:
        """Whether token ``j`` is a word that is not a function word: another noun follows."""
        toks = self.toks
        if j >= len(toks):
            return False
        if self.hyphen_joins(j):
            return True  # "German-speaking"
        return toks.kind[j] == WORD and toks.low[j] not in self.rules.function_words

    def find_after(
        self,
        phrases: Phrases[T],
        i: int,
        limit: int,
        stop: int | None = None,
        clause: bool = True,
    ) -> tuple[int, int, T] | None:
        """The first phrase starting in tokens ``i`` … ``i + limit - 1``: (start, end, payload).

        None at ``stop`` and, with ``clause``, at a clause boundary.
        """
        toks = self.toks
        words = toks.low if phrases.lower else toks.raw
        end = min(len(toks), i + limit, len(toks) if stop is None else stop)
        for j in range(max(i, 0), end):
            if clause and toks.boundary(j):
                return None
            hit = phrases.at(words, j)
            if hit is not None:
                return j, hit[0], hit[1]
        return None

    def find_before(
        self, phrases: Phrases[T], i: int, limit: int, stop: int = -1, clause: bool = True
    ) -> tuple[int, int, T] | None:
        """The nearest phrase ending in tokens ``i`` … ``i - limit + 1``: (start, end, payload).

        None at ``stop`` and, with ``clause``, at a clause boundary.
        """
        toks = self.toks
        words = toks.low if phrases.lower else toks.raw
        for j in range(min(i, len(toks) - 1), max(i - limit, stop, -1), -1):
            if clause and toks.boundary(j):
                return None
            hit = phrases.ending(words, j)
            if hit is not None:
                return hit[0], j + 1, hit[1]
        return None

    def phrase_after(self, j: int, limit: int = 6) -> tuple[int, int] | None:
        """A name phrase starting at token ``j`` (articles dropped): its first and last token."""
        toks, stops = self.toks, self.rules.stops
        n = len(toks)
        while j < n and toks.kind[j] == WORD and toks.low[j] in self.rules.articles:
            j += 1
        first, last, words = j, -1, 0
        while j < n and words < limit:
            if toks.kind[j] == WORD:
                if toks.low[j] in stops:
                    break
                last, words, j = j, words + 1, j + 1
            elif (
                toks.raw[j] in JOINERS
                and last == j - 1
                and toks.adjacent(j - 1, j)
                and j + 1 < n
                and toks.kind[j + 1] == WORD
                and toks.adjacent(j, j + 1)
            ):
                j += 1
            else:
                break
        return (first, last) if last >= first else None

    def phrase_before(self, j: int, limit: int = 6) -> tuple[int, int] | None:
        """A name phrase ending at token ``j`` (articles dropped): its first and last token."""
        toks, stops = self.toks, self.rules.stops
        last, first, words = j, -1, 0
        while j >= 0 and words < limit:
            if toks.kind[j] == WORD:
                if toks.low[j] in stops:
                    break
                first, words, j = j, words + 1, j - 1
            elif (
                toks.raw[j] in JOINERS
                and first == j + 1
                and toks.adjacent(j, j + 1)
                and j > 0
                and toks.kind[j - 1] == WORD
                and toks.adjacent(j - 1, j)
            ):
                j -= 1
            else:
                break
        if first < 0:
            return None
        while first <= last and toks.low[first] in self.rules.articles:
            first += 1
        while first <= last and toks.kind[first] != WORD:
            first += 1
        return (first, last) if first <= last else None

    def own(self, span: tuple[int, int], modified: bool = False) -> bool:
        """Whether a name phrase names the article's own place (``the city``, ``it``).

        With ``modified``, a name after other words counts too (``central Pretoria``).
        """
        toks = self.toks
        if self.rules.own_place.ending(toks.low, span[1]) is not None:
            return True
        text = toks.span(*span).casefold()
        if text in self.names:
            return True
        return modified and any(text.endswith(" " + name) for name in self.names)

    def subject(self, verb: int) -> tuple[int, int] | None:
        """The name phrase before the verb at token ``verb``, auxiliaries skipped."""
        j = verb - 1
        for _ in range(2):
            if j >= 0 and self.toks.kind[j] == WORD and self.toks.low[j] in self.rules.stops:
                j -= 1
        return self.phrase_before(j) if j >= 0 else None

    def about_place(self, q: Quantity) -> bool:
        """Whether the words before ``q`` make it about the article's place.

        They do when its clause names the place (``the city``, ``its``, a name given
        to :func:`extract`) or when the sentence opens with a proper name
        (``Jezkazgan covers 47 km²``); ``The harbour covers 2.5 km²`` is not.
        """
        toks, rules = self.toks, self.rules
        start = max(q.first - 16, 0)
        for j in range(q.first - 1, start - 1, -1):
            if toks.raw[j] == ";":
                return False
            if rules.own_place.ending(toks.low, j) is not None:
                return True
            if self.names and toks.kind[j] == WORD and toks.low[j] in self.name_words:
                return True
        if start > 0:
            return False
        # The sentence opens with a proper name: "Jezkazgan covers 47 km²".
        toks = self.toks
        return (
            toks.kind[0] == WORD
            and toks.raw[0][:1].isupper()
            and toks.low[0] not in rules.language.stopwords
            and toks.low[0] not in rules.articles
            and toks.low[0] not in rules.stops
            and (len(toks) < 2 or toks.low[1] not in rules.articles)  # not "Today the harbour"
        )

    def proper(self, span: tuple[int, int]) -> bool:
        """Whether a phrase is a proper name: its words capitalised, stop words aside."""
        toks, rules = self.toks, self.rules
        words = [k for k in range(span[0], span[1] + 1) if toks.kind[k] == WORD]
        if not words or toks.low[words[0]] in rules.language.stopwords:
            return False
        return (
            all(
                toks.raw[k][:1].isupper() or toks.low[k] in rules.stops or len(toks.raw[k]) == 1
                for k in words
            )
            and toks.raw[words[-1]][:1].isupper()
        )

    def subgroup(self, j: int, ending: bool = False) -> bool:
        """Whether a subgroup or group word starts (or, with ``ending``, ends) at token ``j``."""
        low, rules = self.toks.low, self.rules
        if ending:
            return (
                rules.subgroups.ending(low, j) is not None
                or rules.groups.ending(low, j) is not None
            )
        return rules.subgroups.at(low, j) is not None or rules.groups.at(low, j) is not None

    def date_words_ending(self, k: int) -> int | None:
        """The first token of the month or year word ending at ``k``, if it dates a number."""
        rules, low = self.rules, self.toks.low
        month = rules.months.ending(low, k) or rules.day_months.ending(low, k)
        if month is not None:
            return month[0]
        before = rules.year_before.ending(low, k)
        if before is not None and self.date_part(self.by_first.get(k + 1)):
            return before[0]  # "at the 2010 census", "на 2023 год"
        after = rules.year_after.ending(low, k)
        if after is not None and self.date_part(self.by_last.get(after[0] - 1)):
            return after[0]
        return None

    def date_part(self, q: Quantity | None) -> bool:
        """Whether a number is a year, an ordinal or a day of a month (``1 января``, ``July 1``)."""
        if q is None:
            return False
        if q.year is not None or q.numeral.ordinal or q.tok in self.days:
            return True
        return self.rules.months.at(self.toks.low, q.last + 1) is not None

    def names_place(self, j: int) -> bool:
        """Whether word ``j`` is a word of one of the place's names, in any case form.

        ``Казани`` and ``Rīgas`` name ``Казань`` and ``Rīga``: a word of at least
        four letters matches a name's word that differs only in its last two letters.
        """
        toks = self.toks
        if toks.kind[j] != WORD or not self.names:
            return False
        word = toks.low[j]
        if word in self.name_words:
            return True
        for name in self.name_words:
            if len(name) >= 4 and abs(len(word) - len(name)) <= 2:
                stem = len(name) - 2
                if word[:stem] == name[:stem] and len(word) >= stem + 1:
                    return True
        return False

    def areas_before(self, end: int, limit: int = 8) -> tuple[Area, ...]:
        """The last ``limit`` areas named before token ``end`` (see :meth:`named_areas`)."""
        if self._areas is None:
            self._areas = self._find_areas()
        k = bisect.bisect_left(self._area_toks, end)
        return tuple(area for _, area in self._areas[max(k - limit, 0) : k])

    def named_areas(self) -> tuple[Area, ...]:
        """The areas the sentence names, in order: area nouns and the place's names.

        An area noun is one of the language's ``area_genders``; its scope is the
        scope phrase there (``агломерации`` -> ``urban``), ``part`` for an other
        area (``района``), else ``city`` (``столица``).
        """
        if self._areas is None:
            self._areas = self._find_areas()
        return tuple(area for _, area in self._areas)

    def _find_areas(self) -> list[tuple[int, Area]]:
        toks, rules = self.toks, self.rules
        areas: list[tuple[int, Area]] = []
        kinds, low = toks.kind, toks.low
        scopes, others, genders = rules.scopes, rules.other_areas, rules.area_genders
        # The first letters a phrase of each may start with: most words start none.
        may_scope, may_other = scopes.first_chars, others.first_chars
        may_gender = genders.first_chars
        count = len(kinds)
        j = 0
        while j < count:
            if kinds[j] != WORD:
                j += 1  # an area's noun or name starts with a word
                continue
            first = low[j][:1]
            if first not in may_scope and first not in may_other and first not in may_gender:
                if toks.raw[j][:1].isupper() and self.names_place(j):
                    areas.append((j, Area("city", "*")))
                j += 1
                continue
            scope = scopes.at(low, j)
            other = others.at(low, j)
            if other is not None and (scope is None or other[0] > scope[0]):
                # "Старый город" is a part of the place, whatever "город" says.
                gender = rules.area_genders.ending(toks.low, other[0] - 1)
                if gender is None:
                    gender = rules.area_genders.at(toks.low, j)
                areas.append((j, Area("part", gender[1] if gender is not None else "")))
                j = other[0]
                continue
            hit = rules.area_genders.at(toks.low, j)
            if hit is not None:
                areas.append((j, Area(scope[1] if scope is not None else "city", hit[1])))
                j = max(hit[0], scope[0]) if scope is not None else hit[0]
                continue
            if toks.raw[j][:1].isupper() and self.names_place(j):
                areas.append((j, Area("city", "*")))
            j += 1
        self._area_toks = [j for j, _ in areas]
        return areas
