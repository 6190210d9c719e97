"""Printing settlements, articles and profiles as text for a terminal."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TextIO

from ..models import (
    Article,
    Claim,
    ClaimValue,
    Coordinates,
    Diagnostic,
    Fact,
    Profile,
    Settlement,
)


def _number(value: float | None, unit: str = "") -> str | None:
    if value is None:
        return None
    text = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"
    return f"{text}{unit}"


def print_summary(name: str, s: Settlement, out: TextIO) -> None:
    rows: list[tuple[str, Any]] = [("wiki", s.wiki)]
    if s.coordinates is not None:
        c = s.coordinates
        region = f" ({c.region})" if c.region else ""
        rows.append(("coordinates", f"{c.lat:.6f}, {c.lon:.6f}{region}"))
    rows.append(("elevation", _number(s.elevation_m, " m")))
    p = s.population
    if p.total is not None or p.urban is not None or p.metro is not None:
        parts = []
        if p.total is not None:
            parts.append(f"{p.total:,}" + (f" ({p.as_of})" if p.as_of else ""))
        if p.estimate is not None and (p.estimate, p.estimate_as_of) != (p.total, p.as_of):
            dated = f" ({p.estimate_as_of})" if p.estimate_as_of else ""
            parts.append(f"estimate {p.estimate:,}{dated}")
        parts += [
            f"{label} {value:,}"
            for label, value in (("urban", p.urban), ("metro", p.metro))
            if value is not None
        ]
        if p.density_km2 is not None:
            computed = " (computed)" if p.density_computed else ""
            parts.append(f"density {p.density_km2:,.1f}/km²{computed}")
        if p.rank:
            parts.append(f"rank {p.rank}")
        rows.append(("population", "; ".join(parts)))
    a = s.area
    areas = [
        f"{label} {_number(value, ' km²')}"
        for label, value in (
            ("total", a.total_km2),
            ("land", a.land_km2),
            ("water", a.water_km2),
            ("urban", a.urban_km2),
            ("metro", a.metro_km2),
        )
        if value is not None
    ]
    rows.append(("area", "; ".join(areas) or None))
    rows.append(("native names", " / ".join(s.native_names) or None))
    rows.append(
        (
            "subdivisions",
            "; ".join(f"{d.type or '?'}: {d.name or '?'}" for d in s.subdivisions) or None,
        )
    )
    code = f" ({s.country_code})" if s.country_code else ""
    rows.append(("country", f"{s.country}{code}" if s.country else None))
    rows.append(
        (
            "established",
            "; ".join(
                f"{e.title or '?'}: {e.date or '?'}" + (f" ({e.note})" if e.note else "")
                for e in s.established
            )
            or None,
        )
    )
    rows.append(
        ("leaders", "; ".join(f"{x.title or '?'}: {x.name or '?'}" for x in s.leaders) or None)
    )
    rows.append(
        (
            "time zones",
            "; ".join(
                f"{z.name or '?'} ({z.utc_offset or '?'})"
                + (
                    f", DST {z.dst_name or '?'} ({z.dst_utc_offset or '?'})"
                    if z.dst_name or z.dst_utc_offset
                    else ""
                )
                for z in s.timezones
            )
            or None,
        )
    )
    rows.append(("website", s.website))
    rows.append(
        ("params", f"{len(s.params)}; citations {len(s.citations)}; images {len(s.images)}")
    )
    shown = s.name or s.official_name
    title = f" {shown!r}" if shown else ""
    print(f"{name}: {s.template}{title}", file=out)
    for label, value in rows:
        if value is not None:
            print(f"  {label:<14} {value}", file=out)
    if s.diagnostics:
        print(f"  diagnostics ({len(s.diagnostics)}):", file=out)
        for d in s.diagnostics:
            where = f"{d.param}: " if d.param else ""
            print(f"    {d.severity:<7} {d.code:<32} {where}{d.message}", file=out)


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _fact_value(fact: Fact) -> str:
    value = fact.value
    if isinstance(value, int):
        shown = f"{value:,}" if fact.kind != "founded" else str(value)
    elif isinstance(value, float):
        shown = f"{value:g}"
    else:
        shown = value
    return f"{shown} {fact.unit}" if fact.unit else shown


def print_article(name: str, a: Article, out: TextIO) -> None:
    title = f" {a.title!r}" if a.title else ""
    print(
        f"{name}: article{title} ({a.lang}), {len(a.sections)} sections, {len(a.facts)} facts",
        file=out,
    )
    for section in a.sections:
        heading = "(lead)" if section.title is None else f"{'=' * section.level} {section.title}"
        counts = f"{len(section.paragraphs)} paragraphs, {len(section.items)} items"
        print(f"  {_clip(heading, 50):<52} {counts}", file=out)
        for item in section.items:
            print(f"    • {_clip(item, 72)}", file=out)
    if a.facts:
        print("  facts:", file=out)
        for fact in a.facts:
            qualifiers = " ".join(f"{k}={v}" for k, v in fact.qualifiers.items())
            print(f"    {fact.kind:<12} {_fact_value(fact):<14} {qualifiers}", file=out)
            print(f"    {'':<12} “{_clip(fact.sentence, 90)}”", file=out)
    _print_diagnostics_by_code(a.diagnostics, out)


def _print_diagnostics_by_code(diagnostics: Sequence[Diagnostic], out: TextIO) -> None:
    if not diagnostics:
        return
    print(f"  diagnostics ({len(diagnostics)}):", file=out)
    # Repairs repeat (a plain text may have hundreds of joined lines): one line per code.
    by_code: dict[str, list[str]] = {}
    severity: dict[str, str] = {}
    for d in diagnostics:
        by_code.setdefault(d.code, []).append(d.message)
        severity[d.code] = d.severity
    for code, messages in by_code.items():
        more = f" (and {len(messages) - 1} more)" if len(messages) > 1 else ""
        print(f"    {severity[code]:<7} {code:<32} {messages[0]}{more}", file=out)


#: The unit a claim's field implies, by the field's first dotted part.
_UNITS = {
    "area": "km²",
    "elevation_m": "m",
    "height": "m",
    "temperature": "°C",
    "precipitation": "mm",
    "share": "%",
    "distance": "km",
    "capacity": "MW",
}


def _claim_value(field: str, value: ClaimValue) -> str:
    """A claim's value as a person reads it: numbers grouped, with the field's unit.

    >>> _claim_value("population.total", 89079), _claim_value("founded", 1938)
    ('89,079', '1938')
    >>> _claim_value("area.total_km2", 47.0), _claim_value("temperature.01", -16.5)
    ('47 km²', '-16.5 °C')
    >>> _claim_value("coordinates", Coordinates(lat=47.783333, lon=67.7))
    '47.783333, 67.700000'
    """
    if isinstance(value, Coordinates):
        return f"{value.lat:.6f}, {value.lon:.6f}"
    if isinstance(value, str):
        return value
    if isinstance(value, int):
        shown = str(value) if field == "founded" else f"{value:,}"
    else:
        shown = f"{value:,.0f}" if value.is_integer() else f"{value:,.10g}"
    unit = _UNITS.get(field.split(".")[0])
    return f"{shown} {unit}" if unit else shown


def print_profile(labels: Sequence[str], profile: Profile, out: TextIO) -> None:
    claims: list[Claim] = list(profile.claims.values())
    conflicts = sum(claim.conflict for claim in claims)
    title = f" {profile.name!r}" if profile.name else " (no name)"
    counts = f"{len(claims)} claims, {conflicts} conflicts" + (" (marked !)" if conflicts else "")
    print(f"profile{title} from {', '.join(labels)}: {counts}", file=out)
    if claims:
        _print_claims(claims, out)
    else:
        print("  (no claims: the sources state nothing a profile holds)", file=out)
    if profile.diagnostics:  # few, and each conflict's message names every value
        print(f"  diagnostics ({len(profile.diagnostics)}):", file=out)
        for d in profile.diagnostics:
            print(f"    {d.severity:<7} {d.code:<24} {d.message}", file=out)


def _print_claims(claims: Sequence[Claim], out: TextIO) -> None:
    # mark, field, value, as of, sources, reason; alternatives have no mark or field.
    rows = [("", "field", "value", "as of", "sources", "")]
    for claim in claims:
        rows.append(
            (
                "!" if claim.conflict else "",
                claim.field,
                _clip(_claim_value(claim.field, claim.value), 40),
                str(claim.as_of or ""),
                ", ".join(claim.sources),
                "",
            )
        )
        rows += [
            (
                "",
                "",
                "or " + _clip(_claim_value(claim.field, alt.value), 37),
                str(alt.as_of or ""),
                ", ".join(alt.sources),
                alt.reason,
            )
            for alt in claim.alternatives
        ]
    widths = [max(len(row[i]) for row in rows) for i in range(5)]
    for mark, field, value, as_of, sources, reason in rows:
        line = (
            f"  {mark:<1} {field:<{widths[1]}}  {value:<{widths[2]}}  "
            f"{as_of:<{widths[3]}}  {sources:<{widths[4]}}  {reason}"
        )
        print(line.rstrip(), file=out)
