"""The JSON view of every model: ``to_dict`` and ``from_dict`` (cattrs).

Conventions (``docs/model.md``): a missing value is ``None``, a
``PartialDate`` is its ISO string, mappings are plain dicts, tuples are lists.

``from_dict`` is strict, so that bad data is refused rather than read as another
value: a string must be a string (``5`` is not ``"5"``), an int an int (``3.7``
and ``"3"`` are not 3; ``true`` is no number), a float a number, a list a list
(a string is not a list of letters), an object an object, and an object's keys
the model's fields. Every problem becomes one :class:`ModelDataError`.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, TypeVar

import attrs
import cattrs
from cattrs.errors import (
    AttributeValidationNote,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)
from cattrs.gen import make_dict_structure_fn

from .errors import ModelDataError
from .models import ClaimValue, Coordinates, FactValue, FrozenMap, PartialDate

__all__ = ["from_dict", "to_dict"]

T = TypeVar("T")

_converter = cattrs.Converter(forbid_extra_keys=True)


def _kind(value: Any) -> str:
    return "null" if value is None else f"{type(value).__name__} {value!r}"[:80]


def _structure_str(value: Any, _: Any) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected a string, got {_kind(value)}")
    return value


def _structure_int(value: Any, _: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"expected an int, got {_kind(value)}")
    return value


def _structure_float(value: Any, _: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"expected a number, got {_kind(value)}")
    return float(value)


def _structure_bool(value: Any, _: Any) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"expected true or false, got {_kind(value)}")
    return value


def _structure_partial_date(value: Any, _: Any) -> PartialDate:
    return PartialDate.fromisoformat(_structure_str(value, None))


def _is_tuple(cls: Any) -> bool:
    return getattr(cls, "__origin__", None) is tuple


def _structure_tuple(value: Any, cls: Any) -> tuple[Any, ...]:
    if not isinstance(value, list | tuple):
        raise TypeError(f"expected a list, got {_kind(value)}")
    args = cls.__args__
    if len(args) == 2 and args[1] is Ellipsis:  # tuple[X, ...]
        types = [args[0]] * len(value)
    elif len(args) != len(value):  # tuple[X, Y]: exactly one item of each
        raise TypeError(f"expected a list of {len(args)} items, got {len(value)}")
    else:
        types = list(args)
    items = []
    errors: list[Exception] = []
    for i, (item, item_type) in enumerate(zip(value, types, strict=True)):
        try:
            items.append(_converter.structure(item, item_type))
        except Exception as error:  # noqa: BLE001 - collected with its index, re-raised below
            error.add_note(IterableValidationNote(f"Structuring item {i}", i, item_type))
            errors.append(error)
    if errors:
        raise IterableValidationError("While structuring a list", errors, cls)
    return tuple(items)


def _attrs_hook(cls: Any) -> Any:
    structure = make_dict_structure_fn(cls, _converter, _cattrs_forbid_extra_keys=True)

    def hook(value: Any, _: Any) -> Any:
        if not isinstance(value, Mapping):
            raise TypeError(f"expected an object ({cls.__name__}), got {_kind(value)}")
        return structure(value, cls)

    return hook


for _type, _hook in ((str, _structure_str), (int, _structure_int), (float, _structure_float)):
    _converter.register_structure_hook(_type, _hook)
_converter.register_structure_hook(bool, _structure_bool)
_converter.register_structure_hook_func(_is_tuple, _structure_tuple)
_converter.register_structure_hook_factory(attrs.has, _attrs_hook)
_converter.register_unstructure_hook(PartialDate, str)
_converter.register_structure_hook(PartialDate, _structure_partial_date)
_converter.register_unstructure_hook(
    FrozenMap, lambda value: {k: _converter.unstructure(v) for k, v in value.items()}
)


def _is_mapping(cls: Any) -> bool:
    return getattr(cls, "__origin__", None) is Mapping


def _structure_mapping(value: Any, cls: Any) -> FrozenMap[Any, Any]:
    if not isinstance(value, Mapping):
        raise TypeError(f"expected an object, got {_kind(value)}")
    key_type, value_type = cls.__args__
    items = []
    errors: list[Exception] = []
    for k, v in value.items():
        try:
            items.append((_converter.structure(k, key_type), _converter.structure(v, value_type)))
        except Exception as error:  # noqa: BLE001 - collected with its key, re-raised below
            error.add_note(IterableValidationNote(f"Structuring key {k!r}", k, value_type))
            errors.append(error)
    if errors:
        raise IterableValidationError("While structuring a mapping", errors, cls)
    return FrozenMap(items)


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

    Data that is not the JSON view of ``cls`` raises :class:`~infobox.ModelDataError`
    (an ``InfoboxError`` and a ``ValueError``). Its ``errors`` hold one
    ``(path, message)`` pair per problem, the path naming the place in the data as
    ``RenderError`` names an attribute (``""`` for the data itself); the cattrs
    exception is its ``__cause__``:

    >>> try:
    ...     from_dict(Establishment, {"index": 3.7, "date": "1954-13"})
    ... except ModelDataError as error:
    ...     error.errors
    (('index', 'expected an int, got float 3.7'), ('date', 'month must be in 1..12, got 13'))
    """
    try:
        return _converter.structure(data, cls)
    except (cattrs.BaseValidationError, TypeError, ValueError, KeyError, AttributeError) as error:
        name = getattr(cls, "__name__", repr(cls))
        raise ModelDataError(name, tuple(_problems(error, ""))) from error


def _problems(error: BaseException, path: str) -> Iterator[tuple[str, str]]:
    """``(path, message)`` for each leaf of a cattrs exception group."""
    if isinstance(error, BaseExceptionGroup):
        for sub in error.exceptions:
            step = ""
            for note in getattr(sub, "__notes__", ()):
                if isinstance(note, AttributeValidationNote):
                    step = f".{note.name}" if path else note.name
                elif isinstance(note, IterableValidationNote):
                    step = f"[{note.index!r}]"
            yield from _problems(sub, path + step)
    elif isinstance(error, KeyError):
        yield path, "required field missing"
    elif isinstance(error, ForbiddenExtraKeysError):
        yield path, "unknown fields: " + ", ".join(sorted(error.extra_fields))
    else:
        yield path, str(error) or type(error).__name__
