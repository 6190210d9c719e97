"""Numbered families: subdivisions, established dates, leaders, and the country they name.

``<family>_<part><N>`` parameters (``subdivision_type1``, ``leader_name2``, …) are
grouped by N, 0 for the unnumbered one; an entry with nothing read is left out.
"""

from __future__ import annotations

import re
from typing import Final

from ..diagnostics import make
from ..models import Establishment, Leader, Subdivision
from ..text import unknown_flag_codes
from ..values.countries import country_of
from .reader import Reader

# The template reads exactly subdivision_type, subdivision_type1, …: no "0", "01" or "١".
INDEX: Final = r"(?P<index>(?:[1-9][0-9]*)?)"
_NUMBERED = re.compile(rf"^(?P<family>[a-z_]+?)_(?P<part>title|type|name|date){INDEX}$")


def _indexed(r: Reader, pattern: re.Pattern[str], family: str) -> dict[int, dict[str, str]]:
    """Group ``<family>_<part><N>`` parameters by N (0 for the unnumbered one)."""
    groups: dict[int, dict[str, str]] = {}
    prefix = family + "_"  # what a name of the family starts with: most names are not
    for name in r.names():
        match = pattern.match(name) if name.startswith(prefix) else None
        if match is None or match["family"] != family:
            continue
        index = int(match["index"]) if match["index"] else 0
        groups.setdefault(index, {})[match["part"]] = name
    return dict(sorted(groups.items()))


def subdivisions(r: Reader) -> tuple[Subdivision, ...]:
    result = []
    for index, parts in _indexed(r, _NUMBERED, "subdivision").items():
        kind = r.line(parts.get("type"))
        name = r.line(parts.get("name"))
        # A template's label alone (its value unreadable) is nothing read from the page.
        if (kind is not None and not r.is_label(parts.get("type"))) or name is not None:
            result.append(Subdivision(index=index, type=kind, name=name))
    return tuple(result)


def established(r: Reader) -> tuple[Establishment, ...]:
    result = []
    for index, parts in _indexed(r, _NUMBERED, "established").items():
        title = r.line(parts.get("title"))
        date_param = parts.get("date")
        text = r.line(date_param)
        date = note = None
        if text is not None and date_param is not None:
            date, note, found = r.parse_date(text)
            r.report(date_param, found)
        # As for subdivisions and leaders, an entry with nothing read is left out; an
        # unreadable date is still reported (date.unparseable) and kept in params.
        if (title is not None and not r.is_label(parts.get("title"))) or date is not None:
            result.append(Establishment(index=index, title=title, date=date, note=note))
    return tuple(result)


def leaders(r: Reader) -> tuple[Leader, ...]:
    result = []
    for index, parts in _indexed(r, _NUMBERED, "leader").items():
        title = r.line(parts.get("title"))
        names = r.items(parts.get("name"))
        if (title is not None and not r.is_label(parts.get("title"))) or names:
            result.append(
                Leader(index=index, title=title, name="; ".join(names) if names else None)
            )
    return tuple(result)


def country_of_subdivisions(
    r: Reader, found: tuple[Subdivision, ...]
) -> tuple[str | None, str | None]:
    """The country the subdivisions ``found`` name, and its code; reports unknown flag codes."""
    for name, value in r.values.items():
        if not value.has_templates or "flag" not in r.params[name].raw.casefold():
            continue  # the common case: no flag template to look into
        for unknown in unknown_flag_codes(value.code):
            r.report_at(
                name,
                [
                    make(
                        "country.unknown-code",
                        f"{name} holds a flag template for {unknown!r}, which is no country "
                        "code known here; it was read as no text, not as a name",
                    )
                ],
            )
    return country_of(found, language=r.locale.language)
