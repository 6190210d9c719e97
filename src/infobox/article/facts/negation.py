"""Negated statements: ``is not part of``, ``в его состав не входит``, ``nav … sastāvā``.

A fact stated in a negated clause is no fact: ``The city is not part of Limburg
Province`` says where the place is *not*. :func:`negated` tells whether a negation
word of the language (:attr:`~infobox.article.languages.FactWords.negations`)
stands in the clause around some tokens; each kind asks it about its own words.

A clause here runs from the last clause boundary (a comma, bracket, dash, ``;``)
or conjunction (``and``, ``but``, ``un``, ``но``) before the tokens to the first
one after them, at most :data:`REACH` tokens either way. Words that begin with a
negation but do not negate the statement are not negations: bounds (``не менее``,
``ne vairāk kā``: a bound is refused by its kind anyway), and the language's
:attr:`~infobox.article.languages.FactWords.negation_exceptions` (``not only``,
``не только``, ``ne tikai``, ``not far``). In a language whose verbs take a
negative prefix (Latvian ``ne``: ``neietilpst``, ``neatrodas``), a word is a
negation when it is the prefix written before a verb of the fact rules (a verb of
lying, living, founding, a region relation or a population link): the prefix is
tried only on those verbs, so ``neliela`` (small) or ``nedēļa`` (week) is none.
"""

from __future__ import annotations

import functools
from decimal import Decimal
from typing import Final

from ..languages import Language
from .quantities import Quantity
from .sentence import Sentence
from .tokens import WORD, Phrases, Rules, Tokens

__all__ = ["REACH", "negated", "negation_at", "stated_amount"]

#: How far, in tokens, a clause reaches on either side of the words asked about.
REACH: Final = 20


class _Negations:
    """A language's negation words, compiled."""

    def __init__(self, language: Language) -> None:
        words = language.facts
        self.words: Phrases[bool] = Phrases((w, True) for w in words.negations)
        self.exceptions: Phrases[bool] = Phrases(
            (w, True) for w in (*words.negation_exceptions, *words.bounds, *words.date_bounds)
        )
        prefix = words.negation_prefix.lower()
        verbs: set[str] = set()
        if prefix:
            for phrases in (
                words.location_verbs,
                words.living,
                words.founding,
                words.region_before,
                words.region_after,
                words.population_links,
                words.memberships,
            ):
                for phrase in phrases:
                    parts = phrase.split()
                    if len(parts) == 1 and parts[0][:1].isalpha():
                        verbs.add(prefix + parts[0].lower())
        self.prefixed: Phrases[bool] = Phrases((v, True) for v in verbs)


# Keyed by the Rules (hashed by identity, in C) rather than by their Language, whose
# hash is a call to Python: a clause asks once per token.
@functools.lru_cache(maxsize=32)
def _negations(rules: Rules) -> _Negations:
    return _Negations(rules.language)


def negation_at(s: Sentence, j: int) -> bool:
    """Whether a negation word (not one of its exceptions) starts at token ``j``."""
    toks = s.toks
    if not 0 <= j < len(toks) or toks.kind[j] != WORD:
        return False
    return _negation_at(_negations(s.rules), toks.low, j)


def _negation_at(neg: _Negations, low: list[str], j: int) -> bool:
    """:func:`negation_at` for a word token ``j``.

    Most tokens start no negation word, so that is asked first, and the exceptions
    only when one does.
    """
    if neg.words.at(low, j) is None and neg.prefixed.at(low, j) is None:
        return False
    return neg.exceptions.at(low, j) is None


def clause(s: Sentence, a: int, b: int) -> tuple[int, int]:
    """The first and last token of the clause around tokens ``a`` … ``b``."""
    toks, rules = s.toks, s.rules
    start = a
    while start > 0 and a - start < REACH and not _ends_clause(toks, rules, start - 1):
        start -= 1
    end = b
    while end + 1 < len(toks) and end - b < REACH and not _ends_clause(toks, rules, end + 1):
        end += 1
    return start, end


def negated(s: Sentence, a: int, b: int) -> bool:
    """Whether a negation word stands in the clause of tokens ``a`` … ``b``.

    >>> from infobox.article.languages import LANGUAGES
    >>> from infobox.article.facts.tokens import rules_for
    >>> s = Sentence("The city is not part of Limburg Province.", rules_for(LANGUAGES["en"]), ())
    >>> negated(s, 6, 7), negated(Sentence("It is part of X.", s.rules, ()), 4, 4)
    (True, False)
    """
    start, end = clause(s, a, b)
    neg, kind, low = _negations(s.rules), s.toks.kind, s.toks.low
    tokens = range(max(start, 0), min(end + 1, len(kind)))  # as negation_at bounds them
    return any(kind[j] == WORD and _negation_at(neg, low, j) for j in tokens)


def _ends_clause(toks: Tokens, rules: Rules, j: int) -> bool:
    """Whether token ``j`` ends a clause: a boundary or a conjunction."""
    return toks.boundary(j) or rules.conjunctions.at(toks.low, j) is not None


def stated_amount(s: Sentence, q: Quantity) -> Decimal | None:
    """The value of ``q`` if it is an amount the sentence states of something, else None.

    It is a plain, readable, unsigned number that is no change, no end of a range and
    not in a negated clause. The kinds whose values have no sign (areas, capacities,
    distances) read only these.
    """
    if q.sign or q.value is None or q.change or q.tok in s.ranged:
        return None
    return None if negated(s, q.first, q.last) else q.value
