"""A parse pauses the cyclic garbage collector and leaves it as it found it."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from infobox import parse_infobox, parse_page
from infobox.collector import paused
from infobox.wikitree import parse

PAGE = "{{Infobox settlement|name=X|population_total=1,234<ref>[[a|b]]</ref>}}\n'''X''' is a town."


@pytest.fixture
def collector_off() -> Iterator[None]:
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def test_paused_keeps_a_collector_that_was_off_off(collector_off: None) -> None:
    """A caller that turned the collector off finds it off after a pause."""
    with paused():
        assert not gc.isenabled()
    assert not gc.isenabled()


def test_paused_sets_the_collector_back_after_an_error() -> None:
    """An exception inside the pause still turns the collector back on."""
    with pytest.raises(ZeroDivisionError), paused():
        _ = 1 / 0
    assert gc.isenabled()


def test_parsing_leaves_the_collector_on() -> None:
    """parse_infobox, parse_page and wikitree.parse leave an enabled collector enabled."""
    parse_infobox(PAGE)
    parse_page(PAGE)
    parse(PAGE)
    assert gc.isenabled()


def test_parsing_leaves_the_collector_off(collector_off: None) -> None:
    """... and a disabled one disabled."""
    parse_infobox(PAGE)
    parse_page(PAGE)
    parse(PAGE)
    assert not gc.isenabled()
