"""Shared test set-up: Hypothesis profiles and fixture paths.

Profiles: ``ci`` (deterministic, 300 examples) is used when the ``CI`` environment
variable is set; ``dev`` (fast, 60 examples) otherwise; ``stress`` (5,000 examples)
is for hunting bugs by hand. ``HYPOTHESIS_PROFILE`` chooses one explicitly. None has
a deadline or the ``too_slow`` health check: both time the machine, which is shared
and noisy, not the code.
"""

from __future__ import annotations

import os
from pathlib import Path

from hypothesis import HealthCheck, settings

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"

settings.register_profile(
    "ci",
    max_examples=300,
    derandomize=True,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "dev", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
# For hunting bugs by hand: HYPOTHESIS_PROFILE=stress pytest tests/test_properties.py
settings.register_profile(
    "stress", max_examples=5000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))
