"""Elevations of the place and heights of its structures, in metres."""

from __future__ import annotations

from ...values.units import length_to_m
from .negation import negated
from .quantities import Quantity
from .sentence import Sentence

__all__ = ["read"]


def read(s: Sentence) -> None:
    """Add the sentence's elevations and heights."""
    for q in s.measured.get("length", []):
        if q.unit not in {"km", "mi"}:
            _length(s, q)


def _length(s: Sentence, q: Quantity) -> None:
    if q.value is None or q.change or q.tok in s.ranged:
        return
    if negated(s, q.first, q.last):
        return
    toks, rules = s.toks, s.rules
    value = float(q.value)
    if q.unit == "ft":
        value = length_to_m(value, "ft") or 0.0
        q.converted_from = "ft"
    q.unit = "m"
    sea = rules.sea_level.at(toks.low, q.last + 1)
    if sea is not None or s.find_before(rules.elevation, q.first - 1, 5) is not None:
        if q.dash_sign or (q.sign < 0 and sea is not None and sea[1] < 0):
            return  # "–28 m" or "-28 m below sea level": not sure which sign is meant
        sign = (sea[1] if sea is not None else 1) * (-1 if q.sign < 0 else 1)
        if s.about_place(q):
            s.numeric("elevation", q, sign * value, {})
        return
    if q.sign:
        return
    structure: tuple[int, int] | None = None
    tall = rules.height_after.at(toks.low, q.last + 1)
    if tall is not None:
        structure = s.phrase_after(tall[0], limit=4)
        if structure is None:
            verb = s.find_before(rules.location_verbs, q.first - 1, 2)
            if verb is not None:
                structure = s.subject(verb[0])
    else:
        high = rules.height_before.ending(toks.low, q.first - 1)
        if high is not None:
            structure = s.phrase_before(high[0] - 1, limit=4)
    if structure is not None and not s.own(structure):
        s.numeric("height", q, value, {"structure": toks.span(*structure)})
