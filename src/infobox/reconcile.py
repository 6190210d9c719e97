"""``reconcile``: one profile of a place from several sources, with provenance and conflicts.

Each source (a :class:`~infobox.Settlement`, :class:`~infobox.Article` or
:class:`~infobox.Page`) is read into *observations*: a field (``population.total``,
``founded``, ``temperature.07``, …), a value, its date and the source's label.
Per field, observations that state the same value — within a tolerance for
numbers, across scripts and spellings for names — form one group. One group is
chosen, by rules a person can predict (``docs/reconcile.md``):

1. a current value beats a *former* one (``previously part of …``);
2. a dated value beats an older one (``older``) and an undated one (``undated``);
3. a value read from a climate table (``{{Weather box}}`` …) beats one read from a
   sentence (``table``): the table states each month and statistic by name, while a
   sentence's month is the rules' reading of the words around a number;
4. among the rest, the group more sources support wins (``minority``); equal
   support is a ``tie``, broken by the number of statements (a page's pushpin
   label and lead against its infobox), the better source (an infobox over
   article text) and then the value itself, so the choice never depends on the
   order of the sources.

A claim with a ``minority`` or ``tie`` alternative is a conflict when two or more
sources are involved: the sources truly disagree (a source that contradicts
itself says so in its own diagnostics). Every
value every source gave is kept: as the claim's value or as an alternative
(values in the chosen group that differ in spelling or rounding are
alternatives with the reason ``agrees``).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Final, TypeAlias

import attrs

from .article.facts.weather_box import SOURCE as TABLE_SOURCE
from .diagnostics import make
from .errors import SourceTypeError
from .models import (
    Alternative,
    Article,
    Claim,
    ClaimValue,
    Coordinates,
    Diagnostic,
    Page,
    PartialDate,
    Profile,
    Settlement,
)
from .names import place_key, region_key, same_name

__all__ = ["FIELDS", "Source", "reconcile"]

#: What ``reconcile`` reads.
Source: TypeAlias = Settlement | Article | Page

#: The fixed fields, in the order a profile lists them; per-key fields
#: (``temperature.MM``, ``precipitation.MM``, ``share.<group>``, ``distance.<place>``,
#: ``capacity.<facility>``, ``height.<structure>``) follow, sorted.
FIELDS: Final = (
    "name",
    "coordinates",
    "founded",
    "population.total",
    "population.urban",
    "population.metro",
    "area.total_km2",
    "elevation_m",
    "region",
)

#: Relative tolerance for numbers stated exactly, and for numbers marked approximate
#: ("about 150 thousand" agrees with 148,700).
EXACT_TOLERANCE: Final = 0.005
APPROXIMATE_TOLERANCE: Final = 0.05
#: Coordinates within this many degrees (about 2 km) are one position.
COORDINATE_TOLERANCE: Final = 0.02
#: Temperatures (°C) and shares (percentage points) agree within this absolute margin.
ABSOLUTE_TOLERANCE: Final = 0.5

#: How much a kind of evidence weighs when support is tied: an infobox over prose.
_QUALITY: Final = {"infobox": 2, "wikitext": 1, "text": 0}


@attrs.frozen(kw_only=True)
class _Observation:
    field: str
    value: ClaimValue
    as_of: PartialDate | None
    source: str
    order: int  # the source's position, for listing sources as the caller gave them
    quality: int
    approximate: bool = False
    former: bool = False
    #: Read from a climate table (``{{Weather box}}`` …), which beats a sentence.
    table: bool = False


def reconcile(*sources: Source | tuple[str, Source]) -> Profile:
    """Merge sources about one place into a :class:`~infobox.Profile`.

    Each source is a ``(label, value)`` pair or a bare value (labelled ``page 1``,
    ``article 2``, … by its position). A value that is not a Settlement, Article or
    Page raises :class:`~infobox.SourceTypeError` (a ``TypeError``).

    >>> from infobox import parse_article, parse_infobox
    >>> s = parse_infobox("{{Infobox settlement|name=Jezkazgan|population_total=89,079"
    ...                   "|population_as_of=2023}}")
    >>> a = parse_article("Jezkazgan is a city. The city population is of 90,000 (1999 census).")
    >>> p = reconcile(("infobox", s), ("old text", a))
    >>> c = p.claims["population.total"]
    >>> c.value, str(c.as_of), c.sources, c.conflict
    (89079, '2023', ('infobox',), False)
    >>> [(x.value, str(x.as_of), x.reason) for x in c.alternatives]
    [(90000, '1999', 'older')]
    >>> p.name, p.claims["name"].sources
    ('Jezkazgan', ('infobox', 'old text'))
    """
    diagnostics: list[Diagnostic] = []
    labelled = _labelled(sources, diagnostics)
    observations: list[_Observation] = []
    for order, (label, value) in enumerate(labelled):
        observations.extend(_observe(value, label, order))
    by_field: dict[str, list[_Observation]] = {}
    for observation in observations:
        by_field.setdefault(observation.field, []).append(observation)
    claims: dict[str, Claim] = {}
    for field in _ordered(by_field):
        claim = _claim(field, by_field[field])
        claims[field] = claim
        if claim.conflict:
            disagreeing = [a for a in claim.alternatives if a.reason in ("minority", "tie")]
            others = "; ".join(f"{_show(a.value)} ({', '.join(a.sources)})" for a in disagreeing)
            diagnostics.append(
                make(
                    "profile.conflict",
                    f"sources disagree on {field}: {_show(claim.value)} "
                    f"({', '.join(claim.sources)}) was chosen over {others}",
                    param=field,
                )
            )
    name = claims["name"].value if "name" in claims else None
    return Profile(
        name=name if isinstance(name, str) else None,
        claims=claims,
        diagnostics=tuple(diagnostics),
    )


# --- sources into observations ----------------------------------------------------------


def _labelled(sources: Sequence[object], diagnostics: list[Diagnostic]) -> list[tuple[str, Source]]:
    labelled: list[tuple[str, Source]] = []
    seen: set[str] = set()
    for position, source in enumerate(sources, start=1):
        if (
            isinstance(source, tuple)
            and len(source) == 2
            and isinstance(source[0], str)
            and isinstance(source[1], Settlement | Article | Page)
        ):
            label, value = source
        elif isinstance(source, Settlement | Article | Page):
            label, value = f"{type(source).__name__.lower()} {position}", source
        else:
            bad = source[1] if isinstance(source, tuple) and len(source) == 2 else source
            raise SourceTypeError(bad, position)
        if label in seen:
            renamed = f"{label} ({position})"
            diagnostics.append(
                make(
                    "profile.duplicate-label",
                    f"the label {label!r} was given twice; source {position} is {renamed!r}",
                )
            )
            label = renamed
        seen.add(label)
        labelled.append((label, value))
    return labelled


def _observe(value: Source, label: str, order: int) -> Iterator[_Observation]:
    if isinstance(value, Page):
        if value.settlement is not None:
            yield from _from_settlement(value.settlement, label, order)
        yield from _from_article(value.article, label, order, _QUALITY["wikitext"])
    elif isinstance(value, Settlement):
        yield from _from_settlement(value, label, order)
    else:
        yield from _from_article(value, label, order, _QUALITY["text"])


def _from_settlement(s: Settlement, label: str, order: int) -> Iterator[_Observation]:
    def observe(
        field: str, value: ClaimValue | None, as_of: PartialDate | None = None
    ) -> _Observation | None:
        # The generator below yields what is set; None means the infobox does not say.
        return (
            None
            if value is None
            else _Observation(
                field=field,
                value=value,
                as_of=as_of,
                source=label,
                order=order,
                quality=_QUALITY["infobox"],
            )
        )

    pushpin = s.params.get("pushpin_label")
    population = s.population
    candidates = [
        observe("name", s.name or s.official_name),
        observe("name", pushpin.text if pushpin is not None and pushpin.text else None),
        observe("coordinates", s.coordinates),
        observe("founded", _founding_year(s)),
        observe("population.total", population.total, population.as_of),
        # population_est beside population_total is another dated figure for the total.
        observe("population.total", _separate_estimate(s), population.estimate_as_of),
        observe("population.urban", population.urban, population.as_of),
        observe("population.metro", population.metro, population.as_of),
        observe("area.total_km2", s.area.total_km2),
        observe("elevation_m", s.elevation_m),
        observe("region", _region(s)),
    ]
    yield from (c for c in candidates if c is not None)


def _separate_estimate(s: Settlement) -> int | None:
    """The estimate when it is not the total itself (read from a lone ``population_est``)."""
    p = s.population
    if (p.estimate, p.estimate_as_of) == (p.total, p.as_of):
        return None
    return p.estimate


def _founding_year(s: Settlement) -> int | None:
    for event in s.established:
        title = (event.title or "").casefold()
        if event.date is not None and any(w in title for w in ("found", "establish", "settle")):
            return event.date.year
    return None


def _region(s: Settlement) -> str | None:
    """The subdivision one level below the country."""
    below_country = False
    for subdivision in s.subdivisions:
        if below_country and subdivision.name:
            return subdivision.name
        if (subdivision.type or "").casefold() == "country":
            below_country = True
    for subdivision in s.subdivisions:
        if subdivision.index == 1 and subdivision.name and not below_country:
            return subdivision.name
    return None


_SCOPES: Final = {
    "city": "population.total",
    "urban": "population.urban",
    "metro": "population.metro",
}


def _from_article(a: Article, label: str, order: int, quality: int) -> Iterator[_Observation]:
    if a.title:
        yield _Observation(
            field="name", value=a.title, as_of=None, source=label, order=order, quality=quality
        )
    for fact in a.facts:
        field = _fact_field(fact.kind, fact.qualifiers)
        if field is None or isinstance(fact.value, bool):
            continue
        q = fact.qualifiers
        year = q.get("year") or q.get("since")
        yield _Observation(
            field=field,
            value=fact.value,
            as_of=_year(year),
            source=label,
            order=order,
            quality=quality,
            approximate=q.get("approximate") == "true",
            former=q.get("former") == "true",
            table=q.get("source") == TABLE_SOURCE,
        )


def _year(text: str | None) -> PartialDate | None:
    """A fact's ``year`` or ``since`` qualifier as a date, if it is one."""
    if text is None or not text.isdigit() or not 0 < int(text) <= 9999:
        return None
    return PartialDate(int(text))


def _fact_field(kind: str, q: Mapping[str, str]) -> str | None:
    if kind == "population":
        return _SCOPES.get(q.get("scope", "city"))
    if kind in ("founded", "region"):
        return kind
    if kind == "area":
        return "area.total_km2"
    if kind == "elevation":
        return "elevation_m"
    if kind == "temperature":
        month = q.get("month", "year")
        statistic = q.get("statistic", "mean")
        return f"temperature.{month}" + ("" if statistic == "mean" else f".{statistic}")
    if kind == "precipitation":
        month = q.get("month", "year")
        return f"precipitation.{month}" + (f".{q['form']}" if q.get("form") else "")
    keyed = {"share": "group", "distance": "place", "capacity": "facility", "height": "structure"}
    if kind in keyed and q.get(keyed[kind]):
        return f"{kind}.{q[keyed[kind]]}"
    return None


def _ordered(by_field: dict[str, list[_Observation]]) -> list[str]:
    """The fields in profile order; a per-key field is named one way in every source.

    ``distance.Baikonur Cosmodrome`` and ``distance.Baikonuras kosmodroms`` are one field.
    """
    keyed: dict[tuple[str, str], list[str]] = {}
    for field in list(by_field):
        kind, _, key = field.partition(".")
        if kind in ("distance", "capacity", "height"):
            keyed.setdefault((kind, place_key(key)), []).append(field)
    for fields in keyed.values():
        # English-looking (ASCII) spellings first, then the shortest: stable across orders.
        canonical = min(fields, key=lambda f: (not f.isascii(), len(f), f))
        for field in fields:
            if field != canonical:
                by_field[canonical] = [
                    attrs.evolve(o, field=canonical)
                    for o in by_field[canonical] + by_field.pop(field)
                ]
    fixed = [f for f in FIELDS if f in by_field]
    return fixed + sorted(f for f in by_field if f not in FIELDS)


# --- observations into a claim ----------------------------------------------------------


def _same(field: str) -> Callable[[_Observation, _Observation], bool]:
    """How two observations of ``field`` are told to state the same value."""
    kind = field.partition(".")[0]
    if field == "name":
        return lambda a, b: same_name(str(a.value), str(b.value))
    if field == "region":
        return lambda a, b: region_key(str(a.value)) == region_key(str(b.value))
    if field == "coordinates":
        return _same_position
    if field == "founded":
        return lambda a, b: a.value == b.value
    if kind in ("temperature", "share"):
        return lambda a, b: _dated_alike(a, b) and _close(a.value, b.value, absolute=True)
    return lambda a, b: (
        _dated_alike(a, b)
        and _close(
            a.value,
            b.value,
            relative=APPROXIMATE_TOLERANCE if a.approximate or b.approximate else EXACT_TOLERANCE,
        )
    )


def _same_position(a: _Observation, b: _Observation) -> bool:
    x, y = a.value, b.value
    return (
        isinstance(x, Coordinates)
        and isinstance(y, Coordinates)
        and abs(x.lat - y.lat) <= COORDINATE_TOLERANCE
        and abs(x.lon - y.lon) <= COORDINATE_TOLERANCE
    )


def _dated_alike(a: _Observation, b: _Observation) -> bool:
    # Two counts of different years are a series, not one value said twice.
    return a.as_of is None or b.as_of is None or a.as_of.year == b.as_of.year


def _close(x: object, y: object, *, relative: float = 0.0, absolute: bool = False) -> bool:
    if (
        isinstance(x, str)
        or isinstance(y, str)
        or not isinstance(x, int | float)
        or not isinstance(y, int | float)
    ):
        return x == y
    if absolute:
        return abs(x - y) <= ABSOLUTE_TOLERANCE
    return math.isclose(x, y, rel_tol=relative, abs_tol=1e-9)


def _value_key(value: ClaimValue) -> tuple[str, str]:
    """A total order on values, so that ties never depend on the order of sources."""
    if isinstance(value, Coordinates):
        return ("coordinates", f"{value.lat:.6f},{value.lon:.6f}")
    return (type(value).__name__, repr(value))


def _date_key(date: PartialDate | None) -> tuple[int, ...]:
    return date.sort_key() if date is not None else ()


@attrs.frozen
class _Group:
    members: tuple[_Observation, ...]

    @property
    def sources(self) -> frozenset[str]:
        return frozenset(m.source for m in self.members)

    @property
    def as_of(self) -> PartialDate | None:
        dated = [m.as_of for m in self.members if m.as_of is not None]
        return max(dated, key=_date_key) if dated else None

    @property
    def former(self) -> bool:
        # One source saying the value is a former one is enough to know it.
        return any(m.former for m in self.members)

    @property
    def quality(self) -> int:
        return max(m.quality for m in self.members)

    @property
    def table(self) -> bool:
        # A climate table's row beats a sentence's reading of the same month and statistic.
        return any(m.table for m in self.members)

    def rank(self) -> tuple[object, ...]:
        return (
            not self.former,
            self.as_of is not None,
            _date_key(self.as_of),
            self.table,
            len(self.sources),
            len(self.members),
            self.quality,
        )

    def value(self) -> ClaimValue:
        """The group's value: exact, as most sources give it, from the best source."""
        sources: dict[tuple[str, str], set[str]] = {}
        statements: dict[tuple[str, str], int] = {}
        for m in self.members:
            key = _value_key(m.value)
            sources.setdefault(key, set()).add(m.source)
            statements[key] = statements.get(key, 0) + 1
        best = min(
            self.members,
            key=lambda m: (
                m.approximate,
                -len(sources[_value_key(m.value)]),
                -statements[_value_key(m.value)],
                -m.quality,
                _value_key(m.value),
            ),
        )
        return best.value


def _groups(field: str, observations: Iterable[_Observation]) -> list[_Group]:
    same = _same(field)
    ordered = sorted(
        observations, key=lambda o: (_value_key(o.value), _date_key(o.as_of), o.source)
    )
    groups: list[list[_Observation]] = []
    for observation in ordered:
        for group in groups:
            if all(same(observation, member) for member in group):
                group.append(observation)
                break
        else:
            groups.append([observation])
    return [_Group(tuple(g)) for g in groups]


def _claim(field: str, observations: list[_Observation]) -> Claim:
    groups = _groups(field, observations)
    chosen = max(groups, key=lambda g: (g.rank(), _negated(_value_key(g.value()))))
    value = chosen.value()
    main = [m for m in chosen.members if _value_key(m.value) == _value_key(value)]
    as_of = max((m.as_of for m in main if m.as_of is not None), key=_date_key, default=None)
    alternatives: list[Alternative] = []
    for group in groups:
        if group is chosen:
            alternatives.extend(_alternatives(group, "agrees", skip=value))
        else:
            alternatives.extend(_alternatives(group, _reason(group, chosen), skip=None))
    alternatives.sort(
        key=lambda a: (_REASONS.index(a.reason), _value_key(a.value), _date_key(a.as_of))
    )
    disagreeing = [a for a in alternatives if a.reason in ("minority", "tie")]
    involved = set(chosen.sources).union(*(a.sources for a in disagreeing))
    return Claim(
        field=field,
        value=value,
        as_of=as_of,
        sources=_in_order(chosen.members),
        alternatives=alternatives,
        # A source that contradicts itself says so in its own diagnostics; a conflict
        # is sources disagreeing with each other.
        conflict=bool(disagreeing) and len(involved) > 1,
    )


_REASONS: Final = ("minority", "tie", "table", "older", "undated", "former", "agrees")


def _negated(key: tuple[str, str]) -> tuple[tuple[int, ...], ...]:
    # max() picks the greatest rank; among equals it must pick the *least* value key.
    return tuple(tuple(-ord(ch) for ch in part) for part in key)


def _reason(group: _Group, chosen: _Group) -> str:
    if group.former and not chosen.former:
        return "former"
    if chosen.as_of is not None and group.as_of is None:
        return "undated"
    if (
        chosen.as_of is not None
        and group.as_of is not None
        and _date_key(group.as_of) < _date_key(chosen.as_of)
    ):
        return "older"
    if chosen.table and not group.table:
        return "table"
    return "minority" if len(group.sources) < len(chosen.sources) else "tie"


def _alternatives(group: _Group, reason: str, skip: ClaimValue | None) -> Iterator[Alternative]:
    # One alternative per value: a group never holds one value under two different
    # years (those never agree), so an undated statement of a value is subsumed by a
    # dated one.
    by_value: dict[tuple[str, str], list[_Observation]] = {}
    for m in group.members:
        key = _value_key(m.value)
        if skip is None or key != _value_key(skip):
            by_value.setdefault(key, []).append(m)
    for members in by_value.values():
        dated = [m.as_of for m in members if m.as_of is not None]
        yield Alternative(
            value=members[0].value,
            as_of=max(dated, key=_date_key) if dated else None,
            sources=_in_order(members),
            reason=reason,
        )


def _in_order(members: Iterable[_Observation]) -> tuple[str, ...]:
    seen: dict[str, int] = {}
    for m in members:
        seen.setdefault(m.source, m.order)
    return tuple(sorted(seen, key=seen.__getitem__))


def _show(value: ClaimValue) -> str:
    if isinstance(value, Coordinates):
        return f"{value.lat:.6f}, {value.lon:.6f}"
    return str(value)
