"""How the result models show themselves: a one-line repr, a notebook table, the full repr.

A parsed :class:`~infobox.Settlement` holds every parameter, citation and diagnostic,
so attrs' repr of one runs to kilobytes, and a notebook cell that ends with it prints
a wall. The four result classes — :class:`~infobox.Settlement`,
:class:`~infobox.Article`, :class:`~infobox.Page` and :class:`~infobox.Profile` —
therefore have a repr of one line of at most :data:`REPR_LIMIT` characters
(:func:`short_repr`): the name, a few key values and counts. A long name is cut
with ``…``; the counts are always shown. Settlement and Profile also have
``_repr_html_``, the table a notebook shows (:func:`html_table`).

attrs' full repr stays one call away: ``x.full_repr()`` (or :func:`full_repr`) gives
it, every nested model in full, as attrs writes it. The values themselves, equality,
hashing, pickling and the JSON view (:mod:`infobox.serialize`) do not change.

>>> from infobox import parse_infobox
>>> s = parse_infobox("{{Infobox settlement|name=Jezkazgan|population_total=89,079}}")
>>> s
<Settlement name='Jezkazgan' template='Infobox settlement' population=89079 params=2 diagnostics=0>
>>> s.full_repr()[:51]
"Settlement(template='Infobox settlement', wiki='en'"
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, Final

import attrs

if TYPE_CHECKING:
    from .models import Article, Claim, Page, PartialDate, Profile, Settlement

__all__ = ["HTML_ROWS", "REPR_LIMIT", "full_repr", "html_table", "short_repr"]

#: The longest a short repr gets, in characters, whatever the values.
REPR_LIMIT: Final = 200
#: The most claims an HTML table of a Profile shows; a last row counts the rest.
HTML_ROWS: Final = 40

#: Longest repr of one text value in a short repr (names, templates, countries).
_NAME_CHARS: Final = 40
#: Longest text of one cell of an HTML table, after escaping.
_CELL_CHARS: Final = 200
#: Longest text of one item of a list in a cell, after escaping.
_ITEM_CHARS: Final = 60
#: Most items of a list shown in one cell (subdivisions, sources, other values).
_CELL_ITEMS: Final = 5
_ELLIPSIS: Final = "…"


def short_repr(obj: Settlement | Article | Page | Profile) -> str:
    """A one-line summary of a result, at most :data:`REPR_LIMIT` characters.

    It is what ``repr()`` of a Settlement, Article, Page or Profile gives. Its
    angle brackets say that it is a summary, not code that rebuilds the value
    (:func:`full_repr` is).

    >>> from infobox import Article, Profile
    >>> short_repr(Article(title="Jezkazgan", lang="en"))
    "<Article title='Jezkazgan' lang='en' sections=0 facts=0 diagnostics=0>"
    >>> len(short_repr(Profile(name="x" * 10_000))) <= REPR_LIMIT
    True
    """
    return _by_class(_SHORT, obj)


def full_repr(obj: object) -> str:
    """The repr attrs writes for a model, every nested model in full: ``Settlement(…)``.

    For the four result classes this is what ``repr()`` gave before they had a short
    one; for any other value it is ``repr()``. The text is Python that rebuilds the
    value, given the model classes.

    >>> from infobox import Article, Fact, Profile
    >>> full_repr(Profile(name="Jezkazgan"))
    "Profile(name='Jezkazgan', claims=FrozenMap({}), diagnostics=())"
    >>> full_repr(Article(facts=(Fact(kind="founded", value=1938),)))[:71]
    "Article(title=None, lang='und', sections=(), facts=(Fact(kind='founded'"
    """
    cls = type(obj)
    if attrs.has(cls) and not _is_model(obj, "PartialDate"):  # a PartialDate writes its own
        fields = ", ".join(
            f"{a.name}={full_repr(getattr(obj, a.name))}" for a in attrs.fields(cls) if a.repr
        )
        return f"{cls.__qualname__}({fields})"
    if isinstance(obj, Mapping):
        items = ", ".join(f"{full_repr(k)}: {full_repr(v)}" for k, v in obj.items())
        return f"{{{items}}}" if isinstance(obj, dict) else f"{cls.__qualname__}({{{items}}})"
    if type(obj) is tuple:
        items = ", ".join(full_repr(item) for item in obj)
        return f"({items},)" if len(obj) == 1 else f"({items})"
    return repr(obj)


def html_table(obj: Settlement | Profile) -> str:
    """An HTML table of a Settlement's key values or a Profile's claims, every text escaped.

    It is what a notebook shows for one (``_repr_html_``). A Settlement gives one row
    per value it has; a Profile one row per claim (at most :data:`HTML_ROWS`): the
    value chosen, its date, its sources, whether sources conflict and the other values
    given. Cells are cut at a bounded length, so the table stays small whatever the input.

    >>> from infobox import Settlement
    >>> table = html_table(Settlement(template="Infobox settlement", name="<script>x</script>"))
    >>> "&lt;script&gt;x&lt;/script&gt;" in table, "<script>" in table
    (True, False)
    """
    return _by_class(_HTML, obj)


# The model classes are told apart by name, not by identity: a test run may import
# infobox.models twice (pytest's importlib mode), and this module serves both copies.


def _is_model(obj: object, name: str) -> bool:
    """Whether ``obj`` is an instance of the model class ``name`` (or of a subclass)."""
    return any(c.__name__ == name and c.__module__ == "infobox.models" for c in type(obj).__mro__)


def _by_class(table: Mapping[str, Callable[[Any], str]], obj: object) -> str:
    """Call the function that ``table`` names for ``obj``'s model class."""
    for name, function in table.items():
        if _is_model(obj, name):
            return function(obj)
    raise TypeError(f"expected a Settlement, Article, Page or Profile, got {type(obj).__name__}")


def _position(value: object) -> str | None:
    """``47.7833, 67.7`` for a Coordinates, else None."""
    if not _is_model(value, "Coordinates"):
        return None
    lat, lon = attrs.astuple(value, recurse=False)[:2]  # type: ignore[arg-type]
    return f"{_number(lat)}, {_number(lon)}"


# --- short reprs ------------------------------------------------------------------------


def _cut(text: str, limit: int) -> str:
    """``text`` at most ``limit`` characters long, ending in ``…`` when cut."""
    return text if len(text) <= limit else text[: limit - 1] + _ELLIPSIS


def _quoted(value: object, limit: int = _NAME_CHARS) -> str:
    """``repr(value)`` in at most ``limit`` characters: a long string is cut inside its quotes."""
    shown = repr(value)
    if len(shown) <= limit or not isinstance(value, str):
        return _cut(shown, limit)
    length = limit - 3
    while length > 0:
        shown = repr(value[:length] + _ELLIPSIS)
        if len(shown) <= limit:
            return shown
        length -= len(shown) - limit  # each character cut shortens the repr by one or more
    return _cut(repr(value), limit)


def _number(value: object) -> str:
    """A number as a reader writes it: ``47`` for 47.0, four decimals at most."""
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(round(value, 4))
    if isinstance(value, int) and value.bit_length() > 64:  # str() refuses past 4,300 digits
        return f"{'-' if value < 0 else ''}{value.bit_length()}-bit integer"
    return _cut(str(value), 20)


def _dated(value: object, date: PartialDate | None) -> str:
    return _number(value) if date is None else f"{_number(value)} ({_cut(str(date), 24)})"


def _line(name: str, fields: Iterable[tuple[str, str]], counts: Iterable[tuple[str, int]]) -> str:
    """``<Name k=v … n=1 …>``, the fields cut with ``…`` so that the counts always show."""
    tail = "".join(f" {key}={count}" for key, count in counts) + ">"
    head = f"<{name}" + "".join(f" {key}={value}" for key, value in fields)
    room = REPR_LIMIT - len(tail)
    return _cut(head, room) + tail


def _settlement_fields(s: Settlement) -> list[tuple[str, str]]:
    fields = [("name", _quoted(s.name)), ("template", _quoted(s.template, 30))]
    if (position := _position(s.coordinates)) is not None:
        fields.append(("coordinates", f"({position})"))
    if s.population.total is not None:
        fields.append(("population", _dated(s.population.total, s.population.as_of)))
    if s.country is not None:
        fields.append(("country", _quoted(s.country, 30)))
    return fields


def _settlement_counts(s: Settlement) -> list[tuple[str, int]]:
    return [("params", len(s.params)), ("diagnostics", len(s.diagnostics))]


def _article_fields(a: Article) -> list[tuple[str, str]]:
    return [("title", _quoted(a.title)), ("lang", _quoted(a.lang, 16))]


def _article_counts(a: Article) -> list[tuple[str, int]]:
    return [
        ("sections", len(a.sections)),
        ("facts", len(a.facts)),
        ("diagnostics", len(a.diagnostics)),
    ]


def _page_repr(p: Page) -> str:
    parts = []
    if p.settlement is None:
        parts.append(("settlement", "None"))
    else:
        s = p.settlement
        counts = ", ".join(f"{k}={n}" for k, n in _settlement_counts(s))
        parts.append(("settlement", f"(name={_quoted(s.name, 30)}, {counts})"))
    a = p.article
    counts = ", ".join(f"{k}={n}" for k, n in _article_counts(a))
    parts.append(
        ("article", f"(title={_quoted(a.title, 30)}, lang={_quoted(a.lang, 16)}, {counts})")
    )
    return _line(
        "Page", parts, [("categories", len(p.categories)), ("diagnostics", len(p.diagnostics))]
    )


def _profile_repr(p: Profile) -> str:
    conflicts = [field for field, claim in p.claims.items() if claim.conflict]
    fields = [("name", _quoted(p.name))]
    if conflicts:
        shown = [_quoted(field, 24) for field in conflicts[:3]]
        if len(conflicts) > 3:
            shown.append(f"+{len(conflicts) - 3}")
        fields.append(("conflicts", f"({', '.join(shown)})"))
    sources = {source for claim in p.claims.values() for source in claim.sources}
    counts = [
        ("claims", len(p.claims)),
        ("sources", len(sources)),
        ("diagnostics", len(p.diagnostics)),
    ]
    return _line("Profile", fields, counts)


# --- HTML tables ------------------------------------------------------------------------


class _Html(str):
    """Text that is already HTML, which ``_cell`` leaves as it is (markupsafe's ``Markup``)."""

    __slots__ = ()


def _cell(text: object, limit: int = _CELL_CHARS) -> str:
    """``text`` escaped, in at most ``limit`` characters: cut with ``…`` before escaping."""
    if isinstance(text, _Html):
        return text
    raw = str(text)
    shown = html.escape(raw, quote=True)
    length = len(raw)
    while len(shown) > limit:
        length -= max(1, (len(shown) - limit) // 6)  # one character escapes to at most six
        shown = html.escape(raw[: max(length, 0)] + _ELLIPSIS, quote=True)
    return shown


def _items(texts: Iterable[object], total: int) -> _Html:
    """The first few items, each escaped and cut, joined by ``; ``, and how many more there are."""
    shown = [_cell(text, _ITEM_CHARS) for _, text in zip(range(_CELL_ITEMS), texts, strict=False)]
    more = total - len(shown)
    return _Html("; ".join(shown) + (f"; … {more} more" if more > 0 else ""))


def _table(caption: str, head: Iterable[str], rows: Iterable[Iterable[str]]) -> str:
    """A ``<table>`` of already escaped cells; the first cell of a row is its header."""
    lines = [f"<table><caption>{caption}</caption>"]
    columns = list(head)
    if columns:
        lines.append("<thead><tr>" + "".join(f"<th>{c}</th>" for c in columns) + "</tr></thead>")
    lines.append("<tbody>")
    for row in rows:
        first, *rest = row
        lines.append(
            f'<tr><th style="text-align:left">{first}</th>'
            + "".join(f'<td style="text-align:left">{cell}</td>' for cell in rest)
            + "</tr>"
        )
    lines.append("</tbody></table>")
    return "\n".join(lines)


def _settlement_rows(s: Settlement) -> Iterable[tuple[str, object]]:
    yield "template", s.template if s.wiki is None else f"{s.template} ({s.wiki} wiki)"
    for label, value in (
        ("official name", s.official_name),
        ("type", s.settlement_type),
        ("country", s.country if s.country_code is None else f"{s.country} ({s.country_code})"),
    ):
        if value is not None:
            yield label, value
    if s.subdivisions:
        names = (f"{d.type}: {d.name}" if d.type else f"{d.name}" for d in s.subdivisions)
        yield "subdivisions", _items(names, len(s.subdivisions))
    if (position := _position(s.coordinates)) is not None:
        yield "coordinates", position
    if s.elevation_m is not None:
        yield "elevation", f"{_number(s.elevation_m)} m"
    areas = [
        f"{kind} {_number(value)} km²"
        for kind in ("total", "land", "water", "urban", "metro")
        if (value := getattr(s.area, f"{kind}_km2")) is not None
    ]
    if areas:
        yield "area", ", ".join(areas)
    population = s.population
    for label, count, date in (
        ("population", population.total, population.as_of),
        ("urban population", population.urban, population.as_of),
        ("metro population", population.metro, population.as_of),
        ("population estimate", population.estimate, population.estimate_as_of),
    ):
        if count is not None:
            yield label, _dated(count, date)
    if population.density_km2 is not None:
        computed = " (computed)" if population.density_computed else ""
        yield "density", f"{_number(population.density_km2)} per km²{computed}"
    if s.established:
        events = (f"{e.title or 'established'}: {e.date}" for e in s.established)
        yield "established", _items(events, len(s.established))
    if s.leaders:
        leaders = (f"{x.title}: {x.name}" if x.title else f"{x.name}" for x in s.leaders)
        yield "leaders", _items(leaders, len(s.leaders))
    if s.timezones:
        zones = (
            f"{z.name} ({z.utc_offset})" if z.name and z.utc_offset else f"{z.name or z.utc_offset}"
            for z in s.timezones
        )
        yield "time zone", _items(zones, len(s.timezones))
    for label, value in (
        ("postal code", s.postal_code),
        ("area code", s.area_code),
        ("website", s.website),
    ):
        if value is not None:
            yield label, value
    citations = len(s.citations)
    yield "parameters", f"{len(s.params)} ({citations} citation{'' if citations == 1 else 's'})"
    yield "diagnostics", f"{len(s.diagnostics)}"
    for severity in ("error", "warning", "info"):
        codes: dict[str, int] = {}
        for d in s.diagnostics:
            if d.severity == severity:
                codes[d.code] = codes.get(d.code, 0) + 1
        if codes:
            shown = (f"{code} ×{n}" if n > 1 else code for code, n in codes.items())
            yield f"{severity} ({sum(codes.values())})", _items(shown, len(codes))


def _settlement_table(s: Settlement) -> str:
    caption = f"Settlement <b>{_cell(s.name if s.name is not None else '(no name)')}</b>"
    rows = [(_cell(label), _cell(value)) for label, value in _settlement_rows(s)]
    return _table(caption, (), rows)


def _claim_value(value: object) -> str:
    if (position := _position(value)) is not None:
        return position
    return _number(value) if isinstance(value, int | float) else str(value)


def _others(claim: Claim) -> str:
    others = (
        f"{_claim_value(a.value)}"
        + (f" ({a.as_of})" if a.as_of is not None else "")
        + f": {a.reason}"
        for a in claim.alternatives
    )
    return _items(others, len(claim.alternatives))


def _profile_table(p: Profile) -> str:
    conflicts = sum(claim.conflict for claim in p.claims.values())
    caption = (
        f"Profile <b>{_cell(p.name if p.name is not None else '(no name)', 100)}</b>: "
        f"{len(p.claims)} claims, {conflicts} in conflict"
    )
    rows: list[tuple[str, ...]] = []
    for field, claim in p.claims.items():
        if len(rows) == HTML_ROWS:
            rows.append((_cell(f"… {len(p.claims) - HTML_ROWS} more claims"), "", "", "", "", ""))
            break
        rows.append(
            (
                _cell(field, 100),
                _cell(_claim_value(claim.value), 100),
                _cell("" if claim.as_of is None else claim.as_of),
                _cell(_items(claim.sources, len(claim.sources))),
                "<b>conflict</b>" if claim.conflict else "",
                _cell(_others(claim)),
            )
        )
    head = ("field", "value", "as of", "sources", "conflict", "other values")
    return _table(caption, head, rows)


_SHORT: Final[Mapping[str, Callable[[Any], str]]] = {
    "Settlement": lambda s: _line("Settlement", _settlement_fields(s), _settlement_counts(s)),
    "Article": lambda a: _line("Article", _article_fields(a), _article_counts(a)),
    "Page": _page_repr,
    "Profile": _profile_repr,
}
_HTML: Final[Mapping[str, Callable[[Any], str]]] = {
    "Settlement": _settlement_table,
    "Profile": _profile_table,
}
