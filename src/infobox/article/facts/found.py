"""What a fact found in a sentence is: :class:`Found`, and the kinds there are."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Final

import attrs

from ...models import FrozenMap

__all__ = ["KINDS", "Found"]

#: Every kind of fact an article gives. :func:`extract` returns all but
#: ``precipitation``, which only a climate table states (:mod:`.weather_box`).
KINDS: Final = frozenset(
    {
        "population",
        "founded",
        "temperature",
        "distance",
        "share",
        "elevation",
        "area",
        "capacity",
        "height",
        "region",
        "precipitation",
    }
)


def _qualifiers(value: Mapping[str, str] | Iterable[tuple[str, str]]) -> FrozenMap[str, str]:
    return value if isinstance(value, FrozenMap) else FrozenMap(value)


@attrs.frozen(kw_only=True)
class Found:
    """One fact found in a sentence; ``sentence[start:end]`` is its evidence.

    The evidence is the number with its approximate word, sign, scale word and
    unit (``ap 150 tūkstošiem``, ``-16 °C``, ``400 kilometres``), the year of a
    founding, or the name of a region.

    >>> Found(kind="founded", value=1938, unit=None, start=21, end=25)
    Found(kind='founded', value=1938, unit=None, qualifiers=FrozenMap({}), start=21, end=25)
    """

    kind: str = attrs.field(validator=attrs.validators.in_(KINDS))
    value: int | float | str
    unit: str | None
    qualifiers: Mapping[str, str] = attrs.field(converter=_qualifiers, factory=FrozenMap)
    start: int
    end: int
