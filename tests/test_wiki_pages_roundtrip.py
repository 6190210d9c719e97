"""Every registered template: its generated pages and its renderings read back.

Parametrised over :data:`infobox.templates.registry.SPECS`, so a template added to the
registry is covered here without a line changed. For each template:

- the pages of ``wikitext_pages(template=…)`` — its own parameter names, its wiki's
  numbers, dates and units — parse to their settlement on every typed attribute;
- ``render_infobox`` writes each settlement of ``settlements(template=…)`` as that
  template, and the rendering reads back the same.
"""

from __future__ import annotations

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from infobox import FrozenMap, Settlement, parse_infobox, to_dict
from infobox.locale import locale_for
from infobox.render import render_infobox
from infobox.strategies import settlements, wikitext_pages
from infobox.templates.registry import SPECS

#: Few examples per template: the registry holds some forty templates, each case costs
#: about 0.1 s per page, and the whole file keeps under a minute on two cores.
_EXAMPLES = 6
_SLOW = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much]
_NAMES = [spec.name for spec in SPECS]


def typed(s: Settlement) -> Settlement:
    """The settlement's typed values (see tests/test_pages_roundtrip.py, ``typed``)."""
    return attrs.evolve(s, params=FrozenMap(), diagnostics=())


def assert_reads_back(expected: Settlement, text: str) -> None:
    """parse_infobox(text) equals ``expected`` on every typed attribute."""
    actual = typed(parse_infobox(text))
    assert to_dict(typed(expected)) == to_dict(actual), text
    assert typed(expected) == actual


@pytest.mark.parametrize("template", _NAMES)
@settings(max_examples=_EXAMPLES, suppress_health_check=_SLOW, deadline=None)
@given(data=st.data())
def test_template_pages_parse_to_their_settlement(template: str, data: st.DataObject) -> None:
    """A page of the template in its wiki's conventions gives its settlement back."""
    settlement, page = data.draw(wikitext_pages(template=template))
    assert_reads_back(settlement, page)


@pytest.mark.parametrize("template", _NAMES)
@settings(max_examples=_EXAMPLES, suppress_health_check=_SLOW, deadline=None)
@given(data=st.data())
def test_template_renders_and_reads_back(template: str, data: st.DataObject) -> None:
    """render_infobox writes the settlement as the template, and it reads back the same."""
    settlement = data.draw(settlements(template=template))
    assert_reads_back(settlement, render_infobox(settlement))


@pytest.mark.parametrize("template", _NAMES)
@settings(max_examples=_EXAMPLES, suppress_health_check=_SLOW, deadline=None)
@given(data=st.data())
def test_settlements_hold_only_what_the_template_holds(template: str, data: st.DataObject) -> None:
    """The settlement is the template's: its name as written, its wiki, its own names."""
    [spec] = [spec for spec in SPECS if spec.name == template]
    settlement = data.draw(settlements(template=template))
    assert settlement.template in spec.names
    assert settlement.wiki == (spec.wiki or "en")
    held = set(spec.params.values())
    if not spec.english_params:
        own = {param for param in spec.params}
        assert {c.param for c in settlement.citations} <= own
        if settlement.coordinates is not None:
            legacy = {"latitude", "lat_deg", "latd", "lat_d"}
            assert "coordinates" in held or legacy & held


def test_render_writes_the_wiki_decimal_mark() -> None:
    """A decimal comma wiki's template gets ``891,68``: ``891.680`` would be read otherwise."""
    comma = [spec for spec in SPECS if spec.wiki == "ru" and "elevation_m" in spec.params.values()]
    if not comma:
        pytest.skip("no ruwiki template is registered on this branch")
    spec = comma[0]
    s = Settlement(template=spec.name, wiki="ru", elevation_m=1.234)
    text = render_infobox(s)
    assert "1,234" in text
    assert locale_for("ru").decimal_comma
    assert 1.234 == parse_infobox(text).elevation_m


def test_wikitext_pages_rejects_an_unknown_template() -> None:
    """A name no registered template has is refused, not guessed."""
    from hypothesis.errors import InvalidArgument

    with pytest.raises(InvalidArgument):
        wikitext_pages(template="Infobox company")
