"""``render_infobox``: write a Settlement back as canonical ``{{Infobox settlement}}`` wikitext.

The output has one ``| param = value`` line per value, in the order of the
template's documentation, and :func:`infobox.parse_infobox` reads it back to
the same typed values: ``parse_infobox(render_infobox(s))`` equals ``s`` on
every attribute but those listed under *What differs*. Each value is written in
the form the parser reads most plainly:

- numbers in full decimal notation from ``repr``'s shortest digits (``47``,
  ``0.00001``, ``-28.5``), never with thousands separators or an exponent;
- dates in words at their own precision (``20 December 1954``, ``December
  2011``, ``753 BC``, ``AD 43``): ISO ``2011-12`` would read as a range of years
  and ``{{start date}}`` takes no BCE year;
- coordinates as ``{{coord|lat|lon|region:XX|display=…}}`` in signed decimal
  degrees, with no ``region:`` or ``display=`` argument for None; a region
  holding ``_`` (which ``{{coord}}`` reads as a separator) is written with the
  legacy ``latitude``/``longitude``/``coordinates_region`` parameters instead;
- lists (``native_name``, ``other_name``) joined by ``<br />``; a leader's names
  as the one text ``A; B``; the website as ``{{URL|…}}`` (``{{URL|1=…}}`` when it
  holds ``=``); an establishment's note in parentheses after its date, or after
  a comma where its own parentheses would end them early;
- ``population_density_km2 = auto`` where ``density_computed`` is true and
  ``population.total / area.total_km2`` gives exactly ``density_km2``;
- each citation as a ``<ref>`` right after the value of the parameter it names
  (parameters with refs are written in the order of their citations):
  ``<ref name="x">{{Cite web|url=…|title=…|date=…|…}}</ref>`` with every field,
  ``<ref>[url title]</ref>`` for a bare ref, ``<ref name="x" />`` for a reuse and
  for a citation equal to the first one named ``x``; a short citation as
  ``{{sfn|author|…|year|p=…}}`` (no ref) or ``<ref>{{harvnb|…}}</ref>``. A
  citation in a parameter that holds no written value gets a line holding only
  its refs (``| pushpin_map = <ref>…</ref>``), which reads as unset.

Plain text is escaped so that the parser reads back exactly the text: ``<``,
``[``, ``]``, ``{``, ``}``, ``|``, an ``&`` that would start a character
reference, and every apostrophe of a run of two or more (bold and italic marks)
become character references (``&lt;``, ``&#91;``, ``&#39;``, …), which the
parser decodes after it has read the markup. Where more is needed: ``=`` in a
``{{coord}}`` region (it would name the argument), ``:`` in a bare ref's title
(no link may start there) and a space in a bare ref's URL (it would end it).

**What differs after a round trip.**

- ``params`` holds the parameters written here, with their raw text and offsets
  in the rendering; ``diagnostics`` are the rendering's own (a line holding only
  refs may give ``value.unrendered`` or ``image.not-a-file``).
- A cite template's ``fields`` gain ``url``, ``title`` and ``date`` where the
  citation sets them and ``fields`` lacks them (they are written as fields); a
  short citation's gain ``p`` where it sets ``pages`` and ``fields`` has no page.
- A reuse (only ``param`` and ``name``) whose name another citation defines reads
  back with that citation's fields, as :func:`infobox.refs.resolved` gives them.
- A longitude of -180 reads back as 180, the parser's one spelling of that meridian.
- ``density_computed`` true with a density that ``auto`` would not compute is
  written as the number, and reads back false.

**What cannot be expressed.** :class:`RenderError` (a ``ValueError``) names the
attribute, for values that no infobox text reads back, none of which
:func:`~infobox.parse_infobox` gives:

- text that is empty or not white-space normalised (white space at either end,
  a run of it, or any white space but U+0020: the parser collapses it) —
  names, list items, notes, captions, regions, URLs; a cite field may be empty;
- a ``template`` that is not a settlement infobox's name, or holds markup;
- numbers that are not finite or need more than 50 digits written out (beyond
  about 1e50, or non-zero below about 1e-49); negative counts, areas and
  densities (an elevation may be negative);
- a population ``estimate`` with no ``total`` (the parser reads a lone
  ``population_est`` as the total too);
- a ``website`` that is not a URL (``javascript:void(0)``, plain words): the
  parser reads only a URL from ``website``, ``{{URL}}``'s argument included;
- a UTC offset not in the parser's form (``+HH:MM``, minutes 00, 15, 30 or 45,
  -12:00 to +14:00); an offset of None where the zone's name states one (the
  parser reads it from the name); a time zone with nothing set;
- subdivisions, establishments and leaders with nothing set, or whose indexes
  are not increasing from 0; a ``country`` or ``country_code`` other than the
  subdivisions give (both are read from them); an establishment's note without a date, or a note
  the date parser reads otherwise (bare punctuation, the date itself again, an
  age such as ``5 years ago``);
- images out of the parser's order of image parameters (``image_skyline``,
  ``image``, ``image_flag``, …), twice the same or an unknown parameter, a
  caption or alt where the parameter has none, or ``image`` and
  ``image_skyline`` with different captions or alt texts (they share
  ``image_caption`` and ``image_alt``);
- citations of one parameter that are not next to each other; a citation's
  parameter name that no line reads back — white space at either end, ``|`` or
  ``=``, an unpaired ``{{``, ``}}`` or ``{{{``, a table's ``{|``, an unclosed
  ``<ref>``, an HTML comment, a heading on a line of its own (broken markup can
  give some: ``{{|}}=`` names a parameter ``}}``) — or after which its refs read
  back otherwise (one opening an external link, ``[http://a``, inside which no
  link is read); each such line is read back before it is written; a
  ref name holding both
  kinds of quote or starting or ending with one; a cite template whose name does
  not start with ``cite`` or ``citation``, or holds ``|``, ``{{`` or ``}}``; a
  field named by a number (it would be positional); ``url``, ``title`` or
  ``date`` other than ``fields`` gives; a bare ref (``template`` None) with a
  date or fields. Every ref is read back before it is written, so a citation
  that would come back otherwise raises rather than changes.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Final

import attrs

from .errors import InfoboxError, InputTypeError
from .locale import Locale, locale_for
from .models import (
    Citation,
    Coordinates,
    Establishment,
    Image,
    Leader,
    PartialDate,
    Settlement,
    Subdivision,
    Timezone,
)
from .names import normalize_title
from .refs import SHORT_FOOTNOTES, SHORT_REF_TEMPLATES, is_reuse, resolved
from .settlement import IMAGE_PARAMS, parse_infobox
from .templates.registry import spec_for
from .templates.spec import TemplateSpec
from .values.countries import country_of
from .values.dates import format_date, parse_date
from .values.numbers import parse_count, parse_number
from .values.timezones import offset_from_zone_name, parse_utc_offset

__all__ = ["RenderError", "render_infobox"]


class RenderError(InfoboxError, ValueError):
    """A settlement holds a value that no infobox text reads back as that value.

    ``attribute`` names it as a path into the settlement (``population.total``,
    ``subdivisions[1].name``, ``citations[0].url``); ``value`` is the value and
    ``reason`` says why it cannot be written.

    >>> err = RenderError("population.total", -5, "a count cannot be negative")
    >>> isinstance(err, ValueError), err.attribute, err.value
    (True, 'population.total', -5)
    >>> str(err)
    'population.total = -5 cannot be rendered: a count cannot be negative'
    """

    def __init__(self, attribute: str, value: object, reason: str) -> None:
        self.attribute = attribute
        self.value = value
        self.reason = reason
        super().__init__(f"{attribute} = {value!r} cannot be rendered: {reason}")


# -- escaping ------------------------------------------------------------------------

_ENTITIES: Final = {
    "<": "&lt;",
    "[": "&#91;",
    "]": "&#93;",
    "{": "&#123;",
    "}": "&#125;",
    "|": "&#124;",
}
#: What the parser would read as markup: an entity's "&", a character of _ENTITIES,
#: a run of apostrophes (bold or italic).
_SPECIAL = re.compile(r"&(?=(?:#[xX]?)?[0-9A-Za-z]+;)|[<\[\]{}|]|'{2,}")
#: What a template's name cannot hold.
_MARKUP = re.compile(r"[|{}\[\]<>=\n]|^\s|\s$")
#: What would end or split a template's name written raw (an "=" is part of it).
_NAME_SPLITS = re.compile(r"\||\{\{|\}\}|<!--|^\s|\s$")
_CITE_PREFIX = re.compile(r"(?:cite|citation)", re.IGNORECASE)
_MAX_DIGITS: Final = 50
#: The reason given for a citation's parameter that no line can name.
_UNWRITABLE_NAME: Final = "no parameter line reads back as this name"
#: The reason given for a parameter whose name changes how the refs after it read.
_REF_MISREAD_NAME: Final = "a ref in a parameter of this name reads back otherwise"

#: ``(parameter, value)`` lines, in the order they are written.
Lines = list[tuple[str, str]]


def _special(match: re.Match[str]) -> str:
    found = match[0]
    if found == "&":
        return "&amp;"
    if found[0] == "'":
        return "&#39;" * len(found)
    return _ENTITIES[found]


def _normalised(attribute: str, value: str, *, empty: bool = False) -> str:
    if not value and not empty:
        raise RenderError(attribute, value, "empty text reads back as unset (None)")
    if " ".join(value.split()) != value:
        raise RenderError(
            attribute, value, "the parser collapses white space; write single spaces only"
        )
    return value


def _escape(value: str) -> str:
    """Escape plain text so that the parser reads exactly it back."""
    return _SPECIAL.sub(_special, value)


def _text(attribute: str, value: str, *, empty: bool = False) -> str:
    return _escape(_normalised(attribute, value, empty=empty))


def _positional(attribute: str, value: str) -> str:
    """Plain text as a template's positional argument: ``=`` would name it."""
    return _text(attribute, value).replace("=", "&#61;")


def _raw_name(attribute: str, value: str) -> str:
    """A template's name, written as it is: nothing in it may end it."""
    if not value or _NAME_SPLITS.search(value):
        raise RenderError(attribute, value, "a template's name cannot hold '|', '{{' or '}}'")
    return value


# -- values --------------------------------------------------------------------------


def _decimal(value: float) -> str:
    """``repr``'s shortest digits written out without an exponent."""
    text = format(Decimal(repr(value)), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def _number(attribute: str, value: float) -> str:
    if not math.isfinite(value):
        raise RenderError(attribute, value, "only finite numbers can be written")
    text = _decimal(float(value))
    if sum(c.isdigit() for c in text) > _MAX_DIGITS:
        raise RenderError(attribute, value, f"it needs more than {_MAX_DIGITS} digits")
    found, _ = parse_number(text)
    if found is None or found.value != value:  # the reading is the parser's to define
        raise RenderError(attribute, value, f"{text!r} does not read back as this number")
    return text


def _not_negative(attribute: str, value: float | None) -> float | None:
    """``value``, unless it is negative: the parser reads no negative area or density."""
    if value is not None and value < 0:
        raise RenderError(attribute, value, "an area or density cannot be negative")
    return value


def _count(attribute: str, value: int) -> str:
    if value < 0:
        raise RenderError(attribute, value, "a count cannot be negative")
    text = str(value)
    if len(text) > _MAX_DIGITS:
        raise RenderError(attribute, value, f"it has more than {_MAX_DIGITS} digits")
    if parse_count(text)[0] != value:  # the reading is the parser's to define
        raise RenderError(attribute, value, f"{text!r} does not read back as this count")
    return text


def _date(attribute: str, date: PartialDate, note: str | None = None) -> str:
    written = format_date(date)
    if note is None:
        return written
    _normalised(attribute.replace(".date", ".note"), note)
    # In parentheses unless the note closes them early; then after a comma.
    for candidate in (f"{written} ({note})", f"{written}, {note}"):
        if parse_date(candidate)[:2] == (date, note):
            return _escape(candidate)
    raise RenderError(
        attribute.replace(".date", ".note"), note, "the date parser reads this note differently"
    )


def _coordinates(coordinates: Coordinates) -> Lines:
    """``{{coord}}`` in signed decimal degrees, or the legacy decimal parameters.

    A region holding ``_`` takes the legacy ones: {{coord}} reads ``_`` as the
    separator of its coordinate parameters.
    """
    lat, lon = _decimal(coordinates.lat), _decimal(coordinates.lon)
    region, display = coordinates.region, coordinates.display
    if region is not None and "_" in region:
        lines = [("latitude", lat), ("longitude", lon)]
        lines.append(("coordinates_region", _text("coordinates.region", region)))
        if display is not None:
            lines.append(("coordinates_display", _text("coordinates.display", display)))
        return lines
    parts = [lat, lon]
    if region is not None:
        parts.append("region:" + _positional("coordinates.region", region))
    if display is not None:
        parts.append("display=" + _text("coordinates.display", display))
    return [("coordinates", "{{coord|" + "|".join(parts) + "}}")]


def _offset(attribute: str, offset: str | None, zone: str | None) -> str | None:
    if offset is None:
        if zone is not None and offset_from_zone_name(zone) is not None:
            raise RenderError(
                attribute, offset, f"the zone's name {zone!r} states an offset the parser reads"
            )
        return None
    if parse_utc_offset(offset) != (offset, ()):
        raise RenderError(attribute, offset, "an offset is written +HH:MM, as the parser gives it")
    return offset


def _website(url: str) -> str:
    text = _text("website", url)
    written = "{{URL|" + ("1=" if "=" in text else "") + text + "}}"
    # {{URL}}'s argument passes the parser's URL check; reading it back applies it.
    if parse_infobox(f"{{{{Infobox settlement\n| website = {written}\n}}}}").website != url:
        raise RenderError("website", url, "the parser reads only a URL from website")
    return written


# -- the parameters, in the template's documented order ---------------------------------

_IMAGE_ORDER: Final = {param: i for i, (param, _, _) in enumerate(IMAGE_PARAMS)}
_FILE_PREFIX = re.compile(r"^\s*(?:file|image)\s*:", re.IGNORECASE)


class _Writer:
    """Collects the ``(parameter, value)`` lines of one settlement."""

    def __init__(self) -> None:
        self.lines: Lines = []

    def add(self, param: str, value: str | None) -> None:
        if value is not None:
            self.lines.append((param, value))

    def text(self, param: str, attribute: str, value: str | None) -> None:
        if value is not None:
            self.add(param, _text(attribute, value))

    def items(self, param: str, attribute: str, values: Sequence[str]) -> None:
        if values:
            self.add(
                param,
                "<br />".join(_text(f"{attribute}[{i}]", v) for i, v in enumerate(values)),
            )

    def number(self, param: str, attribute: str, value: float | None) -> None:
        if value is not None:
            self.add(param, _number(attribute, value))

    def count(self, param: str, attribute: str, value: int | None) -> None:
        if value is not None:
            self.add(param, _count(attribute, value))


def _check_indexes(attribute: str, indexes: Iterable[int]) -> None:
    last = -1
    for i, index in enumerate(indexes):
        if index <= last:
            raise RenderError(
                f"{attribute}[{i}].index", index, "indexes must be ints from 0 up, increasing"
            )
        last = index


def _suffix(index: int) -> str:
    return str(index) if index else ""


def _image_lines(images: Sequence[Image]) -> dict[str, Lines]:
    """The image lines, grouped as the documentation places them: skyline, emblems, maps."""
    groups: dict[str, Lines] = {"skyline": [], "emblems": [], "maps": []}
    shared: dict[str, str | None] = {}
    last = -1
    for i, image in enumerate(images):
        where = f"images[{i}]"
        position = _IMAGE_ORDER.get(image.param, -1)
        if position <= last:
            raise RenderError(
                f"{where}.param",
                image.param,
                "images are image parameters, in the parser's order, once each",
            )
        last = position
        param, caption_param, alt_param = IMAGE_PARAMS[position]
        group = "maps" if "map" in param else "skyline" if position < 2 else "emblems"
        lines = groups[group]
        file = _text(f"{where}.file", image.file)
        lines.append((param, "File:" + file if _FILE_PREFIX.match(image.file) else file))
        for part_param, part, value in (
            (caption_param, "caption", image.caption),
            (alt_param, "alt", image.alt),
        ):
            if part_param is None:
                if value is not None:
                    raise RenderError(f"{where}.{part}", value, f"{param} has no {part}")
            elif part_param not in shared:
                shared[part_param] = value
                if value is not None:
                    lines.append((part_param, _text(f"{where}.{part}", value)))
            elif shared[part_param] != value:
                raise RenderError(
                    f"{where}.{part}", value, "image and image_skyline share their caption and alt"
                )
    # image_caption and image_alt come after both skyline images.
    groups["skyline"].sort(key=lambda line: line[0] in ("image_caption", "image_alt"))
    return groups


def _body(s: Settlement) -> Lines:
    w = _Writer()
    w.text("name", "name", s.name)
    w.text("official_name", "official_name", s.official_name)
    w.items("native_name", "native_names", s.native_names)
    w.text("native_name_lang", "native_name_lang", s.native_name_lang)
    w.items("other_name", "other_names", s.other_names)
    w.text("settlement_type", "settlement_type", s.settlement_type)
    images = _image_lines(s.images)
    w.lines.extend(images["skyline"])
    w.lines.extend(images["emblems"])
    w.text("etymology", "etymology", s.etymology)
    w.text("nickname", "nickname", s.nickname)
    w.text("motto", "motto", s.motto)
    w.lines.extend(images["maps"])
    if s.coordinates is not None:
        w.lines.extend(_coordinates(s.coordinates))
    _numbered(w, s)
    _area_and_population(w, s)
    _timezones(w, s.timezones)
    w.text("postal_code_type", "postal_code_type", s.postal_code_type)
    w.text("postal_code", "postal_code", s.postal_code)
    w.text("area_code_type", "area_code_type", s.area_code_type)
    w.text("area_code", "area_code", s.area_code)
    if s.website is not None:
        w.add("website", _website(s.website))
    return w.lines


def _check_country(s: Settlement) -> None:
    """``country`` and ``country_code`` are read from the subdivisions: they must agree.

    They are read in the language of the template's wiki (its words for "country").
    """
    spec = spec_for(normalize_title(s.template)) if s.template else None
    language = locale_for(spec.wiki if spec is not None else None).language
    derived = country_of(s.subdivisions, language=language)
    if (s.country, s.country_code) != derived:
        raise RenderError(
            "country",
            (s.country, s.country_code),
            f"country and country_code are read from the subdivisions, which give {derived}",
        )


def _numbered(w: _Writer, s: Settlement) -> None:
    _check_indexes("subdivisions", (x.index for x in s.subdivisions))
    for i, sub in enumerate(s.subdivisions):
        _need_any(f"subdivisions[{i}]", sub, (sub.type, sub.name))
        n = _suffix(sub.index)
        w.text(f"subdivision_type{n}", f"subdivisions[{i}].type", sub.type)
        w.text(f"subdivision_name{n}", f"subdivisions[{i}].name", sub.name)
    _check_country(s)
    _check_indexes("established", (x.index for x in s.established))
    for i, event in enumerate(s.established):
        _established(w, i, event)
    w.text("government_type", "government_type", s.government_type)
    _check_indexes("leaders", (x.index for x in s.leaders))
    for i, leader in enumerate(s.leaders):
        _need_any(f"leaders[{i}]", leader, (leader.title, leader.name))
        n = _suffix(leader.index)
        w.text(f"leader_title{n}", f"leaders[{i}].title", leader.title)
        w.text(f"leader_name{n}", f"leaders[{i}].name", leader.name)


def _need_any(
    attribute: str, value: Subdivision | Establishment | Leader | Timezone, parts: Iterable[object]
) -> None:
    if all(part is None for part in parts):
        raise RenderError(attribute, value, "an entry with nothing set is not read back")


def _established(w: _Writer, i: int, event: Establishment) -> None:
    where = f"established[{i}]"
    _need_any(where, event, (event.title, event.date))
    n = _suffix(event.index)
    w.text(f"established_title{n}", f"{where}.title", event.title)
    if event.date is None:
        if event.note is not None:
            raise RenderError(f"{where}.note", event.note, "a note needs a date")
        return
    w.add(f"established_date{n}", _date(f"{where}.date", event.date, event.note))


def _area_and_population(w: _Writer, s: Settlement) -> None:
    area, population = s.area, s.population
    for kind in ("total", "land", "water", "urban", "metro"):
        value = getattr(area, f"{kind}_km2")
        w.number(f"area_{kind}_km2", f"area.{kind}_km2", _not_negative(f"area.{kind}_km2", value))
    w.number("elevation_m", "elevation_m", s.elevation_m)
    w.count("population_total", "population.total", population.total)
    if population.as_of is not None:
        w.add("population_as_of", _date("population.as_of", population.as_of))
    if population.estimate is not None and population.total is None:
        raise RenderError(
            "population.estimate",
            population.estimate,
            "with no population_total the parser reads the estimate as the total too",
        )
    w.count("population_est", "population.estimate", population.estimate)
    if population.estimate_as_of is not None:
        w.add("pop_est_as_of", _date("population.estimate_as_of", population.estimate_as_of))
    w.text("population_rank", "population.rank", population.rank)
    density = population.density_km2
    if density is not None:
        _not_negative("population.density_km2", density)
        total, area_total = population.total, area.total_km2
        auto = (
            population.density_computed
            and total is not None
            and area_total is not None
            and area_total > 0
            and total / area_total == density
        )
        w.add(
            "population_density_km2",
            "auto" if auto else _number("population.density_km2", density),
        )
    w.count("population_urban", "population.urban", population.urban)
    w.count("population_metro", "population.metro", population.metro)
    w.text("population_demonym", "population.demonym", population.demonym)


def _timezones(w: _Writer, timezones: Sequence[Timezone]) -> None:
    for i, zone in enumerate(timezones):
        where = f"timezones[{i}]"
        _need_any(where, zone, (zone.name, zone.utc_offset, zone.dst_name, zone.dst_utc_offset))
        n = _suffix(i)
        w.text(f"timezone{n}", f"{where}.name", zone.name)
        w.add(f"utc_offset{n}", _offset(f"{where}.utc_offset", zone.utc_offset, zone.name))
        w.text(f"timezone{n}_DST", f"{where}.dst_name", zone.dst_name)
        w.add(
            f"utc_offset{n}_DST",
            _offset(f"{where}.dst_utc_offset", zone.dst_utc_offset, zone.dst_name),
        )


# -- citations -----------------------------------------------------------------------


def _ref_attributes(where: str, citation: Citation) -> str:
    if citation.name is None:
        return ""
    name = citation.name
    quote = "'" if '"' in name else '"'
    if not name:
        raise RenderError(f"{where}.name", name, "an empty ref name reads back as none")
    if quote in name or name[0] in "'\"" or name[-1] in "'\"":
        raise RenderError(
            f"{where}.name", name, "a quoted ref name cannot hold both quotes or end in one"
        )
    return f" name={quote}{name}{quote}"


def _is_short(template: str | None) -> bool:
    return (
        template is not None
        and normalize_title(template).casefold() in SHORT_FOOTNOTES | SHORT_REF_TEMPLATES
    )


def _ref(i: int, citation: Citation) -> str:
    where = f"citations[{i}]"
    attributes = _ref_attributes(where, citation)
    if _is_short(citation.template):
        body: str | None = _short(where, citation)
    elif citation.template is None:
        body = _bare_ref(where, citation)
    else:
        body = _cite(where, citation)
    if body is not None and normalize_title(citation.template or "").casefold() in SHORT_FOOTNOTES:
        text = body  # {{sfn}} makes its own footnote
    else:
        text = f"<ref{attributes} />" if body is None else f"<ref{attributes}>{body}</ref>"
    # The rules above are what the parser needs; reading the ref back proves them.
    found = parse_infobox(f"{{{{Infobox settlement\n| ref = {text}\n}}}}").citations
    expected = attrs.evolve(_expected(citation), param="ref")
    if found != (expected,):
        raise RenderError(where, citation, f"{text!r} reads back as {found!r}")
    return text


def _expected(citation: Citation) -> Citation:
    """The citation as a rendering reads it back: a cite template's fields complete."""
    if citation.template is None:
        return citation
    if _is_short(citation.template):
        has_page = any(key in citation.fields for key in ("p", "page", "pp", "pages"))
        if citation.pages is None or has_page:
            return citation
        return attrs.evolve(citation, fields={**citation.fields, "p": citation.pages})
    extra = {
        key: value
        for key, value in (
            ("url", citation.url),
            ("title", citation.title),
            ("date", citation.date),
        )
        if value is not None
    }
    return Citation(
        param=citation.param,
        name=citation.name,
        template=citation.template,
        url=citation.url,
        title=citation.title,
        date=citation.date,
        fields={**citation.fields, **extra},
    )


def _bare_ref(where: str, citation: Citation) -> str | None:
    if citation.date is not None or citation.fields:
        raise RenderError(where, citation, "a bare ref (no template) has no date or fields")
    title = None
    if citation.title is not None:
        title = _text(f"{where}.title", citation.title).replace(":", "&#58;")
    if citation.url is None:
        return title
    # A space would end the link's URL; as a character reference it is part of it.
    url = _text(f"{where}.url", citation.url).replace(" ", "&#32;")
    return f"[{url} {title}]" if title is not None else f"[{url}]"


def _short(where: str, citation: Citation) -> str:
    """``{{sfn|author1|…|year|p=…}}`` (or ``{{harvnb|…}}``): authors and year positional."""
    template = _raw_name(f"{where}.template", citation.template or "")
    parts = [template]
    authors = citation.author.split("; ") if citation.author is not None else []
    parts += [_positional(f"{where}.author", a) for a in authors]
    if citation.year is not None:
        parts.append(_positional(f"{where}.year", citation.year))
    fields = dict(_expected(citation).fields)
    for key, value in fields.items():
        if key.isascii() and key.isdigit() and key[0] != "0" and len(key) < 6:
            raise RenderError(f"{where}.fields", key, "a field named by a number is positional")
        parts.append(f"{key}={_text(f'{where}.fields[{key!r}]', value, empty=True)}")
    return "{{" + "|".join(parts) + "}}"


def _cite(where: str, citation: Citation) -> str:
    template = _raw_name(f"{where}.template", citation.template or "")
    if not _CITE_PREFIX.match(template):
        raise RenderError(
            f"{where}.template", template, "a cite template's name starts with cite or citation"
        )
    fields = dict(citation.fields)
    for key, value in (("url", citation.url), ("title", citation.title), ("date", citation.date)):
        current = fields.get(key)
        if value is None:
            if current:
                raise RenderError(f"{where}.{key}", value, f"fields gives the {key} {current!r}")
        elif current is None:
            fields[key] = value
        elif current != value:
            raise RenderError(f"{where}.{key}", value, f"fields gives the {key} {current!r}")
    parts = [template]
    for key, value in fields.items():
        if key.isascii() and key.isdigit() and key[0] != "0" and len(key) < 6:
            raise RenderError(f"{where}.fields", key, "a field named by a number is positional")
        parts.append(f"{key}={_text(f'{where}.fields[{key!r}]', value, empty=True)}")
    return "{{" + "|".join(parts) + "}}"


def _place_citations(lines: Lines, citations: Sequence[Citation]) -> Lines:
    """Append each citation's ref to its parameter's value, ordered as the citations are.

    A reuse written before the ref that defines its name is written as that ref, and
    the definition as the reuse: the parser reads both the same either way, and so the
    text of a settlement read back renders as the first text did.
    """
    citations = resolved(citations)
    groups: dict[str, list[str]] = {}
    last = None
    defined: dict[str, Citation] = {}  # each ref name's first definition, as read back
    for i, citation in enumerate(citations):
        param = citation.param
        if param != last and param in groups:
            raise RenderError(
                f"citations[{i}].param",
                param,
                "the citations of one parameter must be next to each other",
            )
        name = citation.name
        first = defined.get(name) if name is not None else None
        if first is not None and attrs.evolve(first, param=param) == _expected(citation):
            # The same ref again: a reuse, which the parser reads as the first definition.
            groups.setdefault(param, []).append(
                f"<ref{_ref_attributes(f'citations[{i}]', citation)} />"
            )
        else:
            groups.setdefault(param, []).append(_ref(i, citation))
            if name is not None and first is None and not is_reuse(citation):
                defined[name] = _expected(citation)
        last = param
    written = {param for param, _ in lines}
    extra = [param for param in groups if param not in written]
    for param in extra:
        others = "".join(ref for other, refs in groups.items() if other != param for ref in refs)
        _check_name(param, "".join(groups[param]), citations, others)
    lines = lines + [(param, "") for param in extra]
    # The parameters with refs keep their places among the lines, taken in citation order.
    values = dict(lines)
    slots = [i for i, (param, _) in enumerate(lines) if param in groups]
    for slot, param in zip(slots, groups, strict=True):
        lines[slot] = (param, values[param] + "".join(groups[param]))
    return lines


def _check_name(param: str, refs: str, citations: Sequence[Citation], others: str = "") -> None:
    """Check that a line ``| param = refs`` reads back as ``param`` and its refs, by reading it.

    A line follows it, so that a name that would swallow the lines after it (an
    unpaired ``{{``) is caught too. The refs were each read back alone; a name
    can still change how they read (``[http://a`` opens a link, and no link is
    read inside it), so they are read again after it. ``others``, the refs of the
    other parameters, go on a last line: a reuse (``<ref name=x />``) reads as the
    ref that defines its name, wherever that is.
    """
    last = f"| others = {others}\n" if others else ""
    parsed = parse_infobox(f"{{{{Infobox settlement\n| {param} = {refs}\n| after = 1\n{last}}}}}")
    i = next(i for i, citation in enumerate(citations) if citation.param == param)
    names = [param, "after", "others"] if others else [param, "after"]
    if (
        list(parsed.params) != names
        or parsed.params["after"].raw != "1"
        or (others and parsed.params["others"].raw != others.strip())
    ):
        raise RenderError(f"citations[{i}].param", param, _UNWRITABLE_NAME)
    expected = tuple(_expected(c) for c in resolved(citations) if c.param == param)
    if tuple(c for c in parsed.citations if c.param == param) != expected:
        raise RenderError(f"citations[{i}].param", param, _REF_MISREAD_NAME)


def _template(name: str) -> TemplateSpec:
    spec = spec_for(normalize_title(name)) if name else None
    if spec is None or _MARKUP.search(name):
        raise RenderError("template", name, "not the name of a settlement infobox")
    return spec


#: The canonical parameters written as decimal numbers (``_number``).
_DECIMALS: Final = frozenset(
    {f"area_{kind}_km2" for kind in ("total", "land", "water", "urban", "metro")}
    | {"elevation_m", "population_density_km2"}
)
#: Legacy coordinate parameters for a template with no ``coordinates``: the degrees of
#: each axis and the parameters of their hemispheres ("" where the family has none).
_LEGACY_FAMILIES: Final = (
    (("latitude", ""), ("longitude", "")),
    (("lat_deg", "lat_dir"), ("lon_deg", "lon_dir")),
    (("latd", "latNS"), ("longd", "longEW")),
)


def _date_in(attribute: str, date: PartialDate, note: str | None, locale: Locale) -> str:
    """A date (and its note) that the wiki's date parser reads back as it.

    English words first, which most wikis' parsers read too; where the locale reads
    them otherwise (trwiki's ``May`` is a month of its own, and ``May 283 BC`` would be
    283 with the note ``BC``), the wiki's month name and era (``mayıs 283 mö``).
    """
    sign = -1 if date.year < 0 else 1
    eras = sorted((n for n, s in locale.eras.items() if s == sign), key=len)
    years = [f"{abs(date.year)} {era}" for era in eras] if date.year < 100 else [str(date.year)]
    local = []
    for y in years:
        if date.month is None or date.span is not None or date.approximate:
            break
        month = max((n for n, m in locale.months.items() if m == date.month), key=len)
        local.append(f"{month} {y}" if date.day is None else f"{date.day} {month} {y}")
    for written in dict.fromkeys((format_date(date), *local)):
        candidates = [written] if note is None else [f"{written} ({note})", f"{written}, {note}"]
        for candidate in candidates:
            if note is not None:
                _normalised(attribute.replace(".date", ".note"), note)
            if parse_date(candidate, locale=locale)[:2] == (date, note):
                return _escape(candidate)
    raise RenderError(attribute, date, f"no date text reads back as it in {locale.language}")


_ZONE: Final = re.compile(r"^(timezone|utc_offset)([0-9]*)(?=_DST$|$)")


def _zones_in_template(spec: TemplateSpec, held: set[str], s: Settlement, lines: Lines) -> Lines:
    """Zones numbered from 1 where the template's are; no offset the zone's name states.

    A template that has no parameter for an offset gets none where the zone's name
    states it (the parser reads it from the name).
    """
    shift = 0 if {"timezone", "utc_offset"} & held else 1
    result: Lines = []
    for param, value in lines:
        match = _ZONE.match(param)
        if match is None:
            result.append((param, value))
            continue
        index = int(match[2] or 0)
        param = f"{match[1]}{index + shift or ''}{param[match.end() :]}"
        if match[1] == "utc_offset" and param not in held:
            zone = s.timezones[index]
            name = zone.dst_name if param.endswith("_DST") else zone.name
            if name is not None and offset_from_zone_name(name) == value:
                continue  # the parser reads it from the name
        result.append((param, value))
    return result


def _in_conventions(spec: TemplateSpec, s: Settlement, lines: Lines) -> Lines:
    """The canonical lines as the template's wiki writes them, where its parser needs it.

    Decimal numbers take the wiki's decimal mark (``891,68``: under a decimal comma
    ``1.234`` is a thousand and more). Dates stay in English words, which most wikis'
    date parsers read too, unless the wiki's reads them otherwise (:func:`_date_in`).
    Coordinates go into the template's legacy parameters
    (decimal degrees, signed or with the hemisphere) when it has no ``coordinates``;
    time zones are numbered from 1 where the template's are, and an offset that the
    zone's name states needs no parameter.
    """
    locale = locale_for(spec.wiki)
    held = {*spec.params.values()}
    dates: dict[str, tuple[str, PartialDate | None, str | None]] = {
        "population_as_of": ("population.as_of", s.population.as_of, None),
        "pop_est_as_of": ("population.estimate_as_of", s.population.estimate_as_of, None),
    }
    for i, event in enumerate(s.established):
        where = f"established[{i}].date"
        dates[f"established_date{_suffix(event.index)}"] = (where, event.date, event.note)
    result: Lines = []
    for param, value in lines:
        attribute, date, note = dates.get(param, ("", None, None))
        if date is not None and locale.language != "en":
            value = _date_in(attribute, date, note, locale)
        if param in _DECIMALS and value != "auto" and locale.decimal_comma:
            written = value.replace(".", locale.decimal)
            read, _ = parse_number(written, locale=locale)
            if read is None or read != parse_number(value)[0]:
                raise RenderError(param, value, f"{written!r} does not read back in {spec.wiki}")
            value = written
        result.append((param, value))
    if not spec.english_params:
        result = _zones_in_template(spec, held, s, result)
    c = s.coordinates
    if c is None or spec.english_params or "coordinates" in held:
        return result
    result = [
        line
        for line in result
        if line[0] not in ("coordinates", "latitude", "longitude", "coordinates_region")
        and line[0] != "coordinates_display"
    ]
    family = next((f for f in _LEGACY_FAMILIES if f[0][0] in held and f[1][0] in held), None)
    if family is None:
        raise RenderError("coordinates", c, f"{{{{{spec.name}}}}} has no parameter for them")
    for (degrees, hemisphere), axis, letters in zip(
        family, (c.lat, c.lon), ("NS", "EW"), strict=True
    ):
        text = _decimal(abs(axis))
        shown = next((x.text for x in spec.labels if x.param == hemisphere), None)
        if hemisphere and hemisphere in held:
            result.append((degrees, text))
            result.append((hemisphere, letters[axis < 0]))
        elif shown is not None:
            if shown != letters[axis < 0] and axis != 0:
                raise RenderError(
                    "coordinates", c, f"{{{{{spec.name}}}}} shows the hemisphere {shown}"
                )
            result.append((degrees, text))
        else:
            result.append((degrees, _decimal(axis)))
    for param, part in (("coordinates_region", c.region), ("coordinates_display", c.display)):
        if part is not None:
            result.append((param, _text(f"coordinates.{param[12:]}", part)))
    return result


def _in_template(spec: TemplateSpec, lines: Lines) -> Lines:
    """The canonical lines under the names ``spec``'s template gives them.

    A line the template takes as itself (English names) stays; another goes under the
    template's first parameter for it; a type or title the template shows as its label
    for a value written here is left out (the label gives it back). Anything else has no
    place in the template: :class:`RenderError`.
    """
    if spec.english_params and not spec.params:
        return lines
    own: dict[str, str] = {}
    for written, canonical in spec.params.items():
        own.setdefault(canonical, written)
    given = {param for param, _ in lines}
    labels = {label.param: label for label in spec.labels}
    result: Lines = []
    for param, value in lines:
        label = labels.get(param)
        if label is not None and label.when in given and value == _escape(label.text):
            continue
        if param in own:
            result.append((own[param], value))
        elif spec.english_params and spec.canonical(param) == param:
            result.append((param, value))
        else:
            raise RenderError(param, value, f"{{{{{spec.name}}}}} has no parameter for {param}")
    return result


def render_infobox(settlement: Settlement) -> str:
    """Write ``settlement`` as ``{{Infobox settlement}}`` wikitext that reads back the same.

    ``parse_infobox(render_infobox(s))`` has the typed values of ``s``; the
    module docstring lists what differs (``params``, ``diagnostics``, …) and
    what cannot be written, for which :class:`RenderError` is raised.

    >>> from infobox import Coordinates, PartialDate, Population, Settlement, parse_infobox
    >>> s = Settlement(
    ...     template="Infobox settlement",
    ...     name="Jezkazgan",
    ...     coordinates=Coordinates(lat=47.783333, lon=-67.7, region="KZ"),
    ...     population=Population(total=89079, as_of=PartialDate(2023)),
    ... )
    >>> print(render_infobox(s))
    {{Infobox settlement
    | name = Jezkazgan
    | coordinates = {{coord|47.783333|-67.7|region:KZ}}
    | population_total = 89079
    | population_as_of = 2023
    }}
    >>> back = parse_infobox(render_infobox(s))
    >>> (back.name, back.coordinates, back.population) == (s.name, s.coordinates, s.population)
    True

    Anything but a :class:`~infobox.Settlement` raises :class:`~infobox.InputTypeError`
    (a ``TypeError``):

    >>> render_infobox({"name": "Jezkazgan"})
    Traceback (most recent call last):
    ...
    infobox.errors.InputTypeError: expected Settlement, got dict
    """
    if not isinstance(settlement, Settlement):
        raise InputTypeError(settlement, expected="Settlement")
    spec = _template(settlement.template)
    header = "{{" + settlement.template
    lines = _in_conventions(spec, settlement, _body(settlement))
    lines = _place_citations(_in_template(spec, lines), settlement.citations)
    return "\n".join([header, *(f"| {param} = {value}" for param, value in lines), "}}"])
