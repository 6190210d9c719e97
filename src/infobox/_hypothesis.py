"""Hypothesis's entry point: registers infobox's strategies for ``st.from_type``.

Hypothesis calls :func:`_hypothesis_setup_hook` when it is imported. The
strategies are registered *deferred*, so nothing of :mod:`infobox.strategies` is
imported here: that module imports Hypothesis itself, and importing it from
inside Hypothesis's own import would be circular.
"""

from __future__ import annotations

from typing import Any


def _hypothesis_setup_hook() -> None:
    """Register a deferred strategy for every model :mod:`infobox.strategies` covers."""
    from hypothesis import strategies as st

    from . import models

    def deferred(name: str) -> Any:
        def strategy() -> Any:
            from . import strategies

            return getattr(strategies, name)()

        return st.deferred(strategy)

    for model, name in _STRATEGIES.items():
        st.register_type_strategy(getattr(models, model), deferred(name))


#: Model class name -> the strategy function in infobox.strategies that makes it
#: (the singular strategies make one element of a Settlement's tuples).
_STRATEGIES = {
    "Area": "areas",
    "Citation": "citation",
    "Coordinates": "coordinates",
    "Establishment": "establishment",
    "Image": "image",
    "Leader": "leader",
    "PartialDate": "partial_dates",
    "Population": "populations",
    "Settlement": "settlements",
    "Subdivision": "subdivision",
    "Timezone": "timezone",
}
