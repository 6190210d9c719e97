"""Distances: ``95 km south of Kemerovo``, ``250 mi (400 km) from Almaty``."""

from __future__ import annotations

from ...values.units import length_to_m
from .negation import stated_amount
from .quantities import Quantity
from .sentence import Sentence

__all__ = ["read"]


def read(s: Sentence) -> None:
    """Add the sentence's distances from the place to another."""
    for q in s.measured.get("length", []):
        if q.unit in {"km", "mi"}:
            _distance(s, q)


def _distance(s: Sentence, q: Quantity) -> None:
    amount = stated_amount(s, q)
    if amount is None:
        return  # "The city is not 30 km from the coast"
    toks, rules = s.toks, s.rules
    value = float(amount)
    if q.unit == "mi":
        value = (length_to_m(value, "mi") or 0.0) / 1000
        q.converted_from = "mi"
    q.unit = "km"
    j = q.last + 1
    direction = rules.directions.at(toks.low, j)
    if direction is not None:
        j = direction[0]
        if s.hyphen_joins(j):
            return  # "north-northeast": finer than the directions the rules know
    place: tuple[int, int] | None = None
    own_from = False
    via = (rules.from_place if direction is not None else rules.distance_from).at(toks.low, j)
    if via is not None:
        place = s.phrase_after(via[0])
        if place is not None and s.own(place, modified=True):
            place = None  # "… to the south-west of the city": the place is the subject
            own_from = True
    if place is None and direction is not None:
        verb = rules.location_verbs.at(toks.low, j) if via is None else None
        if verb is not None:
            place = s.phrase_after(verb[0])
        else:
            verb_before = s.find_before(rules.location_verbs, q.first - 1, 2)
            if verb_before is not None:
                place = s.subject(verb_before[0])
    if place is not None and s.own(place):
        place = None
    if direction is None and place is None:
        return
    if own_from and place is None:
        return  # "OR Tambo International, 45 km south of central Pretoria": what lies there?
    if via is not None and place is not None and not _subject_is_place(s, q):
        return  # "the city's airport is 18 km south of the centre"
    qualifiers: dict[str, str] = {}
    if place is not None:
        qualifiers["place"] = toks.span(*place)
    if direction is not None:
        qualifiers["direction"] = direction[1]
    s.numeric("distance", q, value, qualifiers)


def _subject_is_place(s: Sentence, q: Quantity) -> bool:
    """Unless the subject of a verb of lying right before ``q`` is something else.

    ``Belovo is 95 km south of Kemerovo`` and ``…, 100 km south of …`` are about
    the place; ``The airport is 18 km south of the centre`` is not.
    """
    verb = s.find_before(s.rules.location_verbs, q.first - 1, 2)
    subject = s.subject(verb[0]) if verb is not None else None
    if verb is not None and subject is not None and _coordinated(s, subject[1], verb[0]):
        # "Plano is the county seat of Collin County and is located 12 miles …": the
        # verb shares the subject that opens the sentence, not "county seat of …".
        subject = s.phrase_after(0)
    return subject is None or s.own(subject) or s.proper(subject)


def _coordinated(s: Sentence, a: int, b: int) -> bool:
    """Whether a conjunction stands in tokens ``a`` … ``b - 1``.

    The verb at ``b`` is then the second of two predicates of one subject.
    """
    conjunctions, low = s.rules.conjunctions, s.toks.low
    return any(conjunctions.at(low, j) is not None for j in range(a + 1, b))
