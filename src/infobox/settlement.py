"""``parse_infobox``: find the settlement infobox and turn its parameters into a Settlement.

The pipeline: :func:`infobox.scan.locate` finds the infobox's extent in one
linear pass; :func:`infobox.scan.prepare` repairs mangled tags and neutralises
unclosed markup without changing the slice's length; mwparserfromhell parses
only that slice; each parameter family is then read by the value parsers in
:mod:`infobox.values`. Every parameter is kept raw with offsets into the input.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Iterable, Mapping
from typing import Final, TypeVar

import attrs
import mwparserfromhell
from mwparserfromhell.nodes import Tag, Template
from mwparserfromhell.wikicode import Wikicode

from .diagnostics import make
from .errors import InputTypeError, NoInfoboxError
from .lead import lead_titles
from .models import (
    Area,
    Citation,
    Coordinates,
    Diagnostic,
    Establishment,
    FrozenMap,
    Image,
    Leader,
    Param,
    PartialDate,
    Population,
    Settlement,
    Subdivision,
    Timezone,
)
from .names import is_settlement_template, normalize_title, same_name
from .refs import (
    SHORT_FOOTNOTES,
    citation_nodes,
    citations_from,
    named_definitions,
    ref_key,
    resolve_reuses,
    reuses,
)
from .scan import Located, locate, prepare
from .templates import settlement_params
from .text import (
    Rendered,
    args_plain,
    external_links,
    find_templates,
    plain,
    render,
    template_key,
    unknown_flag_codes,
)
from .values.coordinates import COORD_TEMPLATES, coordinates_from_coord, coordinates_from_legacy
from .values.countries import country_of
from .values.dates import parse_date
from .values.numbers import parse_count, parse_number
from .values.timezones import offset_from_zone_name, parse_utc_offset
from .values.units import (
    area_to_km2,
    density_to_km2,
    is_area_unit,
    length_to_m,
    parse_quantity,
    quantity_from_convert,
)

__all__ = ["parse_infobox"]

T = TypeVar("T")

_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.DOTALL)
_COORD_KEYS: Final = frozenset(name.casefold() for name in COORD_TEMPLATES)
_CONVERT_KEYS: Final = frozenset({"convert", "cvt"})
_URL_KEYS: Final = frozenset({"url", "official url", "official website", "official site"})
#: Templates that show a value the live template reads from Wikidata: nothing is missing.
_WIKIDATA_KEYS: Final = frozenset({"official url", "official website", "wikidata", "wdib"})
_LEGACY_COORDS: Final = (
    "latd",
    "latm",
    "lats",
    "latNS",
    "longd",
    "longm",
    "longs",
    "longEW",
    "lat_deg",
    "lat_min",
    "lat_sec",
    "lat_dir",
    "lon_deg",
    "lon_min",
    "lon_sec",
    "lon_dir",
    "latitude",
    "longitude",
    "coordinates_region",
    "coordinates_display",
)
#: Older infoboxes' names for the legacy family, read as the names they stand for.
_LEGACY_ALIASES: Final = {
    "lat_d": "latd",
    "lat_m": "latm",
    "lat_s": "lats",
    "lat_NS": "latNS",
    "long_d": "longd",
    "long_m": "longm",
    "long_s": "longs",
    "long_EW": "longEW",
}
#: A stated density may differ from population / area by this factor (docs/model.md).
_DENSITY_TOLERANCE: Final = 1.25
_AREA_UNITS: Final = (
    ("km2", "km2"),
    ("sq_mi", "sqmi"),
    ("ha", "ha"),
    ("acre", "acre"),
    ("dunam", "dunam"),
)
# The template reads exactly subdivision_type, subdivision_type1, …: no "0", "01" or "١".
_INDEX = r"(?P<index>(?:[1-9][0-9]*)?)"
_NUMBERED = re.compile(rf"^(?P<family>[a-z_]+?)_(?P<part>title|type|name|date){_INDEX}$")
_TIMEZONE = re.compile(rf"^(?P<field>timezone|utc_offset){_INDEX}(?P<dst>_DST)?$")
#: The image parameters in the order they are read, with their caption and alt
#: parameters (docs/model.md, "Image"); the renderer and the strategies use it too.
IMAGE_PARAMS: Final = (
    ("image_skyline", "image_caption", "image_alt"),
    ("image", "image_caption", "image_alt"),
    ("image_flag", None, "flag_alt"),
    ("image_seal", None, "seal_alt"),
    ("image_shield", None, "shield_alt"),
    ("image_blank_emblem", None, "blank_emblem_alt"),
    ("image_map", "map_caption", "map_alt"),
    ("image_map1", "map_caption1", "map_alt1"),
    ("image_dot_map", "dot_map_caption", None),
)
_FILE_PREFIX = re.compile(r"^\s*(?:file|image)\s*:\s*", re.IGNORECASE)
_FILE_LINK = re.compile(r"^\s*:?\s*(?:file|image|media)\s*:", re.IGNORECASE)
_URL = re.compile(r"^(?:https?:)?//\S+$|^[\w.-]+\.[a-z]{2,}(?:/\S*)?$", re.IGNORECASE)


def _without_refs(code: Wikicode) -> Wikicode:
    """A copy of ``code`` with its ``<ref>`` tags (at any depth) taken out.

    >>> str(_without_refs(mwparserfromhell.parse("a.kz<ref>[https://b.kz]</ref>")))
    'a.kz'
    """
    copy = mwparserfromhell.parse(str(code))
    for tag in copy.filter_tags(recursive=True):
        if str(tag.tag).strip().lower() == "ref":
            with contextlib.suppress(ValueError):  # inside a ref already taken out
                copy.remove(tag)
    return copy


def parse_infobox(text: str) -> Settlement:
    """Find the first settlement infobox in ``text`` and read it into a :class:`Settlement`.

    Raises :class:`~infobox.NoInfoboxError` when there is none, and
    :class:`~infobox.InputTypeError` (a ``TypeError``) when ``text`` is not a ``str``.

    >>> s = parse_infobox('''{{Infobox settlement
    ... | name = Jezkazgan
    ... | coordinates = {{coord|47|47|N|67|42|E}}
    ... | population_total = 89,079 | population_as_of = 2023
    ... }}''')
    >>> s.name, round(s.coordinates.lat, 4), s.population.total, str(s.population.as_of)
    ('Jezkazgan', 47.7833, 89079, '2023')
    >>> s.params["population_total"].raw
    '89,079'
    """
    if not isinstance(text, str):
        raise InputTypeError(text)
    # A lone CR (old Mac OS) ends a line as LF does, and as long: offsets hold.
    original = text
    if "\r" in text:
        text = _LONE_CR.sub("\n", text)
    located = locate(text)
    if located is None:
        raise NoInfoboxError(length=len(text))
    settlement = _Reader(text, located).settlement()
    return settlement if text is original else _as_written(settlement, original)


_LONE_CR: Final = re.compile(r"\r(?!\n)")


def _as_written(settlement: Settlement, original: str) -> Settlement:
    """``settlement`` with each parameter's ``raw`` as ``original`` writes it (its lone CRs)."""
    params = {
        name: attrs.evolve(param, raw=original[param.start : param.end])
        for name, param in settlement.params.items()
    }
    return attrs.evolve(settlement, params=params)


class _Reader:
    """Reads one located infobox; holds the per-parameter state of one parse."""

    def __init__(self, text: str, located: Located) -> None:
        self.text = text
        self.located = located
        self.diagnostics: list[Diagnostic] = []
        self.params: dict[str, Param] = {}
        self.codes: dict[str, Wikicode] = {}
        self.rendered: dict[str, Rendered] = {}
        self.restore: dict[str, str] = {}
        self.unrendered: set[str] = set()
        self.land_km2: float | None = None  # for the density check

    # -- parameters -----------------------------------------------------------------

    def settlement(self) -> Settlement:
        template = self._parse_template()
        name = (
            normalize_title(_COMMENT.sub("", self.located.name))
            if template is None
            else (_COMMENT.sub("", str(template.name)).strip())
        )
        if template is not None:
            self._read_params(template)
            self._place_diagnostics()
        area = self.area()
        settlement = Settlement(
            template=name or self.located.name,
            name=self.line("name"),
            official_name=self.line("official_name"),
            other_names=self.items("other_name"),
            native_names=self.items("native_name"),
            native_name_lang=self.line("native_name_lang"),
            settlement_type=self.line("settlement_type"),
            nickname=self.line("nickname"),
            motto=self.line("motto"),
            etymology=self.line("etymology"),
            coordinates=self.coordinates(),
            elevation_m=self.length("elevation"),
            area=area,
            population=self.population(area.total_km2),
            subdivisions=self.subdivisions(),
            established=self.established(),
            leaders=self.leaders(),
            government_type=self.line("government_type"),
            timezones=self.timezones(),
            postal_code=self.line("postal_code"),
            postal_code_type=self.line("postal_code_type"),
            area_code=self.line("area_code"),
            area_code_type=self.line("area_code_type"),
            website=self.website(),
            images=self.images(),
            citations=self.citations(),
            params=FrozenMap(self.params),
            diagnostics=(),
        )
        settlement = self.with_country(settlement)
        self.check_names(settlement)
        self.check_unknown_params()
        return attrs.evolve(settlement, diagnostics=tuple(self.diagnostics))

    def _parse_template(self) -> Template | None:
        located = self.located
        prepared = prepare(self.text, located.start, located.end)
        self.diagnostics.extend(located.diagnostics)
        self.diagnostics.extend(prepared.diagnostics)
        self.restore = dict(prepared.restore)
        # prepare() guarantees one template spanning the text, closed by "}}" when cut off.
        source = prepared.text if located.terminated else prepared.text + "}}"
        # MediaWiki splits template arguments before it reads bold and italic quotes;
        # mwparserfromhell reading them can swallow a following '|', so it does not.
        code = mwparserfromhell.parse(source, skip_style_tags=True)
        node = code.nodes[0] if code.nodes else None
        if isinstance(node, Template) and is_settlement_template(str(node.name)):
            return node
        self.diagnostics.append(
            make(
                "infobox.unparseable",
                f"the infobox at offset {located.start} could not be read as a template; "
                "no parameters were taken from it",
                start=located.start,
                end=located.end,
            )
        )
        return None

    def _read_params(self, template: Template) -> None:
        # mwparserfromhell keeps every character, so offsets follow from the lengths
        # of the pieces: "{{" name ("|" [key "="] value)* "}}".
        pos = self.located.start + 2 + len(str(template.name))
        for param in template.params:
            pos += 1
            if param.showkey:
                pos += len(str(param.name)) + 1
            value = str(param.value)
            start, end = pos, pos + len(value)
            pos = end
            start += len(value) - len(value.lstrip())
            end -= len(value) - len(value.rstrip())
            end = max(start, min(end, len(self.text)))
            name = _restored(_COMMENT.sub("", str(param.name)), self.restore).strip()
            if not param.showkey and _COMMENT.sub("", value).strip():
                self.diagnostics.append(
                    make(
                        "param.positional",
                        f"a value with no parameter name was given as parameter {name}: "
                        f"{_excerpt(self.text[start:end])}",
                        param=name,
                        start=start,
                        end=end,
                    )
                )
            rendered = render(param.value, self.restore)
            previous = self.params.pop(name, None)
            if previous is not None:
                self.diagnostics.append(
                    make(
                        "param.duplicate",
                        f"{name} is given more than once; the value at offset {start} wins over "
                        f"the earlier one at offset {previous.start}: {_excerpt(previous.raw)}",
                        param=name,
                        start=previous.start,
                        end=previous.end,
                    )
                )
            self.params[name] = Param(
                name=name,
                raw=self.text[start:end],
                text=rendered.plain,
                links=rendered.links,
                start=start,
                end=end,
            )
            # A repeated name moves to its last place, as in params, so that citations
            # (read in this order) follow the text.
            self.codes.pop(name, None)
            self.rendered.pop(name, None)
            self.codes[name] = param.value
            self.rendered[name] = rendered
            self.report(name, rendered.diagnostics)  # e.g. {{start date|1998|4|31}}

    def _place_diagnostics(self) -> None:
        """Name the parameter in which each located diagnostic (a repaired tag) lies."""
        spans = sorted((p.start, p.end, p.name) for p in self.params.values())
        for i, diagnostic in enumerate(self.diagnostics):
            if diagnostic.param is not None or diagnostic.start is None:
                continue
            for start, end, name in spans:
                if start <= diagnostic.start < max(end, start + 1):
                    self.diagnostics[i] = attrs.evolve(diagnostic, param=name)
                    break

    # -- helpers --------------------------------------------------------------------

    def given(self, name: str) -> bool:
        """Whether ``name`` holds anything besides white space and comments."""
        param = self.params.get(name)
        return param is not None and bool(_COMMENT.sub("", param.raw).strip())

    def line(self, name: str | None) -> str | None:
        """The plain text of ``name``, None when unset; reports values that render to nothing.

        ``name`` None stands for a parameter that is not there (not the parameter named "").
        """
        param = self.params.get(name) if name is not None else None
        if name is None or param is None:
            return None
        if (
            not param.text
            and name not in self.unrendered
            and self.given(name)
            and not self.rendered[name].diagnostics  # said why already
        ):
            self.unrendered.add(name)
            code = self.codes[name]
            if not find_templates(code, _WIKIDATA_KEYS) and not _only_files(code):
                self.report(
                    name,
                    [
                        make(
                            "value.unrendered",
                            f"{name} holds only markup that is not read as text "
                            f"({_excerpt(param.raw)}); it was taken as unset",
                        )
                    ],
                )
        return param.text or None

    def items(self, name: str | None) -> tuple[str, ...]:
        rendered = self.rendered.get(name) if name is not None else None
        return rendered.items if rendered is not None else ()

    def report(self, name: str, found: Iterable[Diagnostic]) -> None:
        """Attach value-parser diagnostics to the parameter they came from."""
        param = self.params[name]
        for diagnostic in found:
            self.diagnostics.append(
                attrs.evolve(
                    diagnostic,
                    param=name,
                    start=param.start,
                    end=param.end,
                )
            )

    def read(
        self, name: str, parse: Callable[[str], tuple[T | None, tuple[Diagnostic, ...]]]
    ) -> T | None:
        text = self.line(name)
        if text is None:
            return None
        value, found = parse(text)
        self.report(name, found)
        return value

    def number(self, name: str) -> float | None:
        """The plain number in ``name`` (``quantity`` reads a {{convert}} and its unit)."""
        found = self.read(name, parse_number)
        return found.value if found is not None else None

    def quantity(self, name: str, unit: str) -> tuple[float, str] | None:
        """A number and its unit: from a {{convert}} inside the value, else the suffix's unit."""
        if name not in self.params:
            return None
        for template in find_templates(self.codes[name], _CONVERT_KEYS):
            positional, named = args_plain(template, self.restore)
            result, found = quantity_from_convert(positional, named)
            self.report(name, found)
            if result is not None and result[1] != unit:
                self.report(
                    name,
                    [
                        make(
                            "units.mismatch",
                            f"{name} holds a {{{{convert}}}} in {result[1]}, not {unit}; "
                            f"the template's unit was used",
                        )
                    ],
                )
            return result
        return self.written(name, unit)

    def written(self, name: str, unit: str) -> tuple[float, str] | None:
        """A number and the unit written after it (``1.2 km``), else the suffix's unit."""
        found = self.read(name, parse_quantity)
        if found is None:
            return None
        value, given = found
        if given is None:
            return value, unit
        if given != unit:
            self.report(
                name,
                [
                    make(
                        "units.mismatch",
                        f"{name} is written in {given}, not {unit}; the written unit was used",
                    )
                ],
            )
        return value, given

    # -- families -------------------------------------------------------------------

    def coordinates(self) -> Coordinates | None:
        from_coord: Coordinates | None = None
        if "coordinates" in self.params:
            templates = find_templates(self.codes["coordinates"], _COORD_KEYS)
            if templates:
                positional, named = args_plain(templates[0], self.restore)
                from_coord, found = coordinates_from_coord(positional, named)
                self.report("coordinates", found)
            elif self.given("coordinates") and not find_templates(
                self.codes["coordinates"], _WIKIDATA_KEYS
            ):
                self.report(
                    "coordinates",
                    [
                        make(
                            "coordinates.unparseable",
                            f"coordinates holds no {{{{coord}}}} template: "
                            f"{_excerpt(self.params['coordinates'].raw)}",
                        )
                    ],
                )
        written = {key: key for key in _LEGACY_COORDS} | _LEGACY_ALIASES
        legacy: dict[str, str] = {}
        where: dict[str, str] = {}
        for param, key in written.items():
            text = self.line(param)
            if text is not None and key not in legacy:
                legacy[key], where[key] = text, param
        from_legacy: Coordinates | None = None
        if any(key not in ("coordinates_region", "coordinates_display") for key in legacy):
            from_legacy, found = coordinates_from_legacy(legacy)
            first = next(iter(where.values()))
            for diagnostic in found:  # param names the legacy key a diagnostic is about
                self.report(where.get(diagnostic.param or "", first), [diagnostic])
        if (
            from_coord is not None
            and from_legacy is not None
            and (
                abs(from_coord.lat - from_legacy.lat) > 1e-3
                or abs(from_coord.lon - from_legacy.lon) > 1e-3
            )
        ):
            self.report(
                "coordinates",
                [
                    make(
                        "coordinates.conflict",
                        f"{{{{coord}}}} gives {from_coord.lat:.5f}, {from_coord.lon:.5f} "
                        "but the legacy "
                        f"latd/longd parameters give {from_legacy.lat:.5f}, {from_legacy.lon:.5f}; "
                        "the {{coord}} value was used",
                    )
                ],
            )
        return from_coord if from_coord is not None else from_legacy

    def length(self, prefix: str) -> float | None:
        """A length in metres from ``<prefix>_m`` or, failing that, ``<prefix>_ft``."""
        metres = self.converted(f"{prefix}_m", "m", length_to_m)
        feet = self.converted(f"{prefix}_ft", "ft", length_to_m)
        if metres is not None and feet is not None and not _close(metres, feet, 0.02):
            self.report(
                f"{prefix}_ft",
                [
                    make(
                        "units.disagree",
                        f"{prefix}_m is {metres:g} m but {prefix}_ft is {feet / 0.3048:g} ft "
                        f"({feet:.1f} m); the metric value was used",
                    )
                ],
            )
        return metres if metres is not None else feet

    def converted(
        self,
        name: str,
        unit: str,
        convert: Callable[[float, str], float | None],
        *,
        signed: bool = True,
    ) -> float | None:
        """``name``'s quantity in the unit ``convert`` gives, or None with a diagnostic.

        ``signed`` False: a negative quantity (an area) is None with ``number.negative``.
        """
        quantity = self.quantity(name, unit)
        if quantity is None:
            return None
        value, given = quantity
        result = convert(value, given)
        if result is None:
            self.report(
                name,
                [
                    make(
                        "number.unparseable",
                        f"{name} is given in {given!r}, which cannot be converted to the "
                        f"parameter's unit ({unit})",
                    )
                ],
            )
        elif result < 0 and not signed:
            self.report(name, [make("number.negative", f"{name} is negative ({value:g})")])
            return None
        return result

    def area_of(self, kind: str) -> float | None:
        values = [
            (
                f"area_{kind}_{suffix}",
                self.converted(f"area_{kind}_{suffix}", unit, area_to_km2, signed=False),
            )
            for suffix, unit in _AREA_UNITS
        ]
        given = [(name, value) for name, value in values if value is not None]
        if len(given) > 1 and not _close(given[0][1], given[1][1], 0.02):
            self.report(
                given[1][0],
                [
                    make(
                        "units.disagree",
                        f"{given[0][0]} ({given[0][1]:g} km²) and "
                        f"{given[1][0]} ({given[1][1]:g} km² "
                        f"after conversion) do not agree; {given[0][0]} was used",
                    )
                ],
            )
        return given[0][1] if given else None

    def area(self) -> Area:
        area = Area(
            total_km2=self.area_of("total"),
            land_km2=self.area_of("land"),
            water_km2=self.area_of("water"),
            urban_km2=self.area_of("urban"),
            metro_km2=self.area_of("metro"),
        )
        self.land_km2 = area.land_km2
        if area.total_km2 is not None:
            for kind, value in (("land", area.land_km2), ("water", area.water_km2)):
                if value is not None and value > area.total_km2 * 1.0001:
                    name = next(
                        f"area_{kind}_{s}"
                        for s, _ in _AREA_UNITS
                        if f"area_{kind}_{s}" in self.params
                    )
                    self.report(
                        name,
                        [
                            make(
                                f"area.{kind}-exceeds-total",
                                f"the {kind} area ({value:g} km²) is larger than the total area "
                                f"({area.total_km2:g} km²); both were kept as written",
                            )
                        ],
                    )
        return area

    def count(self, name: str) -> int | None:
        """A head count; small text after it (``8,913 <small>2011</small>``) is a note.

        The small text is read as if it were in brackets, as a source usually is.
        """
        code = self.codes.get(name)
        if code is None or not _SMALL_KEYS & _small_keys(code):
            return self.read(name, parse_count)
        if self.line(name) is None:
            return None
        value, found = parse_count(plain(_small_as_brackets(code), self.restore))
        self.report(name, found)
        return value

    def population(self, area_km2: float | None) -> Population:
        total = self.count("population_total")
        as_of = self.date("population_as_of")
        estimate = self.count("population_est")
        estimate_as_of = self.date("pop_est_as_of")
        if total is None and estimate is not None:
            # With no (readable) census total the estimate is the total, dated as the
            # estimate; docs/model.md. The estimate fields are filled either way.
            total, as_of = estimate, estimate_as_of
        density, computed = self.density(total, area_km2)
        return Population(
            total=total,
            urban=self.count("population_urban"),
            metro=self.count("population_metro"),
            as_of=as_of,
            estimate=estimate,
            estimate_as_of=estimate_as_of,
            density_km2=density,
            density_computed=computed,
            rank=self.line("population_rank"),
            demonym=self.line("population_demonym") or self.line("population_demonyms"),
        )

    def density(self, total: int | None, area: float | None) -> tuple[float | None, bool]:
        for name, per in (("population_density_km2", "km2"), ("population_density_sq_mi", "sqmi")):
            text = self.line(name)
            if text is None:
                continue
            if text.strip().casefold() == "auto":
                if total is None:
                    self.report(
                        name,
                        [
                            make(
                                "density.auto-without-population",
                                f"{name} is 'auto' but population_total holds no number; "
                                "no density was computed",
                            )
                        ],
                    )
                elif area is None or area <= 0:
                    self.report(
                        name,
                        [
                            make(
                                "density.auto-without-area",
                                f"{name} is 'auto' but there is no usable total area "
                                "(area_total_km2, _sq_mi, _ha, _acre or _dunam); "
                                "no density was computed",
                            )
                        ],
                    )
                else:
                    return total / area, True
                return None, False
            stated = self.stated_density(name, per)
            if stated is not None:
                self.check_density(name, stated, total, area)
                return stated, False
        return None, False

    def stated_density(self, name: str, per: str) -> float | None:
        """The density written in ``name`` per km², honouring a unit written in the value."""
        found = self.written(name, f"/{per}")
        if found is None:
            return None
        value, given = found
        if not given.startswith("/") or not is_area_unit(given[1:]):
            kind = "an area" if is_area_unit(given) else "a length"
            self.report(
                name,
                [
                    make(
                        "number.unparseable",
                        f"{name} is given in {given!r}, {kind} unit, not people per area",
                    )
                ],
            )
            return None
        if value < 0:
            self.report(name, [make("number.negative", f"{name} is negative ({value:g})")])
            return None
        return density_to_km2(value, given[1:])

    def check_density(
        self, name: str, stated: float, total: int | None, area: float | None
    ) -> None:
        """Warn when a stated density is far from population / total (or land) area."""
        if total is None or not total or area is None or area <= 0 or stated <= 0:
            return
        computed = [total / area]
        if self.land_km2 is not None and self.land_km2 > 0:
            computed.append(total / self.land_km2)
        if all(max(stated, c) / min(stated, c) > _DENSITY_TOLERANCE for c in computed):
            self.report(
                name,
                [
                    make(
                        "density.inconsistent",
                        f"{name} gives {stated:.6g}/km² but population_total / area is "
                        f"{computed[0]:.6g}/km²; the stated density was kept",
                    )
                ],
            )

    def date(self, name: str) -> PartialDate | None:
        text = self.line(name)
        if text is None:
            return None
        date, _note, found = parse_date(text)
        self.report(name, found)
        return date

    def _indexed(self, pattern: re.Pattern[str], family: str) -> dict[int, dict[str, str]]:
        """Group ``<family>_<part><N>`` parameters by N (0 for the unnumbered one)."""
        groups: dict[int, dict[str, str]] = {}
        for name in self.params:
            match = pattern.match(name)
            if match is None or match["family"] != family:
                continue
            index = int(match["index"]) if match["index"] else 0
            groups.setdefault(index, {})[match["part"]] = name
        return dict(sorted(groups.items()))

    def subdivisions(self) -> tuple[Subdivision, ...]:
        result = []
        for index, parts in self._indexed(_NUMBERED, "subdivision").items():
            kind = self.line(parts.get("type"))
            name = self.line(parts.get("name"))
            if kind is not None or name is not None:
                result.append(Subdivision(index=index, type=kind, name=name))
        return tuple(result)

    def established(self) -> tuple[Establishment, ...]:
        result = []
        for index, parts in self._indexed(_NUMBERED, "established").items():
            title = self.line(parts.get("title"))
            date_param = parts.get("date")
            text = self.line(date_param)
            date = note = None
            if text is not None and date_param is not None:
                date, note, found = parse_date(text)
                self.report(date_param, found)
            # As for subdivisions and leaders, an entry with nothing read is left out; an
            # unreadable date is still reported (date.unparseable) and kept in params.
            if title is not None or date is not None:
                result.append(Establishment(index=index, title=title, date=date, note=note))
        return tuple(result)

    def leaders(self) -> tuple[Leader, ...]:
        result = []
        for index, parts in self._indexed(_NUMBERED, "leader").items():
            title = self.line(parts.get("title"))
            names = self.items(parts.get("name"))
            if title is not None or names:
                result.append(
                    Leader(index=index, title=title, name="; ".join(names) if names else None)
                )
        return tuple(result)

    def timezones(self) -> tuple[Timezone, ...]:
        groups: dict[int, dict[str, str]] = {}
        for name in self.params:
            match = _TIMEZONE.match(name)
            if match is not None:
                index = int(match["index"]) if match["index"] else 0
                field = match["field"] + ("_dst" if match["dst"] else "")
                groups.setdefault(index, {})[field] = name
        result = []
        for _, fields in sorted(groups.items()):
            zone = self.line(fields.get("timezone"))
            dst_zone = self.line(fields.get("timezone_dst"))
            offset = self.offset(fields.get("utc_offset"), zone, fields.get("timezone"))
            dst_offset = self.offset(
                fields.get("utc_offset_dst"), dst_zone, fields.get("timezone_dst")
            )
            if any(v is not None for v in (zone, offset, dst_zone, dst_offset)):
                result.append(
                    Timezone(
                        name=zone, utc_offset=offset, dst_name=dst_zone, dst_utc_offset=dst_offset
                    )
                )
        return tuple(result)

    def offset(self, param: str | None, zone: str | None, zone_param: str | None) -> str | None:
        """The offset in ``param``; else, when it is empty or unreadable, the zone name's."""
        state = "is empty"
        if param is not None and self.line(param) is not None:
            offset = self.read(param, parse_utc_offset)
            named = offset_from_zone_name(zone) if zone is not None else None
            if offset is not None and named is not None and named != offset:
                self.report(
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
            self.diagnostics.append(
                make(
                    "utc-offset.from-zone-name",
                    f"{where} {state}; the offset {derived} was read from the time zone's "
                    f"name {zone!r}",
                    param=where,
                    start=self.params[where].start if where in self.params else None,
                    end=self.params[where].end if where in self.params else None,
                )
            )
        return derived

    def website(self) -> str | None:
        if not self.given("website"):
            return None
        # The refs after a value cite it; their URLs are not the website.
        code = _without_refs(self.codes["website"])
        candidate = None
        for template in find_templates(code, _URL_KEYS):
            positional, _ = args_plain(template, self.restore)
            if positional and positional[0]:
                # {{URL}}'s argument passes the same check as a URL written as text.
                candidate = positional[0]
                break
        else:
            for link in external_links(code):
                return plain(link.url, self.restore)  # entities decoded, as MediaWiki does
            text = self.line("website")
            if text is None:
                return None
            candidate = text.split()[0] if text.split() else ""
        if _URL.match(candidate):
            return candidate
        self.report(
            "website",
            [
                make(
                    "website.unparseable",
                    f"website holds no URL: {_excerpt(self.params['website'].raw)}",
                )
            ],
        )
        return None

    def images(self) -> tuple[Image, ...]:
        result = []
        for param, caption, alt in IMAGE_PARAMS:
            if not self.given(param):
                continue
            code = self.codes[param]
            file = _image_file(code, self.params[param].text, self.restore)
            if file is None:
                self.report(
                    param,
                    [
                        make(
                            "image.not-a-file",
                            f"{param} holds no plain file name: {_excerpt(self.params[param].raw)}",
                        )
                    ],
                )
                continue
            result.append(
                Image(
                    param=param,
                    file=file,
                    caption=self.line(caption) if caption else None,
                    alt=self.line(alt) if alt else None,
                )
            )
        return tuple(result)

    def citations(self) -> tuple[Citation, ...]:
        found: list[tuple[Citation, tuple[str, str] | None]] = []  # with the key a reuse names
        defined: list[tuple[tuple[str, str], Citation]] = []
        for name, rendered in self.rendered.items():
            nodes = citation_nodes(self.codes[name], rendered.refs)
            for node, citation in zip(
                nodes, citations_from(name, nodes, self.restore), strict=True
            ):
                key = ref_key(node, self.restore) if isinstance(node, Tag) else None
                reuse = key is not None and isinstance(node, Tag) and reuses(node)
                found.append((citation, key if reuse else None))
                if key is not None and not reuse:
                    defined.append((key, citation))
        if all(key is None for _, key in found):
            return tuple(citation for citation, _ in found)
        # A reuse takes the first definition of its name in the text: before the
        # infobox, in it (the parameters read), or after it.
        start, end = self.located.start, self.located.end
        wanted = {key for _, key in found if key is not None}
        definitions = [
            *named_definitions(self.text, [(0, start)], wanted),
            *defined,
            *named_definitions(self.text, [(end, len(self.text))], wanted),
        ]
        known = {key for key, _ in definitions}
        for citation, key in found:
            if key is not None and key not in known:
                self.report(
                    citation.param,
                    [
                        make(
                            "citation.unresolved",
                            f"<ref name={citation.name!r} /> in {citation.param} reuses a ref "
                            "that the text does not define; its citation is empty",
                        )
                    ],
                )
        return tuple(resolve_reuses(found, definitions))

    def with_country(self, settlement: Settlement) -> Settlement:
        """``settlement`` with the country its subdivisions name; reports unknown flag codes."""
        for name, value in self.codes.items():
            if "flag" not in self.params[name].raw.casefold():
                continue  # the common case: no flag template to look into
            for unknown in unknown_flag_codes(value):
                self.report(
                    name,
                    [
                        make(
                            "country.unknown-code",
                            f"{name} holds a flag template for {unknown!r}, which is no country "
                            "code known here; it was read as no text, not as a name",
                        )
                    ],
                )
        country, code = country_of(settlement.subdivisions)
        return attrs.evolve(settlement, country=country, country_code=code)

    def check_names(self, settlement: Settlement) -> None:
        name = settlement.name
        if name is None:
            return
        label = self.line("pushpin_label")
        if label is not None and not same_name(name, label):
            self.report(
                "name",
                [
                    make(
                        "name.differs-from-pushpin-label",
                        f"the infobox name {name!r} is not the pushpin label {label!r}",
                    )
                ],
            )
        titles = lead_titles(self.text, self.located.end)
        if titles and not any(same_name(name, title) for title in titles):
            shown = " / ".join(titles)
            self.report(
                "name",
                [
                    make(
                        "name.differs-from-lead-title",
                        f"the infobox name {name!r} is not the lead's bold title {shown!r}",
                    )
                ],
            )

    def check_unknown_params(self) -> None:
        """Report each parameter the template does not define that holds a value.

        Empty ones are harmless and skipped, as are positional values (reported as
        ``param.positional``); see :mod:`infobox.templates.settlement_params`.
        """
        for name in self.params:
            if (
                settlement_params.is_defined(name)
                or not name
                or (name.isascii() and name.isdigit())
                or not self.given(name)
            ):
                continue
            guess = settlement_params.suggest(name)
            hint = f"; did you mean {guess}?" if guess is not None else ""
            self.report(
                name,
                [
                    make(
                        "param.unknown",
                        f"{{{{Infobox settlement}}}} has no parameter {name!r}; its value "
                        f"{_excerpt(self.params[name].raw)} was not read{hint}",
                    )
                ],
            )


def _restored(text: str, restore: Mapping[str, str]) -> str:
    """Put back the characters :func:`infobox.scan.prepare` replaced by placeholders."""
    return text.translate({ord(k): v for k, v in restore.items()}) if restore else text


def _image_file(code: Wikicode, text: str, restore: Mapping[str, str]) -> str | None:
    for link in code.filter_wikilinks(recursive=False):
        title = _restored(str(link.title), restore)
        if _FILE_PREFIX.match(title):
            return _FILE_PREFIX.sub("", title).strip() or None
    # A short footnote ({{sfn}}) after the name is a citation, like a <ref>.
    if any(template_key(t) not in SHORT_FOOTNOTES for t in code.filter_templates(recursive=False)):
        return None
    file = _FILE_PREFIX.sub("", text).strip()
    return file or None


def _only_files(code: Wikicode) -> bool:
    """Whether ``code`` shows only files (an image parameter's usual content)."""
    return any(_FILE_LINK.match(str(link.title)) for link in code.filter_wikilinks())


_SMALL_KEYS: Final = frozenset({"small", "smaller"})


def _small_keys(code: Wikicode) -> set[str]:
    """The names of the ``<small>`` tags and ``{{small}}`` templates in ``code``."""
    tags = {str(tag.tag).strip().casefold() for tag in code.filter_tags(recursive=True)}
    return (tags | {template_key(t) for t in code.filter_templates(recursive=True)}) & _SMALL_KEYS


def _small_as_brackets(code: Wikicode) -> Wikicode:
    """A copy of ``code`` with small text in brackets: a note after a number, not a number."""
    copy = mwparserfromhell.parse(str(code), skip_style_tags=True)
    for tag in copy.filter_tags(recursive=False):
        if str(tag.tag).strip().casefold() in _SMALL_KEYS and tag.contents is not None:
            with contextlib.suppress(ValueError):
                copy.replace(tag, f"({tag.contents})")
    for template in copy.filter_templates(recursive=False):
        if template_key(template) in _SMALL_KEYS and template.params:
            with contextlib.suppress(ValueError):
                copy.replace(template, f"({template.params[0].value})")
    return copy


def _close(a: float, b: float, tolerance: float) -> bool:
    return abs(a - b) <= tolerance * max(abs(a), abs(b), 1e-9)


def _excerpt(raw: str, limit: int = 80) -> str:
    raw = " ".join(raw.split())
    return repr(raw if len(raw) <= limit else raw[: limit - 1] + "…")
