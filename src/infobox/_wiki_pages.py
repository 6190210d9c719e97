"""Settlements and pages of any registered settlement template, in its wiki's conventions.

The machinery behind ``settlements(template=…)`` and ``wikitext_pages(template=…)``
(:mod:`infobox.strategies`). A template is data
(:class:`~infobox.templates.spec.TemplateSpec`), so one writer serves them all:

- **what the template can hold**: a settlement from :func:`~infobox.strategies.settlements`
  keeps only the values whose canonical parameter (the ``{{Infobox settlement}}`` name)
  the template has a parameter for, as :func:`_project` says; the labels the template
  shows stand for the types and titles it has no parameter for (``Страна`` beside
  ``страна``), and the country is read from the subdivisions in the wiki's language,
  as :func:`~infobox.parse_infobox` reads it;
- **how its wiki writes values**: numbers with the wiki's decimal mark and grouping
  (``891,68``, ``1.234,5``, ``3 644 826``), units by the wiki's CLDR symbols (``км²``),
  dates with the wiki's CLDR month names and words (``31 декабря 2018 г.``,
  ``31 de diciembre de 2018``) or day-first numbers (``31.12.2018``), all from
  :func:`infobox.locale.locale_for`; English forms where the wiki has none (eras,
  decades, ``c.``), which every locale reads too;
- **the template's own names**: each canonical parameter under one of the template's
  names for it (the inverse of ``spec.params``), in any order, with the page
  decorations of :func:`~infobox.strategies.wikitext_pages` (refs, comments, blanks,
  unknown parameters, odd spacing).
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from typing import Any, Final

import attrs
from hypothesis import strategies as st

from . import strategies as S
from .locale import Locale, locale_for
from .models import (
    Area,
    Coordinates,
    Establishment,
    Image,
    Leader,
    PartialDate,
    Population,
    Settlement,
    Subdivision,
    Timezone,
)
from .refs import resolved
from .settlement import IMAGE_PARAMS
from .templates.registry import spec_for
from .templates.settlement_params import NAMES
from .templates.spec import TemplateSpec
from .values.countries import country_of
from .values.dates import parse_date
from .values.timezones import offset_from_zone_name, parse_utc_offset

__all__ = ["render_name", "template_pages", "template_settlements"]

_Field = S._Field
_Written = tuple[Settlement, list[_Field]]

#: Plain-text attributes, each under the canonical parameter of its name.
_TEXTS: Final = (
    "name",
    "official_name",
    "settlement_type",
    "nickname",
    "motto",
    "etymology",
    "government_type",
    "postal_code_type",
    "postal_code",
    "area_code_type",
    "area_code",
    "native_name_lang",
    "website",
)
_AREA_KINDS: Final = ("total", "land", "water", "urban", "metro")
_AREA_UNITS: Final = ("km2", "sq_mi", "ha", "acre", "dunam")
#: The legacy coordinate families: (latitude's, longitude's) degrees, minutes, seconds,
#: hemisphere; the decimal pair has degrees only.
_FAMILIES: Final = (
    *S._LEGACY_FAMILIES,
    (("latitude", "", "", ""), ("longitude", "", "", "")),
)


@attrs.frozen(eq=False)
class _Template:
    """One template as the writers need it."""

    spec: TemplateSpec
    locale: Locale
    #: Canonical names the template has a parameter for.
    held: frozenset[str]
    #: Canonical name -> the template's names for it (the inverse of ``spec.params``).
    written: Mapping[str, tuple[str, ...]]
    #: The template's title and redirects that name this spec, the title first.
    names: tuple[str, ...]

    @property
    def wiki(self) -> str:
        return self.spec.wiki or "en"

    @property
    def english(self) -> bool:
        return self.locale.language == "en"


@functools.cache
def _template(name: str) -> _Template:
    spec = spec_for(name)
    if spec is None:
        raise ValueError(f"no settlement template is named {name!r}")
    written: dict[str, list[str]] = {}
    for param, canonical in spec.params.items():
        if not param.isdigit():  # a positional value is written first, not by name
            written.setdefault(canonical, []).append(param)
    if spec.english_params:
        for canonical in NAMES:
            # An English name is itself unless the template maps it to another value.
            if spec.params.get(canonical, canonical) == canonical:
                written.setdefault(canonical, []).insert(0, canonical)
    names = sorted(n for n in spec.names if spec_for(n) is spec)
    names.sort(key=lambda n: n != spec.name)
    return _Template(
        spec=spec,
        locale=locale_for(spec.wiki),
        held=frozenset(written),
        written={k: tuple(v) for k, v in written.items()},
        names=tuple(names),
    )


def render_name(spec: TemplateSpec, canonical: str) -> str:
    """The name :func:`infobox.render.render_infobox` writes ``canonical`` under."""
    for param, mapped in spec.params.items():
        if mapped == canonical:
            return param
    return canonical


# -- what the template can hold ----------------------------------------------------------------


def _suffix(index: int) -> str:
    return str(index) if index else ""


def _flat(s: Settlement, zones_from: int) -> dict[str, Any]:
    """``s``'s values by canonical name (coordinates and citations aside)."""
    flat: dict[str, Any] = {a: getattr(s, a) for a in _TEXTS}
    flat["other_name"] = s.other_names or None
    flat["native_name"] = s.native_names or None
    flat["elevation_m"] = s.elevation_m
    for kind in _AREA_KINDS:
        flat[f"area_{kind}_km2"] = getattr(s.area, f"{kind}_km2")
    p = s.population
    flat |= {
        "population_total": p.total,
        "population_as_of": p.as_of,
        "population_est": p.estimate,
        "pop_est_as_of": p.estimate_as_of,
        "population_rank": p.rank,
        "population_density_km2": p.density_km2,
        "population_urban": p.urban,
        "population_metro": p.metro,
        "population_demonym": p.demonym,
    }
    for sub in s.subdivisions:
        n = _suffix(sub.index)
        flat[f"subdivision_type{n}"], flat[f"subdivision_name{n}"] = sub.type, sub.name
    for event in s.established:
        n = _suffix(event.index)
        flat[f"established_title{n}"] = event.title
        flat[f"established_date{n}"] = (event.date, event.note) if event.date else None
    for office in s.leaders:
        n = _suffix(office.index)
        flat[f"leader_title{n}"], flat[f"leader_name{n}"] = office.title, office.name
    for i, zone in enumerate(s.timezones, zones_from):
        n = _suffix(i)
        flat[f"timezone{n}"], flat[f"utc_offset{n}"] = zone.name, zone.utc_offset
        flat[f"timezone{n}_DST"], flat[f"utc_offset{n}_DST"] = zone.dst_name, zone.dst_utc_offset
    parts = {param: (caption, alt) for param, caption, alt in IMAGE_PARAMS}
    for image in s.images:
        flat[image.param] = image.file
        caption, alt = parts[image.param]
        if caption is not None and image.caption is not None:
            flat[caption] = image.caption
        if alt is not None and image.alt is not None:
            flat[alt] = image.alt
    return {k: v for k, v in flat.items() if v is not None}


def _label_value(param: str, text: str) -> object:
    """A label's text as the reader reads it for ``param``."""
    if param.startswith("utc_offset"):
        return parse_utc_offset(text)[0]
    if param.startswith("established_date"):
        return None
    return text


def _indexes(flat: Mapping[str, Any], *prefixes: str) -> list[tuple[int, str]]:
    found: set[tuple[int, str]] = set()
    for key in flat:
        for prefix in prefixes:
            rest = key[len(prefix) :]
            if key.startswith(prefix) and (rest == "" or (rest.isdigit() and rest[0] != "0")):
                found.add((int(rest or 0), rest))
    return sorted(found)


def _zone_offset(offset: str | None, name: str | None) -> str | None:
    if offset is not None:
        return offset
    return offset_from_zone_name(name) if name is not None else None


def _built(flat: Mapping[str, Any], s: Settlement, t: _Template) -> Settlement:
    """The settlement whose values by canonical name are ``flat``."""
    g = flat.get
    total, as_of = g("population_total"), g("population_as_of")
    if total is None and g("population_est") is not None:
        total, as_of = g("population_est"), g("pop_est_as_of")  # the parser's rule
    density, computed = g("population_density_km2"), s.population.density_computed
    area_total = g("area_total_km2")
    if computed and not (
        t.spec.english_params
        and density is not None
        and total is not None
        and area_total is not None
        and area_total > 0
    ):
        density, computed = None, False  # "auto" is the English template's convention
    elif computed and total is not None and area_total is not None:
        density = total / area_total
    population = Population(
        total=total,
        urban=g("population_urban"),
        metro=g("population_metro"),
        as_of=as_of,
        estimate=g("population_est"),
        estimate_as_of=g("pop_est_as_of"),
        density_km2=density,
        density_computed=computed,
        rank=g("population_rank"),
        demonym=g("population_demonym"),
    )
    subdivisions = []
    for index, n in _indexes(flat, "subdivision_type", "subdivision_name"):
        kind, name = g(f"subdivision_type{n}"), g(f"subdivision_name{n}")
        if kind is not None or name is not None:
            subdivisions.append(Subdivision(index=index, type=kind, name=name))
    events = []
    for index, n in _indexes(flat, "established_title", "established_date"):
        title, dated = g(f"established_title{n}"), g(f"established_date{n}")
        date, note = dated if dated is not None else (None, None)
        if title is not None or date is not None:
            events.append(Establishment(index=index, title=title, date=date, note=note))
    offices = []
    for index, n in _indexes(flat, "leader_title", "leader_name"):
        title, name = g(f"leader_title{n}"), g(f"leader_name{n}")
        if title is not None or name is not None:
            offices.append(Leader(index=index, title=title, name=name))
    zones = []
    for _, n in _indexes(flat, "timezone", "utc_offset"):
        name, dst = g(f"timezone{n}"), g(f"timezone{n}_DST")
        zone = Timezone(
            name=name,
            utc_offset=_zone_offset(g(f"utc_offset{n}"), name),
            dst_name=dst,
            dst_utc_offset=_zone_offset(g(f"utc_offset{n}_DST"), dst),
        )
        if any(v is not None for v in attrs.astuple(zone)):
            zones.append(zone)
    images = []
    for param, caption, alt in IMAGE_PARAMS:
        if param in flat:
            images.append(
                Image(
                    param=param,
                    file=flat[param],
                    caption=g(caption) if caption else None,
                    alt=g(alt) if alt else None,
                )
            )
    built = attrs.evolve(
        s,
        wiki=t.wiki,
        other_names=g("other_name", ()),
        native_names=g("native_name", ()),
        elevation_m=g("elevation_m"),
        area=Area(**{f"{kind}_km2": g(f"area_{kind}_km2") for kind in _AREA_KINDS}),
        population=population,
        subdivisions=tuple(subdivisions),
        established=tuple(events),
        leaders=tuple(offices),
        timezones=tuple(zones),
        images=tuple(images),
    )
    built = attrs.evolve(built, **{a: g(a) for a in _TEXTS})  # type: ignore[arg-type]
    country, code = country_of(built.subdivisions, language=t.locale.language)
    return attrs.evolve(built, country=country, country_code=code)


def _zones_from(t: _Template) -> int:
    """The first time zone's number: 0 (``timezone``) unless the template starts at 1."""
    return 0 if {"timezone", "utc_offset"} & t.held else 1


def _family(t: _Template) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """The legacy coordinate family the template writes, None when it has none."""
    for family in _FAMILIES:
        if family[0][0] in t.held and family[1][0] in t.held:
            return family
    return None


def _hemisphere(t: _Template, key: str) -> str | None:
    """The hemisphere letter a label shows for ``key`` (the template has no parameter)."""
    if not key or key in t.held:
        return None
    return next((x.text for x in t.spec.labels if x.param == key), None)


def _projected_coordinates(t: _Template, c: Coordinates | None) -> Coordinates | None:
    if c is None or "coordinates" in t.held:
        return c
    family = _family(t)
    if family is None:
        return None
    lat, lon = c.lat, c.lon
    for axis, (keys, negative) in enumerate(zip(family, ("SsЮ", "WwЗ"), strict=True)):
        letter = _hemisphere(t, keys[3])
        if letter is not None:  # a label shows the hemisphere: the value lies in it
            value = abs(lat if axis == 0 else lon) * (-1 if letter in negative else 1)
            lat, lon = (value, lon) if axis == 0 else (lat, value)
    if lon == -180.0:
        lon = 180.0
    return attrs.evolve(
        c,
        lat=lat + 0.0,
        lon=lon + 0.0,
        region=c.region if "coordinates_region" in t.held else None,
        display=c.display if "coordinates_display" in t.held else None,
    )


def _holds(t: _Template, key: str) -> bool:
    """Whether the template has a parameter for the value of canonical ``key``."""
    if key.startswith("area_") and key.endswith("_km2"):
        kind = key[len("area_") : -len("_km2")]
        return any(f"area_{kind}_{unit}" in t.held for unit in _AREA_UNITS)
    if key == "elevation_m":
        return bool({"elevation_m", "elevation_ft"} & t.held)
    if key == "population_demonym":
        return bool({"population_demonym", "population_demonyms"} & t.held)
    return key in t.held


def _approximate_year(date: PartialDate) -> PartialDate:
    """An approximate date at its year (a decade or century as it is)."""
    return date if date.span is not None else PartialDate(date.year, approximate=True)


def _project(t: _Template, s: Settlement) -> Settlement:
    """``s`` with only what the template holds, its labels' values, the country re-read.

    A time zone left with nothing is left out and the next ones move up a number: they
    are projected again at their new numbers, until none is left out.
    """
    projected = _project_once(t, s)
    while len(projected.timezones) != len(s.timezones):
        s, projected = projected, _project_once(t, projected)
    return projected


def _project_once(t: _Template, s: Settlement) -> Settlement:
    flat = {k: v for k, v in _flat(s, _zones_from(t)).items() if _holds(t, k)}
    for label in t.spec.labels:
        if label.param not in flat and label.when in flat:
            value = _label_value(label.param, label.text)
            if value is not None:
                flat[label.param] = value
    if not t.english:  # "c. May 283 BC": only English words say it, which a locale may misread
        for key, value in flat.items():
            if key.startswith("established_date") and value[0].approximate:
                flat[key] = (_approximate_year(value[0]), value[1])
            elif key.endswith("as_of") and value.approximate:
                flat[key] = _approximate_year(value)
    projected = _built(flat, s, t)
    coordinates = _projected_coordinates(t, s.coordinates)
    cited = [c for c in s.citations if c.param in t.held]
    return attrs.evolve(projected, coordinates=coordinates, citations=resolved(cited))


@st.composite
def _settlements(draw: st.DrawFn, name: str) -> Settlement:
    t = _template(name)
    s = _project(t, draw(S.settlements()))
    template = t.names[draw(st.integers(0, len(t.names) - 1))]
    # Citations as render_infobox writes them: under the template's names.
    cited = tuple(attrs.evolve(c, param=render_name(t.spec, c.param)) for c in s.citations)
    return attrs.evolve(s, template=template, citations=cited)


def template_settlements(name: str) -> st.SearchStrategy[Settlement]:
    """Settlements that the template titled ``name`` holds, as render_infobox writes them."""
    _template(name)
    return _settlements(name)


# -- numbers and dates in the wiki's conventions --------------------------------------------


def _groups(locale: Locale) -> tuple[str, ...]:
    """The grouping separators a wiki's editors type."""
    found: list[str] = []
    for sep in sorted(locale.group):
        if sep.isspace():
            found += [" ", "&nbsp;", "\u00a0"]
        else:
            found.append(sep)
    return tuple(dict.fromkeys(found))


def _localised(text: str, locale: Locale, group: str | None = None) -> str:
    """Decimal text (``1234.5``) with the locale's decimal mark, grouped by ``group``."""
    if group is not None:
        text = S._grouped(text, "\x00")
    text = text.replace(".", locale.decimal)
    return text.replace("\x00", group) if group is not None else text


def _unit_words(locale: Locale, unit: str) -> tuple[str, ...]:
    """The symbols the wiki writes ``unit`` by (CLDR's), then the English ones."""
    own = sorted(symbol for symbol, canonical in locale.units.items() if canonical == unit)
    return tuple(dict.fromkeys((*own, *S._UNITS[unit].words)))


@st.composite
def _quantity(draw: st.DrawFn, t: _Template, value: float, unit: str) -> str:
    """``value`` in ``unit`` as the wiki writes it: ``891,68``, ``1.234,5 km²``, …."""
    if not t.locale.decimal_comma:
        return draw(S._quantity(value, unit))
    text = S._decimal_text(value)
    kind = draw(st.integers(0, 3))
    convert = S._quantity_convert((value, S._UNITS[unit]))
    if kind == 3 and convert is not None:  # {{convert}} takes English numbers on every wiki
        return draw(convert)
    group = S._pick(draw, _groups(t.locale)) if abs(value) >= 1000 and kind else None
    written = _localised(text, t.locale, group)
    if kind == 2 and not unit.startswith("per_"):
        space = S._pick(draw, (" ", "&nbsp;", ""))
        written += space + S._pick(draw, _unit_words(t.locale, unit))
    return written


@st.composite
def _count(draw: st.DrawFn, t: _Template, n: int) -> str:
    """A head count as the wiki writes it: ``3644826``, ``3 644 826``, ``3.644.826``, …."""
    if not t.locale.decimal_comma:
        return draw(S._forms(S._COUNT_FORMS, n))
    kind = draw(st.integers(0, 3))
    if kind == 0 or n < 1000:
        written = str(n)
    elif kind == 1:
        written = f"{{{{formatnum:{n}}}}}"
    else:
        written = S._grouped(str(n), S._pick(draw, _groups(t.locale)))
    if draw(st.integers(0, 5)) == 5:
        written = S._pick(draw, ("{{{{nowrap|{}}}}}", "{} {{{{increase}}}}")).format(written)
    return written


def _month_names(locale: Locale, month: int) -> tuple[str, ...]:
    return tuple(sorted(n for n, m in locale.months.items() if m == month))


@functools.cache
def _era(locale: Locale, sign: int) -> str | None:
    """The locale's shortest name of the era before (-1) or of (1) the common era.

    Only a name the wiki's date parser reads back (esCLDR's ``a. C.`` is not yet).
    """
    names = sorted((n for n, s in locale.eras.items() if s == sign), key=len)
    for name in names:
        if parse_date(f"5 {name}", locale=locale)[0] == PartialDate(5 * sign):
            return name
    return None


@st.composite
def _local_date(draw: st.DrawFn, t: _Template, date: PartialDate) -> str | None:
    """An exact date in the wiki's words or numbers; None where its locale has no era."""
    locale = t.locale
    y = str(abs(date.year))
    if date.year < 100:  # a year of one or two digits, or before the common era: an era
        era = _era(locale, -1 if date.year < 0 else 1)
        if era is None:
            return None
        y += " " + era
    elif draw(st.booleans()) and locale.year_words:
        word = S._pick(draw, sorted(locale.year_words))
        y += S._pick(draw, (" ", "\u00a0")) + word + S._pick(draw, ("", "."))
    if date.month is None:
        return y
    name = S._pick(draw, _month_names(locale, date.month))
    if draw(st.integers(0, 3)) == 3:
        name = name[:1].upper() + name[1:]
    if date.day is None:
        return f"{name} {y}"
    if locale.order == "dmy" and date.year >= 1000 and draw(st.integers(0, 2)) == 2:
        sep = S._pick(draw, (".", "/", "-"))
        d, m = (date.day, date.month)
        day, month = (f"{d:02d}", f"{m:02d}") if draw(st.booleans()) else (str(d), str(m))
        return f"{day}{sep}{month}{sep}{date.year}"
    return f"{date.day} {name} {y}"


@st.composite
def _dated(draw: st.DrawFn, t: _Template, date: PartialDate, note: str | None = None) -> str:
    """A date (and its note) as the wiki writes it; English where the wiki has no form."""
    text = None
    if not (t.english or date.span is not None or date.approximate):
        text = draw(_local_date(t, date))
    if text is None:
        return draw(S._dated(date, note))
    if note is None:
        return text
    return S._pick(draw, S._note_forms(text, note))


# -- the families, under canonical names -----------------------------------------------------


@st.composite
def _blank(draw: st.DrawFn, t: _Template, *params: str) -> list[_Field]:
    return [f for f in draw(S._blank(*params)) if f.name in t.held]


@st.composite
def _write_texts(draw: st.DrawFn, t: _Template, s: Settlement) -> _Written:
    fields: list[_Field] = []
    for param in (*S._TEXT_PARAMS, *S._CODE_PARAMS):
        value: str | None = getattr(s, param)
        if value is None:
            fields += draw(_blank(t, param))
        elif param in S._CODE_PARAMS:
            fields.append(_Field(param, S._pick(draw, (value, f"{{{{nowrap|{value}}}}}"))))
        else:
            fields.append(_Field(param, draw(S._text(value))))
    for param, items in (("other_name", s.other_names), ("native_name", s.native_names)):
        fields += [_Field(param, draw(S._list(items)))] if items else draw(_blank(t, param))
    if s.website is None:
        fields += draw(_blank(t, "website"))
    else:
        fields.append(_Field("website", draw(S._forms(S._URL_FORMS, s.website))))
    return s, fields


@st.composite
def _write_images(draw: st.DrawFn, t: _Template, s: Settlement) -> _Written:
    return draw(S._write_images(s))


@st.composite
def _legacy(draw: st.DrawFn, t: _Template, c: Coordinates) -> tuple[Coordinates, list[_Field]]:
    """The template's legacy family: the parts it has, hemisphere letters or signs."""
    family = _family(t)
    assert family is not None
    lat_keys, lon_keys = family
    styles = ["degrees"]
    if lat_keys[1] in t.held and lon_keys[1] in t.held:
        styles.append("dm")
        if lat_keys[2] in t.held and lon_keys[2] in t.held:
            styles.append("dms")
    style = S._pick(draw, styles)
    letters = S._pick(draw, S._LEGACY_LETTERS)
    places = draw(st.integers(0, 1))
    fields: list[_Field] = []
    values = []
    for keys, limit, lon, value in ((lat_keys, 90, False, c.lat), (lon_keys, 180, True, c.lon)):
        negative = value < 0
        if style == "degrees":
            d_text, parts = S._decimal_text(abs(value)), ["", ""]
            values.append(value + 0.0)
        else:
            d, m, sec = S._sexagesimal(value, limit, places, style == "dms")
            d_text = str(d)
            parts = [S._decimal_text(m), S._decimal_text(sec) if style == "dms" else ""]
            values.append(S._axis(d, m, sec, negative, lon))
        letter = ""
        if _hemisphere(t, keys[3]) is not None:
            pass  # the label shows the hemisphere, and the value lies in it
        elif keys[3] in t.held and keys[3] and draw(st.booleans()):
            letter = letters[2 * lon + negative]
        elif negative:
            d_text = S._minus(draw) + d_text
        for key, text in zip(keys, (d_text, *parts, letter), strict=True):
            if key and key in t.held and (text or draw(st.booleans())):
                fields.append(_Field(key, text))
    written = attrs.evolve(c, lat=values[0], lon=values[1])
    return written, fields + S._legacy_region(written)


@st.composite
def _write_coordinates(draw: st.DrawFn, t: _Template, s: Settlement) -> _Written:
    c = s.coordinates
    if c is None:
        return s, draw(_blank(t, "coordinates"))
    if "coordinates" in t.held:
        forms = (
            S._COORD_FORMS
            if t.spec.english_params
            else (S._coord_signed, S._coord_letters, S._coord_sexagesimal)
        )
        written, fields = draw(st.one_of([form(c) for form in forms]))
    else:
        written, fields = draw(_legacy(t, c))
    return attrs.evolve(s, coordinates=written), fields


@st.composite
def _write_numbered(draw: st.DrawFn, t: _Template, s: Settlement) -> _Written:
    """Subdivisions, establishments and leaders: what a label shows is not written."""
    fields: list[_Field] = []
    for sub in s.subdivisions:
        n = _suffix(sub.index)
        kind, name = f"subdivision_type{n}", f"subdivision_name{n}"
        if sub.type is not None and kind in t.held:
            fields.append(_Field(kind, draw(S._text(sub.type))))
        if sub.name is not None and name in t.held:
            by_code = S._text_country_code(sub.name)  # a country: by code half the time
            if by_code is not None and draw(st.booleans()):
                fields.append(_Field(name, draw(by_code)))
            else:
                fields.append(_Field(name, draw(S._text(sub.name, (S._text_flag,)))))
    for event in s.established:
        n = _suffix(event.index)
        if event.title is not None and f"established_title{n}" in t.held:
            fields.append(_Field(f"established_title{n}", draw(S._text(event.title))))
        if event.date is not None:
            dated = draw(_dated(t, event.date, event.note))
            fields.append(_Field(f"established_date{n}", dated))
    for office in s.leaders:
        n = _suffix(office.index)
        if office.title is not None and f"leader_title{n}" in t.held:
            fields.append(_Field(f"leader_title{n}", draw(S._text(office.title))))
        if office.name is not None and f"leader_name{n}" in t.held:
            fields.append(_Field(f"leader_name{n}", draw(S._list(office.name.split("; ")))))
    return s, fields


@st.composite
def _write_quantities(draw: st.DrawFn, t: _Template, s: Settlement) -> _Written:
    """Elevation, areas (in a unit the template has), population counts, dates, density."""
    fields: list[_Field] = []
    metres = s.elevation_m
    if metres is None:
        fields += draw(_blank(t, "elevation_m"))
    elif "elevation_m" in t.held:
        fields.append(_Field("elevation_m", draw(_quantity(t, metres, "m"))))
    else:  # feet only: the page's value is the feet converted
        feet = round(metres / float(S._M_PER_FT), 1)
        s = attrs.evolve(s, elevation_m=S._times(feet, S._M_PER_FT))
        fields.append(_Field("elevation_ft", draw(_quantity(t, feet, "ft"))))
    written: dict[str, float] = {}
    for kind in _AREA_KINDS:
        value: float | None = getattr(s.area, f"{kind}_km2")
        if value is None:
            fields += draw(_blank(t, f"area_{kind}_km2"))
            continue
        unit = S._pick(draw, [u for u in _AREA_UNITS if f"area_{kind}_{u}" in t.held])
        if unit == "km2":
            fields.append(_Field(f"area_{kind}_km2", draw(_quantity(t, value, "km2"))))
            continue
        amount = round(S._divided(value, S._KM2_PER[unit]), 2)
        written[f"{kind}_km2"] = S._times(amount, S._KM2_PER[unit])
        fields.append(_Field(f"area_{kind}_{unit}", draw(_quantity(t, amount, unit))))
    s = attrs.evolve(s, area=attrs.evolve(s.area, **written))
    p = s.population
    if p.density_computed and p.total is not None and s.area.total_km2:
        p = attrs.evolve(p, density_km2=p.total / s.area.total_km2)  # of the area as written
        s = attrs.evolve(s, population=p)
    pairs = [("population_est", "pop_est_as_of", p.estimate, p.estimate_as_of)]
    if "population_total" in t.held:
        pairs.insert(0, ("population_total", "population_as_of", p.total, p.as_of))
    elif p.estimate is None:  # a date of no count
        pairs.append(("population_total", "population_as_of", None, p.as_of))
    for count_param, as_of_param, count, date in pairs:
        if count is not None and count_param in t.held:
            fields.append(_Field(count_param, draw(_count(t, count))))
        if date is not None and as_of_param in t.held:
            fields.append(_Field(as_of_param, draw(_dated(t, date))))
    if p.density_computed:
        fields.append(_Field("population_density_km2", S._pick(draw, ("auto", "Auto"))))
    elif p.density_km2 is not None:
        density = draw(_quantity(t, p.density_km2, "per_km2"))
        fields.append(_Field("population_density_km2", density))
    for param, number in (("population_urban", p.urban), ("population_metro", p.metro)):
        if number is not None:
            fields.append(_Field(param, draw(_count(t, number))))
    if p.rank is not None:
        fields.append(_Field("population_rank", draw(S._text(p.rank))))
    if p.demonym is not None:
        options = [n for n in ("population_demonym", "population_demonyms") if n in t.held]
        fields.append(_Field(S._pick(draw, options), draw(S._text(p.demonym))))
    return s, fields


@st.composite
def _write_timezones(draw: st.DrawFn, t: _Template, s: Settlement) -> _Written:
    fields: list[_Field] = []
    for i, zone in enumerate(s.timezones, _zones_from(t)):
        n = _suffix(i)
        for param, name in ((f"timezone{n}", zone.name), (f"timezone{n}_DST", zone.dst_name)):
            if name is not None and param in t.held:
                fields.append(_Field(param, draw(S._text(name))))
        for param, offset in (
            (f"utc_offset{n}", zone.utc_offset),
            (f"utc_offset{n}_DST", zone.dst_utc_offset),
        ):
            if offset is not None and param in t.held:
                fields.append(_Field(param, draw(S._offset(offset))))
    return s, fields


_WRITERS: Final = (
    _write_texts,
    _write_images,
    _write_coordinates,
    _write_numbered,
    _write_quantities,
    _write_timezones,
)


# -- the page ------------------------------------------------------------------------------


@st.composite
def _renamed(
    draw: st.DrawFn, t: _Template, fields: Sequence[_Field], more: Sequence[str]
) -> tuple[list[_Field], dict[str, str]]:
    """Each field under one of the template's names for its canonical name, and the choice."""
    chosen: dict[str, str] = {}
    for name in (*(f.name for f in fields), *more):
        if name not in chosen:
            chosen[name] = S._pick(draw, t.written.get(name, (name,)))
    return [attrs.evolve(f, name=chosen[f.name]) for f in fields], chosen


@st.composite
def _decorated(draw: st.DrawFn, field: _Field, image: bool) -> _Field:
    """:func:`infobox.strategies._decorated`, told whether the field holds an image.

    No maintenance template follows a file name (it is no file); the template's name
    for an image parameter need not start with ``image``.
    """
    if not image:
        return draw(S._decorated(field))
    renamed = draw(S._decorated(attrs.evolve(field, name="image")))
    citations = tuple(attrs.evolve(c, param=field.name) for c in renamed.citations)
    return attrs.evolve(renamed, name=field.name, citations=citations)


#: The parameters :func:`infobox.strategies._with_extras` adds that no value is read from.
_UNKNOWN: Final = frozenset(name for name, _ in S._UNKNOWN_PARAMS)


@st.composite
def _with_extras(draw: st.DrawFn, t: _Template, fields: list[_Field]) -> list[_Field]:
    """Unknown parameters, duplicates, stray pipes; none the template reads a value from."""
    own = {f.name for f in fields}
    return [
        f
        for f in draw(S._with_extras(fields))
        if f.name in own or f.name not in _UNKNOWN or f.name not in t.spec.params
    ]


@st.composite
def _pages(draw: st.DrawFn, name: str) -> tuple[Settlement, str]:
    t = _template(name)
    s = _project(t, draw(S.settlements()))
    fields: list[_Field] = []
    for writer in _WRITERS:
        s, written = draw(writer(t, s))
        fields += written
    fields, chosen = draw(_renamed(t, fields, [c.param for c in s.citations]))
    cited = [attrs.evolve(c, param=chosen[c.param]) for c in s.citations]
    fields = draw(S._with_citations(cited, fields))
    images = {chosen[p] for p, _, _ in IMAGE_PARAMS if p in chosen}
    # A blank parameter that a label waits for stays blank: a ref or {{cn}} in it would
    # make it given, and the label would show.
    whens = {chosen[x.when] for x in t.spec.labels if x.when in chosen}
    fields = draw(
        st.permutations(
            [
                f
                if f.name in whens and not S._COMMENT.sub("", f.value).strip()
                else draw(_decorated(f, f.name in images))
                for f in fields
            ]
        )
    )
    fields = draw(_with_extras(t, fields))
    title = draw(S._template_name(t.names[draw(st.integers(0, len(t.names) - 1))]))
    page = S._pick(draw, S._BEFORE) + draw(S._layout(title, fields)) + draw(S._after(s))
    expected = attrs.evolve(
        s, template=S._COMMENT.sub("", title).strip(), citations=resolved(S._citations_of(fields))
    )
    return expected, page


def template_pages(name: str) -> st.SearchStrategy[tuple[Settlement, str]]:
    """Pairs ``(settlement, page)`` of the template titled ``name``, in its wiki's conventions."""
    _template(name)
    return _pages(name)
