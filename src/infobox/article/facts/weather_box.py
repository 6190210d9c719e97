"""Climate tables: ``{{Weather box}}`` and its counterparts into temperature and rain facts.

A climate table holds a place's climate as named parameters, one per month and
statistic (``Jan high C = 2.9``, ``Янв_ср_мин = -1.8``). Which parameter holds what is
**data**: one :class:`ClimateTemplate` per template (its name and redirects, each
parameter name to a :class:`Cell` — the month, the kind, the statistic and the unit as
written). The engine here is general: it reads every parameter a table maps, reads
its value with the library's number parser in the wiki's conventions
(:mod:`infobox.values.numbers`, :mod:`infobox.locale`: Unicode minus, a decimal comma
on lvwiki and ruwiki), converts °F to °C and inches or centimetres to millimetres, and
gives one :class:`~infobox.Fact` per month and statistic.

* When one month and statistic is given in several units, the metric one is read
  (``Jan high C`` over ``Jan high F``; ``mm`` over ``cm`` over ``inch``); a unit
  further down is read only when every one before it is blank or absent.
* A value that holds no single number (``12 (est.)`` is fine, ``n/a`` and ``1–2`` are
  not) gives no fact and a ``number.unparseable``/``number.ambiguous`` diagnostic; a
  temperature outside −90…60 °C, or a negative or impossible precipitation, gives no
  fact and ``article.climate-implausible``. Nothing is guessed. A blank value, or a lone
  dash (``—``: no data), is no value.
* A fact's ``start``/``end`` are the offsets of the parameter's value (white space
  trimmed) in the text given to :func:`read_climate_table`; its ``sentence`` is the
  template's name and the parameter, ``Weather box|Jan high C=2.9``.

The templates (sources: the parameters of the real pages copied into
``fixtures/articles/weather/``, and the templates' documentation):

* ``{{Weather box}}`` on enwiki and lvwiki (lvwiki uses the English template and its
  parameters unchanged); also called as ``{{Weatherbox}}``, which pages and third-party
  readers of the template use.
* ``{{Climate chart}}`` (enwiki): positional, the place, then for each month its mean
  low, mean high and precipitation; ``units=imperial`` means °F and inches.
* ``{{Климат города}}`` (ruwiki): ``Янв_ср`` (mean), ``Янв_ср_макс``, ``Янв_ср_мин``,
  ``Янв_а_макс``, ``Янв_а_мин`` (absolute), ``Янв_ср_осад``/``Янв_осадки`` (mm), ``Год_…``
  for the year.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Mapping
from decimal import Decimal
from types import MappingProxyType
from typing import Final, Literal

import attrs
import mwparserfromhell
from mwparserfromhell.nodes import Tag, Template
from mwparserfromhell.nodes.extras import Parameter
from mwparserfromhell.wikicode import Wikicode

from ... import wikitree
from ...diagnostics import make
from ...locale import Locale
from ...models import Diagnostic, Fact
from ...text import render
from ...values.numbers import parse_number

__all__ = [
    "TEMPLATES",
    "Cell",
    "ClimateTemplate",
    "climate_template",
    "read_climate_table",
]

CellKind = Literal["temperature", "precipitation"]

#: Where a fact read from a climate table says it came from (its ``source`` qualifier).
SOURCE: Final = "weather_box"

#: The plausible range of a climate's temperatures in °C, as for sentences: a little
#: wider than the records (−89.2 °C at Vostok, 56.7 °C in Death Valley).
COLDEST: Final = Decimal(-90)
HOTTEST: Final = Decimal(60)
#: The wettest month and the wettest year on record anywhere had under 10 m and
#: 27 m of precipitation (Cherrapunji): a larger value is a misreading.
WETTEST_MM: Final = Decimal(30_000)


@attrs.frozen(kw_only=True)
class Cell:
    """What one parameter of a climate table holds.

    ``month`` is ``01``–``12``, or None for the year's column; ``statistic`` is a
    temperature's (``mean``, ``mean_max``, ``mean_min``, ``max``, ``min``); ``unit``
    the unit the value is written in (``°C``, ``°F``, ``mm``, ``cm``, ``in``);
    ``form`` is ``rain`` for a rainfall row (precipitation otherwise).

    >>> Cell(month="01", kind="temperature", statistic="mean_max", unit="°C").unit
    '°C'
    """

    month: str | None
    kind: CellKind
    statistic: str | None = None
    unit: str
    form: str | None = None

    def key(self) -> tuple[str | None, str, str | None, str | None]:
        """What two cells in different units both state (month, kind, statistic, form)."""
        return (self.month, self.kind, self.statistic, self.form)


@attrs.frozen(kw_only=True)
class ClimateTemplate:
    """One climate table template: its names and what each parameter holds.

    ``names`` are the template's name and redirects (matched as MediaWiki does: first
    letter in any case, ``_`` as a space). ``units`` names a parameter that switches
    the units, and ``systems`` what each of its values turns every unit into
    (``imperial``: ``°C`` is ``°F``); a value not listed there makes the whole table
    unreadable, as its units are unknown.
    """

    names: tuple[str, ...]
    cells: Mapping[str, Cell]
    units: str | None = None
    systems: Mapping[str, Mapping[str, str]] = MappingProxyType({})


# --- the tables -------------------------------------------------------------------------

_MONTHS_EN: Final = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
)
_MONTHS_RU: Final = (
    "Янв",
    "Фев",
    "Мар",
    "Апр",
    "Май",
    "Июн",
    "Июл",
    "Авг",
    "Сен",
    "Окт",
    "Ноя",
    "Дек",
)
# {{Climate chart}}: after the place, each month's low, high and precipitation.
_CHART_MONTH: Final[tuple[tuple[int, CellKind, str | None, str], ...]] = (
    (0, "temperature", "mean_min", "°C"),
    (1, "temperature", "mean_max", "°C"),
    (2, "precipitation", None, "mm"),
)


def _columns(months: Iterable[str], year: str) -> list[tuple[str, str | None]]:
    return [(m, f"{i:02d}") for i, m in enumerate(months, start=1)] + [(year, None)]


def _named(
    months: Iterable[str],
    year: str,
    pattern: str,
    rows: Mapping[str, tuple[CellKind, str | None, str | None]],
    units: Mapping[CellKind, Mapping[str, str]],
) -> Mapping[str, Cell]:
    """Every parameter ``pattern.format(month=, row=, unit=)`` and the cell it holds.

    ``units`` gives, per kind, the unit as the parameter name writes it and the unit.
    """
    cells: dict[str, Cell] = {}
    for column, month in _columns(months, year):
        for row, (kind, statistic, form) in rows.items():
            for written, unit in units[kind].items():
                name = pattern.format(month=column, row=row, unit=written).strip()
                cells[name] = Cell(
                    month=month, kind=kind, statistic=statistic, unit=unit, form=form
                )
    return MappingProxyType(cells)


_WEATHER_BOX: Final = ClimateTemplate(
    names=("Weather box", "Weatherbox"),
    cells=_named(
        _MONTHS_EN,
        "year",
        "{month} {row} {unit}",
        {
            "record high": ("temperature", "max", None),
            "high": ("temperature", "mean_max", None),
            "mean": ("temperature", "mean", None),
            "low": ("temperature", "mean_min", None),
            "record low": ("temperature", "min", None),
            "precipitation": ("precipitation", None, None),
            "rain": ("precipitation", None, "rain"),
        },
        {
            "temperature": {"C": "°C", "F": "°F"},
            "precipitation": {"mm": "mm", "cm": "cm", "inch": "in"},
        },
    ),
)

_CLIMATE_CHART: Final = ClimateTemplate(
    names=("Climate chart",),
    cells=MappingProxyType(
        {
            str(2 + 3 * i + offset): Cell(
                month=f"{i + 1:02d}", kind=kind, statistic=statistic, unit=unit
            )
            for i in range(12)
            for offset, kind, statistic, unit in _CHART_MONTH
        }
    ),
    units="units",
    systems=MappingProxyType(
        {
            "": MappingProxyType({}),
            "metric": MappingProxyType({}),
            "imperial": MappingProxyType({"°C": "°F", "mm": "in"}),
        }
    ),
)

_KLIMAT_GORODA: Final = ClimateTemplate(
    names=("Климат города",),
    cells=_named(
        _MONTHS_RU,
        "Год",
        "{month}_{row}",
        {
            "а_макс": ("temperature", "max", None),
            "ср_макс": ("temperature", "mean_max", None),
            "ср": ("temperature", "mean", None),
            "ср_мин": ("temperature", "mean_min", None),
            "а_мин": ("temperature", "min", None),
            "ср_осад": ("precipitation", None, None),
            "осадки": ("precipitation", None, None),
        },
        {"temperature": {"": "°C"}, "precipitation": {"": "mm"}},
    ),
)

#: Every climate table the reader knows.
TEMPLATES: Final = (_WEATHER_BOX, _CLIMATE_CHART, _KLIMAT_GORODA)

# Any name of a known climate table in case-folded text, words joined by spaces or
# underscores as MediaWiki reads them: the quick test before a page's tree is walked.
_ANY_NAME: Final = re.compile(
    "|".join(
        r"[ _]+".join(re.escape(word) for word in name.casefold().split())
        for template in TEMPLATES
        for name in template.names
    )
)

_ANY_NAME_ANY_CASE: Final = re.compile(_ANY_NAME.pattern, re.IGNORECASE)


# The characters a case-blind search equates with a letter of a name, other than its
# own upper and lower case (Python's ``re`` rules); mapped to that letter, the text
# lower-cased holds every name the case-blind search would find.
_CASE_BLIND_EXTRA: Final = {"İ": "i", "ı": "i", "ᲂ": "о", "ᲄ": "т", "ᲅ": "т", "ᲁ": "д"}
_EXTRA_TABLE: Final = str.maketrans(_CASE_BLIND_EXTRA)
# The first word of every name: each name the search finds starts with one of them.
_FIRST_WORDS: Final = sorted(
    {name.casefold().split()[0] for template in TEMPLATES for name in template.names}
)
# The first words that start with no other: where any first word stands, one of these does.
_LEAD_WORDS: Final = tuple(
    word for word in _FIRST_WORDS if not any(o != word and word.startswith(o) for o in _FIRST_WORDS)
)
# How much is lower-cased at a time: str.lower() takes 12 bytes a character while it
# works (room for each character to become three), so a long page goes in pieces that
# overlap by a word, and no first word falls between two of them.
_PIECE: Final = 1 << 15
_OVERLAP: Final = max(len(word) for word in _FIRST_WORDS) - 1


def _word_places(text: str) -> list[int]:
    """Every place where a name's first word starts in ``text``, its extras mapped and lower-cased.

    In order, overlapping ones too (a slice may start inside one word and find another).
    ``str.find`` looks for each lead word: ~10x quicker than a search for any of them.
    """
    places: list[int] = []
    for at in range(0, len(text), _PIECE):
        piece = text[at : at + _PIECE + _OVERLAP]
        if any(extra in piece for extra in _CASE_BLIND_EXTRA):  # ~8x quicker than a regex
            piece = piece.translate(_EXTRA_TABLE)
        # Case folding is ~2x quicker than lower-casing, and where it keeps the length it
        # puts a first word where lower-casing does (a test checks every character).
        if "ß" in piece:  # German: "ß" folds to two letters, so lower-case at once
            lowered = piece.lower()
        else:
            lowered = piece.casefold()
            if len(lowered) != len(piece):
                lowered = piece.lower()
        for word in _LEAD_WORDS:
            found = lowered.find(word)
            while found >= 0:
                places.append(at + found)
                found = lowered.find(word, found + 1)
    return sorted(set(places))  # pieces overlap, and several words may be met


def _first_name(text: str) -> re.Match[str] | None:
    """``_ANY_NAME_ANY_CASE.search(text)``, found quicker.

    The case-blind search matches only where the text, its extra characters mapped and
    lower-cased, holds a name's first word (str.lower keeps every mapped character one
    character long, so places hold): only there is the search tried.
    """
    for place in _word_places(text):
        found = _ANY_NAME_ANY_CASE.match(text, place)
        if found is not None:
            return found
    return None


def may_hold_climate_table(text: str) -> bool:
    """Whether ``text`` names a known climate table at all (no name, no table).

    >>> may_hold_climate_table("{{weather_Box|Jan high C=1}}"), may_hold_climate_table("{{Coord}}")
    (True, False)
    """
    # ``text.casefold()`` takes 12 bytes a character while it works (room for each
    # character to fold into three): a case-blind search finds at least every place
    # the folded text would match, and only what it finds is folded.
    found = _first_name(text)
    if found is None:
        return False
    if _ANY_NAME.search(found.group().casefold()) is not None:
        return True
    return _ANY_NAME.search(text.casefold()) is not None  # a letter folding oddly


class ClimateNames:
    """:func:`may_hold_climate_table` of any slice of one text, answered quicker.

    The reader asks about item after item of a page that names a climate table: the
    places where a name's first word stands in the text (its extra characters mapped
    and lower-cased, as :func:`_first_name` looks) are found once, and only a slice
    holding one where a name matches is searched as the function searches it.

    >>> names = ClimateNames("{{Coord}} {{weather box|Jan high C=1}}")
    >>> names.may_hold(0, 9), names.may_hold(10, 39)
    (False, True)
    """

    __slots__ = ("_hits", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._hits = _word_places(text)

    def may_hold(self, start: int, end: int) -> bool:
        """``may_hold_climate_table(text[start:end])``."""
        hits, text = self._hits, self._text
        index = bisect_left(hits, start)
        while index < len(hits) and hits[index] < end:
            # The pattern looks at nothing before a match or after ``end``: matching in
            # the text up to ``end`` is matching in the slice.
            if _ANY_NAME_ANY_CASE.match(text, hits[index], end) is not None:
                return may_hold_climate_table(text[start:end])
            index += 1
        return False


def climate_template(name: str) -> ClimateTemplate | None:
    """The climate table a template name calls, or None.

    Names match as MediaWiki matches them: the first letter in any case, ``_`` as a space.

    >>> climate_template("weather_box").names[0], climate_template("Infobox settlement")
    ('Weather box', None)
    """
    return _table_of(mwparserfromhell.parse(name))


def _table_of(name: Wikicode) -> ClimateTemplate | None:
    return next((t for t in TEMPLATES if name.matches(t.names)), None)


# Tags whose insides no reader sees as a table of the page.
_UNSEEN_TAGS: Final = frozenset(
    {"ref", "references", "gallery", "nowiki", "pre", "math", "score", "syntaxhighlight"}
)


def locate_climate_tables(code: Wikicode, start: int = 0) -> Iterator[tuple[int, int]]:
    r"""Where the climate tables a reader sees lie in the text ``code`` was parsed from.

    ``start`` is the offset of ``code`` in that text. A table may stand at the top
    level, in a section, in an HTML tag or a wikitable (``<div>{{Weather box|…}}</div>``)
    or in another template's parameter; one inside a ref, a gallery or ``<nowiki>`` is
    none. A template's parameters are placed exactly (mwparserfromhell writes a
    template back as it read it); a tag's contents are found in the tag's text.

    >>> page = "A.\n== Climate ==\n<div>{{Weather box|Jan high C=1}}</div><ref>{{Weatherbox}}</ref>"
    >>> [page[a:b] for a, b in locate_climate_tables(mwparserfromhell.parse(page))]
    ['{{Weather box|Jan high C=1}}']
    """
    at = start
    for node in code.nodes:
        raw = str(node)
        if isinstance(node, Template):
            if _table_of(node.name) is not None:
                yield at, at + len(raw)
            else:
                for offset, param in _params(node):
                    value_at = offset + (len(str(param.name)) + 1 if param.showkey else 0)
                    yield from locate_climate_tables(param.value, at + value_at)
        elif isinstance(node, Tag) and str(node.tag).strip().lower() not in _UNSEEN_TAGS:
            contents = str(node.contents)
            found = raw.find(contents) if contents else -1
            if found >= 0:
                yield from locate_climate_tables(node.contents, at + found)
        at += len(raw)


def _params(template: Template) -> Iterator[tuple[int, Parameter]]:
    """Each parameter with its offset in ``str(template)``: ``{{name|p1|p2}}``."""
    at = 2 + len(str(template.name))
    for param in template.params:
        at += 1  # the "|"
        yield at, param
        at += len(str(param))


@attrs.frozen
class _Value:
    cell: Cell
    name: str
    param: Parameter
    written: str  # the value as written, trimmed
    start: int
    end: int


def read_climate_table(
    text: str, start: int, locale: Locale
) -> tuple[list[Fact], list[Diagnostic]]:
    """The facts of the one climate table ``text`` holds, and what could not be read.

    ``text`` is the table's wikitext (``{{Weather box|…}}``) and ``start`` its offset
    in the page, so that each fact's ``start``/``end`` point at its value in the page.
    ``locale`` is the wiki's (:func:`infobox.locale.locale_for`): it says how the
    values write numbers.

    >>> from infobox.locale import locale_for
    >>> box = "{{Weather box|Jan high C = 2,9|Jan low F=14|Feb mean C=n/a}}"
    >>> facts, diagnostics = read_climate_table(box, 100, locale_for("lv"))
    >>> [(f.value, f.qualifiers["statistic"], f.start, f.end) for f in facts]
    [(2.9, 'mean_max', 127, 130), (-10.0, 'mean_min', 141, 143)]
    >>> dict(facts[1].qualifiers)  # doctest: +NORMALIZE_WHITESPACE
    {'month': '01', 'statistic': 'mean_min', 'source': 'weather_box', 'converted_from': '°F'}
    >>> facts[0].sentence, [d.code for d in diagnostics]
    ('Weather box|Jan high C=2,9', ['number.unparseable'])
    """
    code = wikitree.parse(text)  # the tree mwparserfromhell.parse(…, skip_style_tags=True) gives
    template = next((n for n in code.nodes if isinstance(n, Template)), None)
    if template is None:
        return [], []
    table = _table_of(template.name)
    if table is None:
        return [], []
    name = str(template.name).strip()
    offset = start + len("".join(str(n) for n in code.nodes[: code.nodes.index(template)]))
    diagnostics: list[Diagnostic] = []
    # The last of duplicate parameters wins, as in MediaWiki.
    given: dict[str, tuple[int, Parameter]] = {}
    for at, param in _params(template):
        given[str(param.name).strip()] = (at, param)
    switch = _system(table, given, offset, diagnostics)
    if switch is None:
        return [], diagnostics
    values: dict[tuple[str | None, str, str | None, str | None], list[_Value]] = {}
    for pname, (at, param) in given.items():
        cell = table.cells.get(pname)
        if cell is None:
            continue
        raw = str(param.value)
        written = raw.strip()
        if render(param.value).plain.strip() in _NO_DATA:
            continue  # blank or a dash: the table shows no value for it
        value_at = offset + at + (len(str(param.name)) + 1 if param.showkey else 0)
        value_at += len(raw) - len(raw.lstrip())
        cell = attrs.evolve(cell, unit=switch.get(cell.unit, cell.unit))
        item = _Value(
            cell=cell,
            name=pname,
            param=param,
            written=written,
            start=value_at,
            end=value_at + len(written),
        )
        values.setdefault(cell.key(), []).append(item)
    facts: list[Fact] = []
    for items in values.values():
        # The metric unit wins: a unit further down is read only when no other is given.
        chosen = min(items, key=lambda v: _PREFERENCE.index(v.cell.unit))
        fact = _fact(chosen, name, locale, diagnostics)
        if fact is not None:
            facts.append(fact)
    facts.sort(key=lambda f: f.start)
    return facts, diagnostics


# What a cell with no data holds: nothing, or a dash standing for "no data".
_NO_DATA: Final = frozenset({"", "-", "\u2013", "\u2014", "\u2212"})
# Units in the order they are read: a metric value wins over an imperial one.
_PREFERENCE: Final = ("°C", "°F", "mm", "cm", "in")
_TO_MM: Final[Mapping[str, Decimal]] = {"mm": Decimal(1), "cm": Decimal(10), "in": Decimal("25.4")}


def _system(
    table: ClimateTemplate,
    given: Mapping[str, tuple[int, Parameter]],
    offset: int,
    diagnostics: list[Diagnostic],
) -> Mapping[str, str] | None:
    """The table's units switch (unit as written -> unit meant), or None if unknown."""
    if table.units is None or table.units not in given:
        return MappingProxyType({})
    at, param = given[table.units]
    setting = render(param.value).plain.strip().casefold()
    system = table.systems.get(setting)
    if system is None:
        diagnostics.append(
            make(
                "article.climate-units",
                f"the climate table's {table.units}={setting!r} names units the reader "
                "does not know; none of its values was read",
                param=table.units,
                start=offset + at,
                end=offset + at + len(str(param)),
            )
        )
    return system


def _fact(
    item: _Value, template: str, locale: Locale, diagnostics: list[Diagnostic]
) -> Fact | None:
    cell = item.cell
    shown = render(item.param.value).plain.strip()
    number, problems = parse_number(shown, locale=locale)
    if number is None:
        diagnostics.extend(
            attrs.evolve(d, param=item.name, start=item.start, end=item.end) for d in problems
        )
        if not problems:
            diagnostics.append(_unparseable(item, shown))
        return None
    value = Decimal(repr(number.value))
    qualifiers: dict[str, str] = {}
    if cell.month is not None:
        qualifiers["month"] = cell.month
    if cell.kind == "temperature":
        qualifiers["statistic"] = cell.statistic or "mean"
        unit = "°C"
        if cell.unit == "°F":
            value = (value - 32) * 5 / 9
        plausible = COLDEST <= value <= HOTTEST
    else:
        unit = "mm"
        value *= _TO_MM[cell.unit]
        plausible = 0 <= value <= WETTEST_MM
        if cell.form is not None:
            qualifiers["form"] = cell.form
    qualifiers["source"] = SOURCE
    if cell.unit != unit:
        qualifiers["converted_from"] = cell.unit
    if number.approximate:
        qualifiers["approximate"] = "true"
    if not plausible:
        diagnostics.append(
            make(
                "article.climate-implausible",
                f"the climate table's {item.name}={shown!r} is no place's climate "
                f"({float(value):g} {unit}); it was not read",
                param=item.name,
                start=item.start,
                end=item.end,
            )
        )
        return None
    return Fact(
        kind=cell.kind,
        value=float(value) + 0.0,
        unit=unit,
        qualifiers=qualifiers,
        sentence=f"{template}|{item.name}={item.written}",
        start=item.start,
        end=item.end,
    )


def _unparseable(item: _Value, shown: str) -> Diagnostic:
    return make(
        "number.unparseable",
        f"the climate table's {item.name}={shown!r} holds no number",
        param=item.name,
        start=item.start,
        end=item.end,
    )
