"""The place's area, in km²: ``Jezkazgan covers 47 km²``."""

from __future__ import annotations

from ...values.units import area_to_km2
from .quantities import Quantity
from .sentence import Sentence

__all__ = ["read"]


def read(s: Sentence) -> None:
    """Add the sentence's areas of the place."""
    for q in s.measured.get("area", []):
        _area(s, q)


def _area(s: Sentence, q: Quantity) -> None:
    if q.sign or q.value is None or q.change or q.tok in s.ranged:
        return
    toks = s.toks
    if q.first > 0 and toks.raw[q.first - 1] == "(":
        return  # "(210 гектаров) парковым насаждением": an aside about another thing
    if s.noun_follows(q.last + 1) or s.rules.of_words.at(toks.low, q.last + 1):
        return  # "a 2.5 km2 research park", "700 km2 of vineyards"
    value = float(q.value)
    if q.unit in {"sqmi", "ha"}:
        value = area_to_km2(value, q.unit) or 0.0
        q.converted_from = q.unit
    q.unit = "km2"
    if s.about_place(q):
        s.numeric("area", q, value, {})
