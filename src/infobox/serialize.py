"""The JSON view of every model: ``to_dict`` and ``from_dict`` (cattrs).

Conventions (``shared/spec/model.md``): a missing value is ``None``, a
``PartialDate`` is its ISO string, mappings are plain dicts, tuples are lists.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

import cattrs

from .models import ClaimValue, Coordinates, FactValue, FrozenMap, PartialDate

__all__ = ["from_dict", "to_dict"]

T = TypeVar("T")

_converter = cattrs.Converter()
_converter.register_unstructure_hook(PartialDate, str)
_converter.register_structure_hook(PartialDate, lambda value, _: PartialDate.fromisoformat(value))
_converter.register_unstructure_hook(
    FrozenMap, lambda value: {k: _converter.unstructure(v) for k, v in value.items()}
)


def _is_mapping(cls: Any) -> bool:
    return getattr(cls, "__origin__", None) is Mapping


def _structure_mapping(value: Any, cls: Any) -> FrozenMap[Any, Any]:
    key_type, value_type = cls.__args__
    return FrozenMap(
        (_converter.structure(k, key_type), _converter.structure(v, value_type))
        for k, v in value.items()
    )


_converter.register_structure_hook_func(_is_mapping, _structure_mapping)


def _structure_fact_value(value: Any, _: Any) -> int | float | str:
    # JSON keeps the distinction the model needs: 1938 is a year, 24.0 a measure.
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise TypeError(f"a fact's value is an int, a float or a str, not {value!r}")
    return value


_converter.register_structure_hook(FactValue, _structure_fact_value)


def _structure_claim_value(value: Any, _: Any) -> int | float | str | Coordinates:
    if isinstance(value, Mapping):
        return _converter.structure(value, Coordinates)
    return _structure_fact_value(value, None)


_converter.register_structure_hook(ClaimValue, _structure_claim_value)


def to_dict(obj: Any) -> Any:
    """Turn any model object into plain JSON types.

    >>> from infobox.models import Establishment
    >>> to_dict(Establishment(index=0, title="Founded", date=PartialDate(1939)))
    {'index': 0, 'title': 'Founded', 'date': '1939', 'note': None}
    """
    return _converter.unstructure(obj)


def from_dict(cls: type[T], data: Any) -> T:
    """Build a model object of type ``cls`` from its JSON view.

    >>> from infobox.models import Establishment
    >>> from_dict(Establishment, {"index": 3, "date": "1954-12-20"}).date
    PartialDate(year=1954, month=12, day=20)
    """
    return _converter.structure(data, cls)
