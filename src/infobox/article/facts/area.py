"""The place's area, in km²: ``Jezkazgan covers 47 km²``.

A sub-area's area is never the city's: ``Berlin's largest park covers 210
hectares`` and ``It covers an area of 210 hectares`` after a sentence about the
Tiergarten give nothing.
"""

from __future__ import annotations

from ...values.units import area_to_km2
from .negation import stated_amount
from .quantities import Quantity
from .sentence import Sentence
from .tokens import WORD

__all__ = ["read"]


def read(s: Sentence) -> None:
    """Add the sentence's areas of the place."""
    for q in s.measured.get("area", []):
        _area(s, q)


def _area(s: Sentence, q: Quantity) -> None:
    amount = stated_amount(s, q)
    if amount is None:
        return
    toks = s.toks
    if q.first > 0 and toks.raw[q.first - 1] == "(":
        return  # "(210 гектаров) парковым насаждением": an aside about another thing
    if s.noun_follows(q.last + 1) or s.rules.of_words.at(toks.low, q.last + 1):
        return  # "a 2.5 km2 research park", "700 km2 of vineyards"
    value = float(amount)
    if q.unit in {"sqmi", "ha"}:
        value = area_to_km2(value, q.unit) or 0.0
        q.converted_from = q.unit
    q.unit = "km2"
    if _about_place(s, q):
        s.numeric("area", q, value, {})


def _about_place(s: Sentence, q: Quantity) -> bool:
    """Whether the area ``q`` is the place's, not a part's or a region's.

    The nearest of these before it in its clause (15 tokens, not past ``;``)
    decides (an urban or metro area named anywhere there makes it the
    agglomeration's: ``The urban area of Berlin had … in an area of 1347 km2``):
    an other area's noun (``other_areas``: ``park``, ``district``,
    ``county``; ``parks``, ``rajons``; ``парк``, ``район``) makes it that area's; an
    own-place word or a word of the place's names (in any case form: ``Rīgas``)
    makes it the place's — but a pronoun (``It covers``, ``Its area``) only when
    the sentence before named no other area, as it may stand for that (the
    Tiergarten, named in the sentence before ``It covers an area of 210
    hectares``). With none of them, a sentence that opens with a proper name is
    the place's only when no names are given (``Jezkazgan covers 47 km²``); with
    names, that proper name is another thing's (``Tiergarten covers 210 ha``).
    """
    toks, rules = s.toks, s.rules
    pronouns = rules.language.facts.pronouns
    start = max(q.first - 16, 0)
    for j in range(q.first - 1, start - 1, -1):
        if toks.raw[j] == ";":
            break
        scope = rules.scopes.ending(toks.low, j)
        if scope is not None and scope[1] != "city":
            return False  # "The urban area of Berlin had … in an area of 1347 km2"
    for j in range(q.first - 1, start - 1, -1):
        if toks.raw[j] == ";":
            return False
        if rules.other_areas.ending(toks.low, j) is not None:
            return False  # "Berlin's largest park covers 210 hectares"
        own = rules.own_place.ending(toks.low, j)
        if own is not None:
            if own[0] == j and toks.low[j] in pronouns:
                return not _part_named_before(s)
            return True
        if s.names and toks.kind[j] == WORD and s.names_place(j):
            return True
    if s.names:
        return False
    return s.about_place(q)


def _part_named_before(s: Sentence) -> bool:
    """Whether the sentence before named an area other than the place (a park, a county)."""
    context = s.context
    return context is not None and any(area.scope == "part" for area in context.areas)
