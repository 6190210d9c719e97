"""Time zones: ``timezone``/``utc_offset`` and their numbered and ``_DST`` forms.

An offset that is empty or unreadable is read from the zone's name when it states one.
"""

from __future__ import annotations

import re

from ..diagnostics import make
from ..models import Timezone
from ..values.timezones import offset_from_zone_name, parse_utc_offset
from .numbered import INDEX
from .reader import Reader

_TIMEZONE = re.compile(rf"^(?P<field>timezone|utc_offset){INDEX}(?P<dst>_DST)?$")
_FIELDS = ("timezone", "utc_offset")  # what a name _TIMEZONE matches starts with


def timezones(r: Reader) -> tuple[Timezone, ...]:
    groups: dict[int, dict[str, str]] = {}
    for name in r.names():
        match = _TIMEZONE.match(name) if name.startswith(_FIELDS) else None
        if match is not None:
            index = int(match["index"]) if match["index"] else 0
            field = match["field"] + ("_dst" if match["dst"] else "")
            groups.setdefault(index, {})[field] = name
    result = []
    for _, fields in sorted(groups.items()):
        zone = r.line(fields.get("timezone"))
        dst_zone = r.line(fields.get("timezone_dst"))
        offset = _offset(r, fields.get("utc_offset"), zone, fields.get("timezone"))
        dst_offset = _offset(r, fields.get("utc_offset_dst"), dst_zone, fields.get("timezone_dst"))
        if any(v is not None for v in (zone, offset, dst_zone, dst_offset)):
            result.append(
                Timezone(name=zone, utc_offset=offset, dst_name=dst_zone, dst_utc_offset=dst_offset)
            )
    return tuple(result)


def _offset(r: Reader, param: str | None, zone: str | None, zone_param: str | None) -> str | None:
    """The offset in ``param``; else, when it is empty or unreadable, the zone name's."""
    state = "is empty"
    if param is not None and r.line(param) is not None:
        offset = r.read(param, parse_utc_offset)
        named = offset_from_zone_name(zone) if zone is not None else None
        if offset is not None and named is not None and named != offset:
            r.report(
                param,
                [
                    make(
                        "utc-offset.contradicts-zone-name",
                        f"{param} is {offset} but the time zone's name {zone!r} says {named}; "
                        f"{offset} was kept",
                    )
                ],
            )
        if offset is not None:
            return offset
        # Unreadable: fall back on the name, as population_est and elevation_ft do.
        state = "cannot be read"
    if zone is None or zone_param is None:
        return None
    derived = offset_from_zone_name(zone)
    if derived is not None:
        where = param or zone_param
        r.report(
            where,
            [
                make(
                    "utc-offset.from-zone-name",
                    f"{r.written(where)} {state}; the offset {derived} was read from the "
                    f"time zone's name {zone!r}",
                )
            ],
        )
    return derived
