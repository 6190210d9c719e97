"""Facts in one sentence: numbers, their units and the words around them that say what they are.

:func:`extract` reads one sentence with the rules of one
:class:`~infobox.article.languages.Language` and returns :class:`Found` values
with offsets into the sentence. The engine knows no word of any language: every
word it looks for comes from the language's months, scale words and
:class:`~infobox.article.languages.FactWords`.

How a sentence is read (``docs/facts.md`` has the rules of each kind):

1. **Tokens.** One regular expression without nested quantifiers splits the
   sentence into digit runs, words and single other characters. Digit runs
   joined by the language's group separators (``148,700``, ``150 000``) or its
   decimal mark (``24,5`` in Latvian and Russian, ``2.5`` in English) become one
   numeral. A numeral joined to a letter, a digit or a bracket pair
   (``1990s``, ``1954–1956``, ``978-5-17``, ``12:30``, ``[1]``) has no value.
2. **Quantities.** Each numeral takes a sign written against it, an
   approximate or bound word right before it, a scale word and a unit right
   after it, and the conversion in parentheses after that (``24 °C (75.2 °F)``
   is one quantity).
3. **Kinds.** The unit decides the kind of a quantity (``%`` share, ``°C``
   temperature, ``km`` distance, ``m`` elevation or height, ``km2`` area,
   ``MW`` capacity); a number without a unit is a population when population
   words are near, and a year may date a population or found the city.
   Qualifiers come from words within a few tokens of the number.

Every look-around is bounded to a few tokens, so the time is linear in the
length of the sentence, and any string gives a tuple (maybe empty).

The package reads like these steps: :mod:`.tokens` and :mod:`.quantities` are
steps 1 and 2, :mod:`.sentence` holds one sentence and the helpers that bind a
word to a number, and each kind has a module of its own (:mod:`.population`,
:mod:`.founding`, :mod:`.temperature`, :mod:`.distance`, :mod:`.share`,
:mod:`.area`, :mod:`.elevation`, :mod:`.capacity`, :mod:`.region`). A
:class:`Context` (:mod:`.context`) carries what the sentences before one said — the
section's heading, the areas named last — from sentence to sentence.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import Final

from ..languages import Language
from . import (
    area,
    capacity,
    distance,
    elevation,
    founding,
    population,
    region,
    share,
    temperature,
)
from .context import Context
from .found import KINDS, Found
from .sentence import Sentence
from .tokens import Rules, Tokens, holds_digit, rules_for

__all__ = ["KINDS", "Context", "Found", "extract"]

#: The kinds in the order they read a sentence. Populations come after the measured
#: kinds and before foundings: a year that dates a count founds nothing.
_READERS: Final[tuple[Callable[[Sentence], None], ...]] = (
    share.read,
    temperature.read,
    distance.read,
    elevation.read,
    area.read,
    capacity.read,
    population.read,
    founding.read,
    region.read,
)


def extract(
    sentence: str,
    language: Language,
    *,
    names: Collection[str] = (),
    context: Context | None = None,
) -> tuple[Found, ...]:
    """The facts one sentence states, in the order of their evidence.

    ``names`` are the names of the article's place (its title); a founding or a
    distance whose subject is one of them is about the place itself. ``context``
    carries what the sentences before said (the section's heading, the areas
    named last) and is updated for the next one; without it the sentence is read
    alone. Any string gives a tuple, maybe empty; nothing raises, and the time is
    linear.

    >>> from infobox.article.languages import LANGUAGES
    >>> [(f.kind, f.value, dict(f.qualifiers)) for f in extract(
    ...     "The city population is of 90,000 (1999 census).", LANGUAGES["en"])]
    [('population', 90000, {'year': '1999', 'scope': 'city'})]
    """
    if not sentence:
        return ()
    rules = rules_for(language)
    toks: Tokens | None = None
    if not holds_digit(sentence):
        # Every kind but the region reads a number, and a numeral starts with a digit.
        if not rules.may_name_region(sentence):
            _skipped(sentence, rules, names, context, None)
            return ()
    elif context is None or not context.item or not population.lists_counts(context.heading, rules):
        # A fact needs a token of some phrase; the text is searched for one first. A list
        # item needs none only under a heading of counts (see population.lists_counts).
        if not rules.may_hold_fact_text(sentence):
            _skipped(sentence, rules, names, context, None)
            return ()
        toks = Tokens(sentence, rules)
        if not rules.may_hold_fact(toks):
            _skipped(sentence, rules, names, context, toks)
            return ()
    s = Sentence(sentence, rules, names, context, toks)
    for read in _READERS:
        read(s)
    if context is not None:
        # Found only if the next sentence asks (an area pronoun, a part's area).
        context.areas = lambda: s.named_areas()[-8:]
    return tuple(sorted(s.found, key=lambda f: (f.start, f.end, f.kind)))


def _skipped(
    sentence: str,
    rules: Rules,
    names: Collection[str],
    context: Context | None,
    toks: Tokens | None,
) -> None:
    """A sentence that cannot state a fact: its areas are read only if the next one asks."""
    if context is not None:
        kept = tuple(names)
        context.areas = lambda: Sentence(sentence, rules, kept, None, toks).named_areas()[-8:]
