"""Hypothesis strategies for infobox's models and for whole wiki pages.

Needs Hypothesis (``pip install 'infobox[hypothesis]'``). Installing infobox also
registers these strategies with Hypothesis through its entry point, so
``st.from_type(Settlement)`` works in any test without importing this module.
"""

from __future__ import annotations

try:
    from hypothesis import strategies as st
except ImportError as error:  # pragma: no cover - exercised without the extra
    raise ImportError(
        "infobox.strategies needs Hypothesis; install it with: pip install 'infobox[hypothesis]'"
    ) from error

from .models import Coordinates, PartialDate

__all__ = ["coordinates", "partial_dates"]


def coordinates() -> st.SearchStrategy[Coordinates]:
    """Valid coordinates: latitude in [-90, 90], longitude in (-180, 180].

    >>> from hypothesis import find
    >>> find(coordinates(), lambda c: c.lat > 10).lat > 10
    True
    """
    return st.builds(
        Coordinates,
        lat=st.floats(-90, 90, allow_nan=False),
        lon=st.floats(-180, 180, exclude_min=True, allow_nan=False),
    )


def partial_dates() -> st.SearchStrategy[PartialDate]:
    """Dates that exist, at year, month or day precision (years 1–9999).

    >>> from hypothesis import find
    >>> find(partial_dates(), lambda d: d.day is not None).day
    1
    """
    return st.dates().flatmap(
        lambda d: st.sampled_from(
            [PartialDate(d.year), PartialDate(d.year, d.month), PartialDate(d.year, d.month, d.day)]
        )
    )
