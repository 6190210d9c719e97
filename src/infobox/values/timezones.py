"""UTC offsets: ``utc_offset`` values and the offsets that time-zone names imply.

An offset is normalised to ``+HH:MM`` or ``-HH:MM`` (``docs/model.md``,
its JSON conventions); zero is always ``+00:00``.

:func:`parse_utc_offset` reads the ``utc_offset`` family. It accepts, with an
optional ``UTC`` or ``GMT`` before it (any case, spaces allowed):

- a signed hour, ``+6`` or ``−5``; the minus may be ``-``, U+2212 ``−``, an
  en dash or another Unicode dash, the plus may be full-width;
- hours and minutes: ``+3:30``, ``+05:30``, ``+0530``, ``+530``;
- decimal hours, ``+5.5`` or ``+5.75``; ``+5.30`` and ``+5.45`` are read as
  hours.minutes. The two readings never both give a valid offset, so only the
  valid one is taken;
- zero as ``0``, ``±0``, ``-0``, ``UTC``, ``GMT``, ``UTC±0``.

Decisions:

- An offset must exist: minutes are 00, 15, 30 or 45 and the whole lies in
  −12:00..+14:00 (every offset in use today); anything else is unreadable.
- A non-zero offset without a sign (``6``, ``UTC6``) is unreadable: POSIX
  writes ``UTC6`` for six hours *behind* UTC, so the sign cannot be guessed.
- Nothing may follow the offset (``+1 (summer +2)`` is unreadable): the field
  is meant to hold one offset, and the caller keeps the raw text.

:func:`offset_from_zone_name` reads the offset out of a zone's *name* when the
offset field is empty: ``UTC+6``-style names, signed offsets, and the table
below. Abbreviations used for more than one zone (IST, CST, BST, EST, MST,
PST, AST, GST, SST, …) and zones whose offset changed recently (ALMT, TRT,
YEKT, …) are not in the table, so they give None.
"""

from __future__ import annotations

import re
from typing import Final

from ..diagnostics import make
from ..models import Diagnostic

__all__ = ["offset_from_zone_name", "parse_utc_offset"]

#: Zone abbreviations that name one offset only, matched case-sensitively.
_ABBREVIATIONS: Final[dict[str, str]] = {
    "UTC": "+00:00",
    "GMT": "+00:00",
    "WET": "+00:00",
    "WEST": "+01:00",
    "CET": "+01:00",
    "CEST": "+02:00",
    "EET": "+02:00",
    "EEST": "+03:00",
    "MSK": "+03:00",
    "WAT": "+01:00",
    "EAT": "+03:00",
    "SAST": "+02:00",
    "IRST": "+03:30",
    "AFT": "+04:30",
    "PKT": "+05:00",
    "NPT": "+05:45",
    "ICT": "+07:00",
    "WIB": "+07:00",
    "WITA": "+08:00",
    "WIT": "+09:00",
    "HKT": "+08:00",
    "SGT": "+08:00",
    "PHT": "+08:00",
    "AWST": "+08:00",
    "JST": "+09:00",
    "KST": "+09:00",
    "ACST": "+09:30",
    "ACDT": "+10:30",
    "AEST": "+10:00",
    "AEDT": "+11:00",
    "NZST": "+12:00",
    "NZDT": "+13:00",
    "AKST": "-09:00",
    "AKDT": "-08:00",
    "HST": "-10:00",
    "PDT": "-07:00",
}

#: Full zone names that name one offset only, matched without regard to case.
#: ``Eastern Standard Time`` and ``Central Standard Time`` are left out: both
#: were also Australian zone names.
_NAMES: Final[dict[str, str]] = {
    "coordinated universal time": "+00:00",
    "greenwich mean time": "+00:00",
    "western european time": "+00:00",
    "western european summer time": "+01:00",
    "central european time": "+01:00",
    "central european summer time": "+02:00",
    "eastern european time": "+02:00",
    "eastern european summer time": "+03:00",
    "british summer time": "+01:00",
    "irish standard time": "+01:00",
    "moscow time": "+03:00",
    "west africa time": "+01:00",
    "central africa time": "+02:00",
    "east africa time": "+03:00",
    "south african standard time": "+02:00",
    "israel standard time": "+02:00",
    "iran standard time": "+03:30",
    "afghanistan time": "+04:30",
    "pakistan standard time": "+05:00",
    "indian standard time": "+05:30",
    "nepal time": "+05:45",
    "nepal standard time": "+05:45",
    "indochina time": "+07:00",
    "china standard time": "+08:00",
    "hong kong time": "+08:00",
    "singapore standard time": "+08:00",
    "philippine standard time": "+08:00",
    "australian western standard time": "+08:00",
    "japan standard time": "+09:00",
    "korea standard time": "+09:00",
    "australian central standard time": "+09:30",
    "australian eastern standard time": "+10:00",
    "new zealand standard time": "+12:00",
    "argentina time": "-03:00",
    "brasília time": "-03:00",
    "brasilia time": "-03:00",
    "newfoundland standard time": "-03:30",
    "atlantic standard time": "-04:00",
    "pacific standard time": "-08:00",
    "mountain standard time": "-07:00",
    "alaska standard time": "-09:00",
    "hawaii–aleutian standard time": "-10:00",
    "hawaii-aleutian standard time": "-10:00",
}

#: Every dash that editors write as a minus sign.
_MINUS: Final = "-−–‐‑‒—﹣－"
_SIGN = "[+＋±" + re.escape(_MINUS) + "]"
_OFFSET = re.compile(
    r"(?P<prefix>UTC|GMT)?\s?(?P<sign>" + _SIGN + r")?\s?"
    r"(?P<hours>[0-9]{1,2})(?:(?P<colon>:)(?P<minutes>[0-9]{2})|\.(?P<fraction>[0-9]{1,2}))?"
    r"|(?P<prefix2>UTC|GMT)?\s?(?P<sign2>" + _SIGN + r")?\s?(?P<compact>[0-9]{3,4})",
    re.IGNORECASE,
)
_PREFIX_ONLY = re.compile(r"UTC|GMT", re.IGNORECASE)
_NAME_AND_ABBREVIATION = re.compile(r"(?P<main>[^()]+?)\s?\((?P<paren>[^()]+)\)")
_SPACES = re.compile(r"\s+")

_LOWEST: Final = -12 * 60
_HIGHEST: Final = 14 * 60


def parse_utc_offset(text: str) -> tuple[str | None, tuple[Diagnostic, ...]]:
    """Normalise a ``utc_offset`` value to ``+HH:MM``.

    The module docstring lists the forms and the decisions. Empty text gives
    ``(None, ())``; unreadable text gives None and ``utc-offset.unparseable``.

    >>> parse_utc_offset("+6"), parse_utc_offset("−3:30")[0], parse_utc_offset("UTC+0530")[0]
    (('+06:00', ()), '-03:30', '+05:30')
    >>> parse_utc_offset("+5:40")[1][0].code
    'utc-offset.unparseable'
    """
    s = _SPACES.sub(" ", text).strip()
    if not s:
        return None, ()
    offset, problem = _read(s)
    if offset is None:
        return None, (make("utc-offset.unparseable", problem),)
    return offset, ()


def offset_from_zone_name(text: str) -> str | None:
    """Read the UTC offset a time zone's name states; None when it does not say for sure.

    ``UTC+6``-style names and signed offsets are read as :func:`parse_utc_offset`
    reads them; otherwise the name, or ``Name (ABBR)``, is looked up in a table
    of zone names with a single offset (see the module docstring). When both
    parts of ``Name (ABBR)`` are known they must agree.

    >>> offset_from_zone_name("GMT+6"), offset_from_zone_name("CET"), offset_from_zone_name("IST")
    ('+06:00', '+01:00', None)
    >>> offset_from_zone_name("Indian Standard Time (IST)")
    '+05:30'
    """
    s = _SPACES.sub(" ", text).strip()
    if not s:
        return None
    known = _zone_offset(s)
    if known is not None:
        return known
    parts = _NAME_AND_ABBREVIATION.fullmatch(s)
    if parts is None:
        return None
    offsets = {_zone_offset(parts["main"].strip()), _zone_offset(parts["paren"].strip())}
    offsets.discard(None)
    return offsets.pop() if len(offsets) == 1 else None


def _zone_offset(name: str) -> str | None:
    """One zone name: a stated offset, a known abbreviation or a known full name."""
    if _PREFIX_ONLY.fullmatch(name):  # "utc" says +00:00 as "utc+0" does, in any case
        return "+00:00"
    if name in _ABBREVIATIONS:
        return _ABBREVIATIONS[name]
    if name.casefold() in _NAMES:
        return _NAMES[name.casefold()]
    match = _OFFSET.fullmatch(name)
    if match is None or not (
        match["prefix"] or match["prefix2"] or match["sign"] or match["sign2"]
    ):
        return None
    return _read(name)[0]


def _read(s: str) -> tuple[str | None, str]:
    """Read an offset; on failure return None and the reason."""
    if _PREFIX_ONLY.fullmatch(s):
        return "+00:00", ""
    match = _OFFSET.fullmatch(s)
    if match is None:
        return None, f"{_shown(s)} is not a UTC offset"
    sign = match["sign"] or match["sign2"]
    if match["compact"] is not None:
        hours, minute_choices = int(match["compact"][:-2]), {int(match["compact"][-2:])}
    else:
        hours, minute_choices = int(match["hours"]), _minute_readings(match)
    minute_choices &= {0, 15, 30, 45}
    if len(minute_choices) != 1:
        return None, f"{_shown(s)} has minutes other than 00, 15, 30 or 45"
    minutes = hours * 60 + minute_choices.pop()
    if minutes == 0:
        return "+00:00", ""
    if sign is None:
        return None, f"{_shown(s)} has no sign, so it could be ahead of UTC or behind it"
    if sign == "±":
        return None, f"{_shown(s)} is signed ± but is not zero"
    if sign in _MINUS:
        minutes = -minutes
    if not _LOWEST <= minutes <= _HIGHEST:
        return None, f"{_shown(s)} is outside the offsets in use, −12:00 to +14:00"
    return _format(minutes), ""


def _minute_readings(match: re.Match[str]) -> set[int]:
    """Every way to read the minutes: ``:MM``, ``.MM`` as minutes, ``.D`` as decimal hours."""
    if match["minutes"] is not None:
        return {int(match["minutes"])}
    fraction = match["fraction"]
    if fraction is None:
        return {0}
    readings: set[int] = set()
    if len(fraction) == 2:
        readings.add(int(fraction))
    sixtieths = int(fraction) * 60
    scale = 10 ** len(fraction)
    if sixtieths % scale == 0:
        readings.add(sixtieths // scale)
    return readings


def _format(minutes: int) -> str:
    sign = "-" if minutes < 0 else "+"
    hours, rest = divmod(abs(minutes), 60)
    return f"{sign}{hours:02d}:{rest:02d}"


def _shown(text: str, limit: int = 60) -> str:
    """Quote text for a message, shortened when long."""
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")
