"""Facts in one sentence: numbers, their units and the words around them that say what they are.

:func:`extract` reads one sentence with the rules of one
:class:`~infobox.article.languages.Language` and returns :class:`Found` values
with offsets into the sentence. The engine knows no word of any language: every
word it looks for comes from the language's months, scale words and
:class:`~infobox.article.languages.FactWords`.

How a sentence is read (``docs/facts.md`` has the rules of each kind):

1. **Tokens.** One regular expression without nested quantifiers splits the
   sentence into digit runs, words and single other characters. Digit runs
   joined by the language's group separators (``148,700``, ``150 000``) or its
   decimal mark (``24,5`` in Latvian and Russian, ``2.5`` in English) become one
   numeral. A numeral joined to a letter, a digit or a bracket pair
   (``1990s``, ``1954–1956``, ``978-5-17``, ``12:30``, ``[1]``) has no value.
2. **Quantities.** Each numeral takes a sign written against it, an
   approximate or bound word right before it, a scale word and a unit right
   after it, and the conversion in parentheses after that (``24 °C (75.2 °F)``
   is one quantity).
3. **Kinds.** The unit decides the kind of a quantity (``%`` share, ``°C``
   temperature, ``km`` distance, ``m`` elevation or height, ``km2`` area,
   ``MW`` capacity); a number without a unit is a population when population
   words are near, and a year may date a population or found the city.
   Qualifiers come from words within a few tokens of the number.

Every look-around is bounded to a few tokens, so the time is linear in the
length of the sentence, and any string gives a tuple (maybe empty).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Final, Generic, TypeVar

import attrs

from ..models import FrozenMap
from ..values.units import area_to_km2, length_to_m
from .languages import Language

__all__ = ["KINDS", "Found", "extract"]

#: Every kind of fact :func:`extract` returns.
KINDS: Final = frozenset(
    {
        "population",
        "founded",
        "temperature",
        "distance",
        "share",
        "elevation",
        "area",
        "capacity",
        "height",
        "region",
    }
)


def _qualifiers(value: Mapping[str, str] | Iterable[tuple[str, str]]) -> FrozenMap[str, str]:
    return value if isinstance(value, FrozenMap) else FrozenMap(value)


@attrs.frozen(kw_only=True)
class Found:
    """One fact found in a sentence; ``sentence[start:end]`` is its evidence.

    The evidence is the number with its approximate word, sign, scale word and
    unit (``ap 150 tūkstošiem``, ``-16 °C``, ``400 kilometres``), the year of a
    founding, or the name of a region.

    >>> Found(kind="founded", value=1938, unit=None, start=21, end=25)
    Found(kind='founded', value=1938, unit=None, qualifiers=FrozenMap({}), start=21, end=25)
    """

    kind: str = attrs.field(validator=attrs.validators.in_(KINDS))
    value: int | float | str
    unit: str | None
    qualifiers: Mapping[str, str] = attrs.field(converter=_qualifiers, factory=FrozenMap)
    start: int
    end: int


# --- tokens -----------------------------------------------------------------------------

# A digit run, a word (a letter, then letters and digits: "km2", "E018"), or any other
# single non-space character. No nested quantifiers: linear on any input.
_TOKEN: Final = re.compile(r"([0-9]+)|([^\W\d_][^\W_]*)|(\S)")
_NUM: Final = 1
_WORD: Final = 2
_SYM: Final = 3

_SPACES: Final = frozenset(" \u00a0\u202f\u2009")
_MAX_DIGITS: Final = 30
# A numeral joined by one of these to a letter or digit is part of a code, a range or
# a date ("GRES-1", "1954–1956", "978-5-17", "12:30", "1/2").
_LINKS: Final = frozenset("-\u2010\u2011\u2013\u2014/:\u2212.")
_HYPHENS: Final = frozenset("-\u2010\u2011")
_SIGNS: Final[Mapping[str, int]] = {"-": -1, "\u2212": -1, "\u2013": -1, "+": 1}
_CLAUSE: Final = frozenset(',;:()[]!?\u2014\u2013«»"“”„')
_SEGMENT: Final = frozenset(",;")
_JOINERS: Final = frozenset("-\u2010\u2011'’")

#: The plausible range of a climate's temperatures in °C, a little wider than the
#: records (−89.2 °C at Vostok, 56.7 °C in Death Valley): anything outside is no
#: place's climate.
_COLDEST: Final = Decimal(-90)
_HOTTEST: Final = Decimal(60)
#: A share of a population is at most all of it.
_MAX_SHARE: Final = Decimal(100)

_DIMENSION: Final[Mapping[str, str]] = {
    "km": "length",
    "mi": "length",
    "m": "length",
    "ft": "length",
    "°C": "temperature",
    "°F": "temperature",
    "km2": "area",
    "sqmi": "area",
    "MW": "power",
    "GW": "power",
    "ha": "area",
    "%": "share",
}
_METRIC: Final = frozenset({"km", "m", "°C", "km2", "ha", "MW", "GW", "%"})
_MEANS: Final = frozenset({"mean", "mean_max", "mean_min"})

T = TypeVar("T")
_Pattern = tuple[tuple[str, bool], ...]  # (token, is a stem) for each token of a phrase


def _pattern(phrase: str, lower: bool) -> _Pattern:
    parts: list[tuple[str, bool]] = []
    for word in phrase.split():
        stem = len(word) > 1 and word.endswith("*")
        if stem:
            word = word[:-1]
        pieces = [m.group() for m in _TOKEN.finditer(word)]
        for k, piece in enumerate(pieces):
            parts.append((piece.lower() if lower else piece, stem and k == len(pieces) - 1))
    return tuple(parts)


def _token_matches(part: tuple[str, bool], word: str) -> bool:
    text, stem = part
    return word.startswith(text) if stem else word == text


class _Phrases(Generic[T]):
    """Phrases indexed by their first and last token, for matching at or ending at a token."""

    def __init__(self, entries: Iterable[tuple[str, T]], *, lower: bool = True) -> None:
        self.lower = lower
        self._first: dict[str, list[tuple[_Pattern, T]]] = {}
        self._first_stems: dict[str, list[tuple[_Pattern, T]]] = {}
        self._last: dict[str, list[tuple[_Pattern, T]]] = {}
        self._last_stems: dict[str, list[tuple[_Pattern, T]]] = {}
        for phrase, payload in entries:
            pattern = _pattern(phrase, lower)
            if not pattern:
                continue
            for (text, stem), exact, stems in (
                (pattern[0], self._first, self._first_stems),
                (pattern[-1], self._last, self._last_stems),
            ):
                (stems if stem else exact).setdefault(text, []).append((pattern, payload))
        self._first_lengths = sorted({len(t) for t in self._first_stems})
        self._last_lengths = sorted({len(t) for t in self._last_stems})
        # A quick no: the first characters a matching token can start with.
        self._first_chars = frozenset(t[:1] for t in (*self._first, *self._first_stems))
        self._last_chars = frozenset(t[:1] for t in (*self._last, *self._last_stems))

    def _candidates(
        self,
        word: str,
        exact: dict[str, list[tuple[_Pattern, T]]],
        stems: dict[str, list[tuple[_Pattern, T]]],
        lengths: Sequence[int],
    ) -> list[tuple[_Pattern, T]]:
        found = list(exact.get(word, ()))
        for length in lengths:
            if length > len(word):
                break
            found.extend(stems.get(word[:length], ()))
        return found

    def at(self, words: Sequence[str], i: int) -> tuple[int, T] | None:
        """The longest phrase starting at token ``i``: (the token after it, payload)."""
        if not 0 <= i < len(words) or words[i][:1] not in self._first_chars:
            return None
        best: tuple[int, T] | None = None
        for pattern, payload in self._candidates(
            words[i], self._first, self._first_stems, self._first_lengths
        ):
            end = i + len(pattern)
            if end > len(words) or (best is not None and end <= best[0]):
                continue
            if all(_token_matches(part, words[i + k]) for k, part in enumerate(pattern)):
                best = (end, payload)
        return best

    def ending(self, words: Sequence[str], i: int) -> tuple[int, T] | None:
        """The longest phrase ending at token ``i``: (its first token, payload)."""
        if not 0 <= i < len(words) or words[i][:1] not in self._last_chars:
            return None
        best: tuple[int, T] | None = None
        for pattern, payload in self._candidates(
            words[i], self._last, self._last_stems, self._last_lengths
        ):
            start = i - len(pattern) + 1
            if start < 0 or (best is not None and start >= best[0]):
                continue
            if all(_token_matches(part, words[start + k]) for k, part in enumerate(pattern)):
                best = (start, payload)
        return best


def _set(phrases: Iterable[str], *, lower: bool = True) -> _Phrases[bool]:
    return _Phrases(((p, True) for p in phrases), lower=lower)


def _map(phrases: Mapping[str, T], *, lower: bool = True) -> _Phrases[T]:
    return _Phrases(phrases.items(), lower=lower)


class _Rules:
    """A language's words, compiled for matching."""

    def __init__(self, language: Language) -> None:
        words = language.facts
        self.language = language
        self.decimal = "," if language.decimal_comma else "."
        self.months = _map(language.months)
        self.scales = _map(language.scales)
        self.units = _map(words.units, lower=False)
        self.directions = _map(words.directions)
        self.groups = _map(words.groups)
        self.approximate = _set(words.approximate)
        self.bounds = _set(words.bounds)
        self.bounds_after = _set(words.bounds_after)
        self.changes = _set(words.changes)
        self.population = _set(words.population)
        self.not_population = _set(words.not_population)
        self.population_links = _set(words.population_links)
        self.population_of = _set(words.population_of)
        self.owner_words = bool(words.population_of)
        self.subgroups = _set(words.subgroups)
        self.partitives = _set(words.partitives)
        self.range_from = _set(words.range_from)
        self.range_to = _set(words.range_to)
        self.of_words = _set(words.of_words)
        self.adjective_groups = frozenset(w.lower() for w in words.adjective_groups)
        self.annual = _set(words.annual)
        self.thresholds = _set(words.thresholds)
        self.day_months = _map(words.day_months)
        self.as_words = _set(words.as_words)
        self.relatives = _set(words.relatives)
        # Words that may follow a noun without being another noun: "German (5.7%)",
        # "Catholic, followed", "Russians and", "Kazakh population".
        self.function_words = (
            language.stopwords
            | frozenset(w.lower() for w in words.phrase_stops)
            | frozenset(w.lower() for w in words.conjunctions)
            | frozenset(w.lower() for w in words.articles)
        )
        self.residents = _set(words.residents)
        self.people = _set(words.people)
        self.living = _set(words.living)
        self.scopes = _map(words.scopes)
        self.year_before = _set(words.year_before)
        self.year_after = _set(words.year_after)
        self.founding = _set(words.founding)
        self.date_bounds = _set(words.date_bounds)
        self.own_place = _set(words.own_place)
        self.statistics = _map(words.statistics)
        self.elevation = _set(words.elevation)
        self.sea_level = _map(words.sea_level)
        self.height_after = _set(words.height_after)
        self.height_before = _set(words.height_before)
        self.facilities = _set(words.facilities)
        self.from_place = _set(words.from_place)
        self.distance_from = _set(words.distance_from)
        self.per = _set(words.per)
        self.location_verbs = _set(words.location_verbs)
        self.stops = frozenset(w.lower() for w in words.phrase_stops)
        self.articles = frozenset(w.lower() for w in words.articles)
        self.region_heads = {k.lower(): v for k, v in words.region_heads.items()}
        self.adjective_endings = dict(words.adjective_endings)
        self.region_before = _set(words.region_before)
        self.region_after = _set(words.region_after)
        self.former = _set(words.former)
        self.since = _set(words.since)
        self.resets = _set(words.resets)
        self.conjunctions = _set(words.conjunctions)


@functools.lru_cache(maxsize=32)
def _rules(language: Language) -> _Rules:
    return _Rules(language)


@attrs.frozen
class _Numeral:
    start: int
    end: int
    value: Decimal | None
    digits: str  # the integer digits, separators removed
    grouped: bool
    fraction: bool
    ordinal: bool


class _Tokens:
    """The tokens of a sentence, numerals merged, as parallel lists."""

    def __init__(self, text: str, rules: _Rules) -> None:
        self.text = text
        self.kind: list[int] = []
        self.start: list[int] = []
        self.end: list[int] = []
        self.raw: list[str] = []
        self.low: list[str] = []
        self.numerals: dict[int, _Numeral] = {}
        spans = [(m.start(), m.end(), m.lastindex or _SYM) for m in _TOKEN.finditer(text)]
        i = 0
        while i < len(spans):
            s, e, kind = spans[i]
            if kind == _NUM:
                i, numeral = _read_numeral(text, spans, i, rules)
                self.numerals[len(self.kind)] = numeral
                s, e = numeral.start, numeral.end
            else:
                i += 1
            raw = text[s:e]
            self.kind.append(kind)
            self.start.append(s)
            self.end.append(e)
            self.raw.append(raw)
            self.low.append(raw.lower() if kind == _WORD else raw)

    def __len__(self) -> int:
        return len(self.kind)

    def adjacent(self, a: int, b: int) -> bool:
        """Whether tokens ``a`` and ``b`` touch (no space between)."""
        return 0 <= a < len(self.kind) and 0 <= b < len(self.kind) and self.end[a] == self.start[b]

    def boundary(self, i: int) -> bool:
        """Whether token ``i`` ends a clause: a comma, bracket, dash or the like."""
        if self.kind[i] != _SYM:
            return False
        raw = self.raw[i]
        if raw in _CLAUSE:
            return True
        return raw in _HYPHENS and not (self.adjacent(i - 1, i) and self.adjacent(i, i + 1))

    def span(self, a: int, b: int) -> str:
        """The text from token ``a`` to token ``b``, both included."""
        return self.text[self.start[a] : self.end[b]]


def _read_numeral(
    text: str, spans: Sequence[tuple[int, int, int]], i: int, rules: _Rules
) -> tuple[int, _Numeral]:
    """Read the numeral starting at digit run ``i``; return the next span and the numeral."""
    language = rules.language
    separators = language.group_separators
    start, end, _ = spans[i]
    groups = [text[start:end]]
    fraction: str | None = None
    kind: str | None = None  # the group separator used: "," or " "
    bad = False
    j = i
    n = len(spans)
    while True:
        end = spans[j][1]
        c = text[end] if end < len(text) else ""
        if c in _SPACES:
            if c not in separators or j + 1 >= n:
                break
            s2, e2, k2 = spans[j + 1]
            if k2 != _NUM or s2 != end + 1 or bad or fraction is not None:
                break
            if kind in (None, " ") and _groupable(groups[0]) and e2 - s2 == 3:
                groups.append(text[s2:e2])
                kind = " "
                j += 1
                continue
            break
        if c in ",." and c != "":
            if j + 2 >= n or spans[j + 1][0] != end or spans[j + 2][0] != end + 1:
                break
            if spans[j + 2][2] != _NUM:
                break
            digits = text[spans[j + 2][0] : spans[j + 2][1]]
            j += 2
            if bad:
                continue
            if c == rules.decimal and fraction is None:
                fraction = digits
            elif (
                c == "."
                and language.decimal_comma
                and fraction is None
                and kind is None
                and len(digits) != 3
            ):
                fraction = digits  # "24.5" in a decimal-comma text: only a decimal point
            elif (
                c in separators
                and fraction is None
                and kind in (None, c)
                and _groupable(groups[0])
                and len(digits) == 3
            ):
                groups.append(digits)
                kind = c
            else:
                bad = True
            continue
        break
    end = spans[j][1]
    integer = "".join(groups)
    ordinal = False
    if language.ordinal_period and fraction is None and text[end : end + 2] in {". ", ".\u00a0"}:
        after = end + 2
        ordinal = after < len(text) and (text[after].islower() or text[after].isdigit())
    value: Decimal | None = None
    if not bad and len(integer) + len(fraction or "") <= _MAX_DIGITS:
        value = Decimal(integer + ("." + fraction if fraction else ""))
    numeral = _Numeral(
        start=start,
        end=end,
        value=value,
        digits=integer,
        grouped=len(groups) > 1,
        fraction=fraction is not None,
        ordinal=ordinal,
    )
    return j + 1, numeral


def _groupable(first: str) -> bool:
    return 1 <= len(first) <= 3 and (first[0] != "0" or first == "0")


# --- quantities -------------------------------------------------------------------------


@attrs.define
class _Quantity:
    tok: int  # the numeral's token
    numeral: _Numeral
    value: Decimal | None
    first: int  # first token: the approximate word or the sign, else the numeral
    last: int  # last token: the unit, the scale word or the numeral; then the conversion
    ev_start: int
    ev_end: int
    sign: int = 0
    dash_sign: bool = False
    scaled: bool = False
    unit: str | None = None
    approximate: bool = False
    bound: bool = False
    change: bool = False
    rate: bool = False
    converted_from: str | None = None
    swallowed: bool = False

    @functools.cached_property
    def count(self) -> int | None:
        """The value as a head count, if it is a whole non-negative number."""
        if self.value is None or self.sign or self.bound or self.change or self.rate:
            return None
        if self.unit is not None or self.numeral.ordinal:
            return None
        if self.numeral.fraction and not self.scaled:
            return None
        if self.value != self.value.to_integral_value() or self.value <= 0:
            return None
        return int(self.value)

    @functools.cached_property
    def year(self) -> int | None:
        """The number as a year: an ungrouped four-digit number from 1000 to 2100."""
        numeral = self.numeral
        if self.value is None or self.sign or self.unit is not None or self.scaled:
            return None
        if numeral.grouped or numeral.fraction or len(numeral.digits) != 4:
            return None
        year = int(numeral.digits)
        return year if 1000 <= year <= 2100 else None


def _quantities(toks: _Tokens, rules: _Rules) -> list[_Quantity]:
    quantities: list[_Quantity] = []
    n = len(toks)
    skip_to = 0
    for i, numeral in toks.numerals.items():
        if i < skip_to:
            continue
        q = _quantity(toks, rules, i, numeral)
        skip_to = q.last + 1
        quantities.append(q)
    by_first = {q.first: q for q in quantities}
    for q in quantities:
        if q.unit is None or q.swallowed or q.value is None:
            continue
        k = q.last + 1
        if k >= n or toks.raw[k] != "(":
            continue
        inner = by_first.get(k + 1)
        if inner is None or inner.unit is None or inner.value is None:
            continue
        if _DIMENSION[inner.unit] != _DIMENSION[q.unit]:
            continue
        close = inner.last
        for j in range(inner.last + 1, min(n, inner.last + 8)):
            if toks.raw[j] == ")":
                close = j
                break
            if toks.raw[j] == "(":
                break
        if q.unit in _METRIC or inner.unit not in _METRIC:
            inner.swallowed = True
            q.last = close
        else:  # "250 mi (400 km)": the metric value is the one to keep
            q.swallowed = True
            inner.first, inner.last = q.first, close
            inner.approximate |= q.approximate
            inner.bound |= q.bound
    return quantities


def _quantity(toks: _Tokens, rules: _Rules, i: int, numeral: _Numeral) -> _Quantity:
    text = toks.text
    s, e = numeral.start, numeral.end
    p = text[s - 1] if s > 0 else ""
    pp = text[s - 2] if s > 1 else ""
    c = text[e] if e < len(text) else ""
    cc = text[e + 1] if e + 1 < len(text) else ""
    q = _Quantity(
        tok=i, numeral=numeral, value=numeral.value, first=i, last=i, ev_start=s, ev_end=e
    )
    if (p in _LINKS and pp.isalnum()) or p.isalnum() or p == "_" or (p == "[" and c == "]"):
        q.value = None
    if p in _SIGNS and not pp.isalnum() and i > 0 and toks.adjacent(i - 1, i):
        q.sign = _SIGNS[p]
        q.dash_sign = p == "\u2013"
        q.first = i - 1
        q.ev_start = s - 1
    marker = rules.approximate.ending(toks.low, q.first - 1)
    if marker is not None:
        q.approximate = True
        q.first = marker[0]
        q.ev_start = toks.start[marker[0]]
    before = q.first - 1
    if rules.bounds.ending(toks.low, before) is not None:
        q.bound = True
    if (
        rules.changes.ending(toks.low, before) is not None
        or rules.per.ending(toks.low, before) is not None
    ):
        q.change = True
    j = i + 1
    scale = rules.scales.at(toks.low, j)
    if scale is not None and q.value is not None:
        q.value *= scale[1]
        q.scaled = True
        q.last = scale[0] - 1
        q.ev_end = toks.end[q.last]
        j = scale[0]
    unit = rules.units.at(toks.raw, j)
    if unit is None and j == i + 1 and c in _HYPHENS and toks.adjacent(i, j):
        # "a 220-metre chimney"
        unit = rules.units.at(toks.raw, j + 1) if toks.adjacent(j, j + 1) else None
    if unit is not None:
        q.unit = unit[1]
        q.last = unit[0] - 1
        q.ev_end = toks.end[q.last]
    elif (c.isalpha() or c == "_") and scale is None:
        q.value = None  # "1990s", "2nd", "89079¹"
    elif c in _LINKS and cc.isalnum():
        q.value = None  # "1954–1956", "12:30", "978-5-17", "1990-ies"
    q.rate = _rate(toks, rules, q.last + 1)
    if _bound_after(toks, rules, q.last):
        q.bound = True
    return q


def _bound_after(toks: _Tokens, rules: _Rules, last: int) -> bool:
    """Whether a bound follows the quantity ending at token ``last``: ``300+``, ``or more``."""
    after = last + 1
    if after < len(toks) and toks.raw[after] == "+" and toks.adjacent(last, after):
        return True
    return rules.bounds_after.at(toks.low, after) is not None


def _rate(toks: _Tokens, rules: _Rules, i: int) -> bool:
    """Whether token ``i`` starts a rate's base: ``/``, or ``per`` and a unit or number."""
    if i >= len(toks):
        return False
    if toks.raw[i] == "/":
        return True
    per = rules.per.at(toks.low, i)
    if per is None or per[0] >= len(toks):
        return False
    return per[0] in toks.numerals or rules.units.at(toks.raw, per[0]) is not None


# --- the reader ------------------------------------------------------------------------


class _Reader:
    """Finds the facts of one sentence."""

    def __init__(self, sentence: str, rules: _Rules, names: Collection[str]) -> None:
        self.rules = rules
        self.toks = _Tokens(sentence, rules)
        self.names = frozenset(name.casefold() for name in names)
        self.name_words = frozenset(w for name in self.names for w in name.split())
        self.quantities = [q for q in _quantities(self.toks, rules) if not q.swallowed]
        self.by_tok = {q.tok: q for q in self.quantities}
        self.by_first = {q.first: q for q in self.quantities}
        self.by_last = {q.last: q for q in self.quantities}
        self.index = {q.tok: k for k, q in enumerate(self.quantities)}
        self.found: list[Found] = []
        self.used_years: set[int] = set()  # token indices of years already taken
        self.days = {q.tok for q in self.quantities if self.is_day(q)}
        self.ranged = self.ranges()

    # --- small helpers

    def fact(
        self,
        kind: str,
        value: int | float | str,
        unit: str | None,
        qualifiers: Mapping[str, str],
        start: int,
        end: int,
    ) -> None:
        self.found.append(
            Found(kind=kind, value=value, unit=unit, qualifiers=qualifiers, start=start, end=end)
        )

    def numeric(self, kind: str, q: _Quantity, value: float, extra: Mapping[str, str]) -> None:
        qualifiers = dict(extra)
        if q.converted_from is not None:
            qualifiers["converted_from"] = q.converted_from
        if q.approximate:
            qualifiers["approximate"] = "true"
        self.fact(kind, value, q.unit, qualifiers, q.ev_start, q.ev_end)

    def is_day(self, q: _Quantity) -> bool:
        """Whether ``q`` is the day of a date: ``9 November``, ``November 9``, ``1 августа``."""
        numeral, value = q.numeral, q.value
        if value is None or q.unit is not None or q.scaled or q.sign:
            return False
        if numeral.grouped or numeral.fraction or len(numeral.digits) > 2 or not 1 <= value <= 31:
            return False
        toks, rules = self.toks, self.rules
        return any(
            months.at(toks.low, q.last + 1) is not None
            or months.ending(toks.low, q.tok - 1) is not None
            for months in (rules.months, rules.day_months)
        )

    def ranges(self) -> set[int]:
        """The numbers of ranges and changes: both ends of ``from 1.9 million to 4 million``.

        A range gives no value: neither end is the place's (``the population ranges
        from 500,000 to 2.95 million``, ``increased the area from 66 to 883 km2``).
        """
        toks, rules = self.toks, self.rules
        ranged: set[int] = set()
        for q in self.quantities:
            if rules.range_from.ending(toks.low, q.first - 1) is None:
                continue
            for j in range(q.last + 1, min(len(toks), q.last + 11)):
                if toks.raw[j] == ";":
                    break
                hit = rules.range_to.at(toks.low, j)
                if hit is None:
                    continue
                other = self.by_first.get(hit[0])
                if other is not None:
                    ranged.update((q.tok, other.tok))
                    break
        return ranged

    def hyphen_joins(self, j: int) -> bool:
        """Whether token ``j`` is a hyphen joining a word to the token before it."""
        toks = self.toks
        return (
            j + 1 < len(toks)
            and toks.raw[j] in _HYPHENS
            and toks.adjacent(j - 1, j)
            and toks.adjacent(j, j + 1)
            and toks.kind[j + 1] == _WORD
        )

    def noun_follows(self, j: int) -> bool:
        """Whether token ``j`` is a word that is not a function word: another noun follows."""
        toks = self.toks
        if j >= len(toks):
            return False
        if self.hyphen_joins(j):
            return True  # "German-speaking"
        return toks.kind[j] == _WORD and toks.low[j] not in self.rules.function_words

    def is_group(self, a: int, b: int) -> bool:
        """Whether the group words in tokens ``a`` … ``b`` name a group, not qualify a noun.

        ``German (5.7%)``, ``Catholic, followed by`` and ``Kazakh population`` are
        groups; ``German top athletes`` and ``the Catholic Church`` are not.
        """
        toks, rules = self.toks, self.rules
        if toks.low[b] not in rules.adjective_groups or not self.noun_follows(b + 1):
            return True
        return any(
            phrases.at(toks.low, b + 1) is not None
            for phrases in (rules.population, rules.residents, rules.people)
        )

    def group_after(self, i: int, limit: int) -> tuple[int, int, str] | None:
        """The first group in tokens ``i`` … ``i + limit - 1``: (start, end, its name)."""
        groups, low = self.rules.groups, self.toks.low
        for j in range(max(i, 0), min(len(self.toks), i + limit)):
            hit = groups.at(low, j)
            if hit is not None and self.is_group(j, hit[0] - 1):
                return j, hit[0], hit[1]
        return None

    def group_before(self, i: int, limit: int) -> tuple[int, int, str] | None:
        """The nearest group ending in tokens ``i`` … ``i - limit + 1``: (start, end, its name)."""
        groups, low = self.rules.groups, self.toks.low
        for j in range(min(i, len(self.toks) - 1), max(i - limit, -1), -1):
            hit = groups.ending(low, j)
            if hit is not None and self.is_group(hit[0], j):
                return hit[0], j + 1, hit[1]
        return None

    def find_after(
        self,
        phrases: _Phrases[T],
        i: int,
        limit: int,
        stop: int | None = None,
        clause: bool = True,
    ) -> tuple[int, int, T] | None:
        """The first phrase starting in tokens ``i`` … ``i + limit - 1``: (start, end, payload).

        None at ``stop`` and, with ``clause``, at a clause boundary.
        """
        toks = self.toks
        words = toks.low if phrases.lower else toks.raw
        end = min(len(toks), i + limit, len(toks) if stop is None else stop)
        for j in range(max(i, 0), end):
            if clause and toks.boundary(j):
                return None
            hit = phrases.at(words, j)
            if hit is not None:
                return j, hit[0], hit[1]
        return None

    def find_before(
        self, phrases: _Phrases[T], i: int, limit: int, stop: int = -1, clause: bool = True
    ) -> tuple[int, int, T] | None:
        """The nearest phrase ending in tokens ``i`` … ``i - limit + 1``: (start, end, payload).

        None at ``stop`` and, with ``clause``, at a clause boundary.
        """
        toks = self.toks
        words = toks.low if phrases.lower else toks.raw
        for j in range(min(i, len(toks) - 1), max(i - limit, stop, -1), -1):
            if clause and toks.boundary(j):
                return None
            hit = phrases.ending(words, j)
            if hit is not None:
                return hit[0], j + 1, hit[1]
        return None

    def phrase_after(self, j: int, limit: int = 6) -> tuple[int, int] | None:
        """A name phrase starting at token ``j`` (articles dropped): its first and last token."""
        toks, stops = self.toks, self.rules.stops
        n = len(toks)
        while j < n and toks.kind[j] == _WORD and toks.low[j] in self.rules.articles:
            j += 1
        first, last, words = j, -1, 0
        while j < n and words < limit:
            if toks.kind[j] == _WORD:
                if toks.low[j] in stops:
                    break
                last, words, j = j, words + 1, j + 1
            elif (
                toks.raw[j] in _JOINERS
                and last == j - 1
                and toks.adjacent(j - 1, j)
                and j + 1 < n
                and toks.kind[j + 1] == _WORD
                and toks.adjacent(j, j + 1)
            ):
                j += 1
            else:
                break
        return (first, last) if last >= first else None

    def phrase_before(self, j: int, limit: int = 6) -> tuple[int, int] | None:
        """A name phrase ending at token ``j`` (articles dropped): its first and last token."""
        toks, stops = self.toks, self.rules.stops
        last, first, words = j, -1, 0
        while j >= 0 and words < limit:
            if toks.kind[j] == _WORD:
                if toks.low[j] in stops:
                    break
                first, words, j = j, words + 1, j - 1
            elif (
                toks.raw[j] in _JOINERS
                and first == j + 1
                and toks.adjacent(j, j + 1)
                and j > 0
                and toks.kind[j - 1] == _WORD
                and toks.adjacent(j - 1, j)
            ):
                j -= 1
            else:
                break
        if first < 0:
            return None
        while first <= last and toks.low[first] in self.rules.articles:
            first += 1
        while first <= last and toks.kind[first] != _WORD:
            first += 1
        return (first, last) if first <= last else None

    def own(self, span: tuple[int, int], modified: bool = False) -> bool:
        """Whether a name phrase names the article's own place (``the city``, ``it``).

        With ``modified``, a name after other words counts too (``central Pretoria``).
        """
        toks = self.toks
        if self.rules.own_place.ending(toks.low, span[1]) is not None:
            return True
        text = toks.span(*span).casefold()
        if text in self.names:
            return True
        return modified and any(text.endswith(" " + name) for name in self.names)

    def subject(self, verb: int) -> tuple[int, int] | None:
        """The name phrase before the verb at token ``verb``, auxiliaries skipped."""
        j = verb - 1
        for _ in range(2):
            if j >= 0 and self.toks.kind[j] == _WORD and self.toks.low[j] in self.rules.stops:
                j -= 1
        return self.phrase_before(j) if j >= 0 else None

    # --- the kinds

    def run(self) -> tuple[Found, ...]:
        by_kind: dict[str, list[_Quantity]] = {}
        for q in self.quantities:
            if q.value is None or q.unit is None or q.bound or q.rate:
                continue
            by_kind.setdefault(_DIMENSION[q.unit], []).append(q)
        shares = by_kind.get("share", [])
        for k in range(len(shares)):
            self.share(k, shares)
        self.temperatures(by_kind.get("temperature", []))
        for q in by_kind.get("length", []):
            if q.unit in {"km", "mi"}:
                self.distance(q)
            else:
                self.length(q)
        for q in by_kind.get("area", []):
            self.area(q)
        for q in by_kind.get("power", []):
            self.capacity(q)
        self.populations()
        self.founded()
        self.regions()
        return tuple(sorted(self.found, key=lambda f: (f.start, f.end, f.kind)))

    def share(self, k: int, shares: Sequence[_Quantity]) -> None:
        q = shares[k]
        if q.sign or q.value is None or q.change or q.tok in self.ranged:
            return
        if self.part_of_other(q):
            return  # "15% of all German top athletes", "70% of respondents"
        toks = self.toks
        a = q.first
        while a > 0 and q.first - a < 15 and toks.raw[a - 1] not in _SEGMENT:
            a -= 1
        b = q.last
        while b + 1 < len(toks) and b - q.last < 15 and toks.raw[b + 1] not in _SEGMENT:
            b += 1
        # The other percentages of the segment are the neighbours in the list, if any.
        before_q = shares[k - 1] if k > 0 and shares[k - 1].tok >= a else None
        after_q = shares[k + 1] if k + 1 < len(shares) and shares[k + 1].tok <= b else None
        others = [r for r in (before_q, after_q) if r is not None]
        group: str | None = None
        if not others:
            # Not into an aside after it: "2.7% … other Christian denominations (mostly
            # Eastern Orthodox, …)" is no share of the Orthodox.
            end = next((i for i in range(q.last + 1, b + 1) if toks.raw[i] == "("), b + 1)
            after = self.group_after(q.last + 1, end - q.last - 1)
            before = self.group_before(q.first - 1, q.first - a)
            if after is not None and (before is None or after[0] - q.last <= q.first - before[1]):
                group = after[2]
            elif before is not None:
                group = before[2]
        else:
            j = q.first - 1
            while j >= a and q.first - j <= 2 and toks.kind[j] == _SYM and toks.raw[j] in "(:—–-":
                j -= 1
            hit = self.group_before(j, 1) if j >= a else None
            if hit is not None:
                group = hit[2]
            elif q.first == 0 or toks.raw[q.first - 1] != "(":
                # "Irish (7.7%) and Russian (2.0%)": a bracketed share belongs to the
                # word before it, never to the group of the next one.
                stop = after_q.first if after_q is not None else b + 1
                found = self.group_after(q.last + 1, stop - q.last - 1)
                group = found[2] if found is not None else None
        if group is not None and q.value <= _MAX_SHARE:
            self.numeric("share", q, float(q.value), {"group": group})

    def part_of_other(self, q: _Quantity) -> bool:
        """Whether a share is of something other than the population.

        After an of-word (``of``, ``no``, ``от``, ``всех``) the whole must be the
        population, its residents or its people: ``55% of the population`` is,
        ``15% of all German top athletes`` and ``70% of respondents`` are not.
        """
        toks, rules = self.toks, self.rules
        hit = rules.of_words.at(toks.low, q.last + 1)
        if hit is None:
            return False
        for k in range(hit[0], min(len(toks), hit[0] + 8)):
            if toks.boundary(k) or toks.raw[k] in _SEGMENT:
                break
            if any(
                phrases.at(toks.low, k) is not None
                for phrases in (rules.population, rules.residents, rules.people)
            ):
                return False
        return True

    def temperatures(self, temps: Sequence[_Quantity]) -> None:
        if not temps:
            return
        toks, months = self.toks, self.rules.months
        first = temps[0]
        month_first = self.find_before(months, first.first - 1, 12, clause=False) is not None
        for q in temps:
            if q.value is None:
                continue
            # The sign first: −40 °F is −40 °C, not −(40 °F).
            value = -q.value if q.sign < 0 else q.value
            if q.unit == "°F":
                value = (value - 32) * 5 / 9
                q.converted_from = "°F"
            q.unit = "°C"
            # The month words between this number and its neighbours (of any kind).
            index = self.index[q.tok]
            nxt = (
                self.quantities[index + 1].first if index + 1 < len(self.quantities) else len(toks)
            )
            prev = self.quantities[index - 1].last if index > 0 else -1
            after = self.find_after(months, q.last + 1, 8, stop=nxt)
            before = self.find_before(months, q.first - 1, 8, stop=prev, clause=False)
            chosen = (before or after) if month_first else (after or before)
            if q.change or self.threshold(q):
                continue  # "par 4 °C augstāka", "the 0 °C isotherm"
            if chosen is not None and self.month_in_list(chosen[0], chosen[1] - 1):
                continue  # "June, July and August with 18.8 °C": a season, no month
            qualifiers: dict[str, str] = {}
            if chosen is not None:
                qualifiers["month"] = f"{chosen[2]:02d}"
            stat = self.find_before(self.rules.statistics, q.first - 1, 30, clause=False)
            if stat is None:
                stat = self.find_after(self.rules.statistics, q.last + 1, 4)
            if stat is not None:
                qualifiers["statistic"] = stat[2]
            if chosen is None and (stat is None or (stat[2] in _MEANS and not self.annual(q))):
                continue  # no month, no statistic: a reading, not the climate
            if not _COLDEST <= value <= _HOTTEST:
                continue  # no place's climate: a misread, or not the climate at all
            self.numeric("temperature", q, float(value), qualifiers)

    def threshold(self, q: _Quantity) -> bool:
        """Whether a threshold word stands next to a temperature (``the 0 °C isotherm``)."""
        thresholds = self.rules.thresholds
        return (
            self.find_after(thresholds, q.last + 1, 3, clause=False) is not None
            or self.find_before(thresholds, q.first - 1, 3, clause=False) is not None
        )

    def annual(self, q: _Quantity) -> bool:
        """Whether a mean temperature without a month is the year's (``average annual``)."""
        annual = self.rules.annual
        return (
            self.find_before(annual, q.first - 1, 30, clause=False) is not None
            or self.find_after(annual, q.last + 1, 6) is not None
        )

    def month_in_list(self, a: int, b: int) -> bool:
        """Whether the month in tokens ``a`` … ``b`` is one of a list: ``June, July and August``."""
        toks, rules = self.toks, self.rules
        months = rules.months
        k = a - 1
        joined = k >= 0 and (
            toks.raw[k] == "," or rules.conjunctions.ending(toks.low, k) is not None
        )
        if joined and months.ending(toks.low, k - 1) is not None:
            return True
        k = b + 1
        if k < len(toks):
            conjunction = rules.conjunctions.at(toks.low, k)
            if toks.raw[k] == ",":
                conjunction = (k + 1, True)
            if conjunction is not None and months.at(toks.low, conjunction[0]) is not None:
                return True
        return False

    def distance(self, q: _Quantity) -> None:
        if q.sign or q.value is None or q.change or q.tok in self.ranged:
            return
        toks, rules = self.toks, self.rules
        value = float(q.value)
        if q.unit == "mi":
            value = (length_to_m(value, "mi") or 0.0) / 1000
            q.converted_from = "mi"
        q.unit = "km"
        j = q.last + 1
        direction = rules.directions.at(toks.low, j)
        if direction is not None:
            j = direction[0]
            if self.hyphen_joins(j):
                return  # "north-northeast": finer than the directions the rules know
        place: tuple[int, int] | None = None
        own_from = False
        via = (rules.from_place if direction is not None else rules.distance_from).at(toks.low, j)
        if via is not None:
            place = self.phrase_after(via[0])
            if place is not None and self.own(place, modified=True):
                place = None  # "… to the south-west of the city": the place is the subject
                own_from = True
        if place is None and direction is not None:
            verb = rules.location_verbs.at(toks.low, j) if via is None else None
            if verb is not None:
                place = self.phrase_after(verb[0])
            else:
                verb_before = self.find_before(rules.location_verbs, q.first - 1, 2)
                if verb_before is not None:
                    place = self.subject(verb_before[0])
        if place is not None and self.own(place):
            place = None
        if direction is None and place is None:
            return
        if own_from and place is None:
            return  # "OR Tambo International, 45 km south of central Pretoria": what lies there?
        if via is not None and place is not None and not self.subject_is_place(q):
            return  # "the city's airport is 18 km south of the centre"
        qualifiers: dict[str, str] = {}
        if place is not None:
            qualifiers["place"] = toks.span(*place)
        if direction is not None:
            qualifiers["direction"] = direction[1]
        self.numeric("distance", q, value, qualifiers)

    def subject_is_place(self, q: _Quantity) -> bool:
        """Unless the subject of a verb of lying right before ``q`` is something else.

        ``Belovo is 95 km south of Kemerovo`` and ``…, 100 km south of …`` are about
        the place; ``The airport is 18 km south of the centre`` is not.
        """
        verb = self.find_before(self.rules.location_verbs, q.first - 1, 2)
        subject = self.subject(verb[0]) if verb is not None else None
        return subject is None or self.own(subject) or self.proper(subject)

    def length(self, q: _Quantity) -> None:
        if q.value is None or q.change or q.tok in self.ranged:
            return
        toks, rules = self.toks, self.rules
        value = float(q.value)
        if q.unit == "ft":
            value = length_to_m(value, "ft") or 0.0
            q.converted_from = "ft"
        q.unit = "m"
        sea = rules.sea_level.at(toks.low, q.last + 1)
        if sea is not None or self.find_before(rules.elevation, q.first - 1, 5) is not None:
            if q.dash_sign or (q.sign < 0 and sea is not None and sea[1] < 0):
                return  # "–28 m" or "-28 m below sea level": not sure which sign is meant
            sign = (sea[1] if sea is not None else 1) * (-1 if q.sign < 0 else 1)
            if self.about_place(q):
                self.numeric("elevation", q, sign * value, {})
            return
        if q.sign:
            return
        structure: tuple[int, int] | None = None
        tall = rules.height_after.at(toks.low, q.last + 1)
        if tall is not None:
            structure = self.phrase_after(tall[0], limit=4)
            if structure is None:
                verb = self.find_before(rules.location_verbs, q.first - 1, 2)
                if verb is not None:
                    structure = self.subject(verb[0])
        else:
            high = rules.height_before.ending(toks.low, q.first - 1)
            if high is not None:
                structure = self.phrase_before(high[0] - 1, limit=4)
        if structure is not None and not self.own(structure):
            self.numeric("height", q, value, {"structure": toks.span(*structure)})

    def area(self, q: _Quantity) -> None:
        if q.sign or q.value is None or q.change or q.tok in self.ranged:
            return
        toks = self.toks
        if q.first > 0 and toks.raw[q.first - 1] == "(":
            return  # "(210 гектаров) парковым насаждением": an aside about another thing
        if self.noun_follows(q.last + 1) or self.rules.of_words.at(toks.low, q.last + 1):
            return  # "a 2.5 km2 research park", "700 km2 of vineyards"
        value = float(q.value)
        if q.unit in {"sqmi", "ha"}:
            value = area_to_km2(value, q.unit) or 0.0
            q.converted_from = q.unit
        q.unit = "km2"
        if self.about_place(q):
            self.numeric("area", q, value, {})

    def about_place(self, q: _Quantity) -> bool:
        """Whether the words before ``q`` make it about the article's place.

        They do when its clause names the place (``the city``, ``its``, a name given
        to :func:`extract`) or when the sentence opens with a proper name
        (``Jezkazgan covers 47 km²``); ``The harbour covers 2.5 km²`` is not.
        """
        toks, rules = self.toks, self.rules
        start = max(q.first - 16, 0)
        for j in range(q.first - 1, start - 1, -1):
            if toks.raw[j] == ";":
                return False
            if rules.own_place.ending(toks.low, j) is not None:
                return True
            if self.names and toks.kind[j] == _WORD and toks.low[j] in self.name_words:
                return True
        if start > 0:
            return False
        # The sentence opens with a proper name: "Jezkazgan covers 47 km²".
        toks = self.toks
        return (
            toks.kind[0] == _WORD
            and toks.raw[0][:1].isupper()
            and toks.low[0] not in rules.language.stopwords
            and toks.low[0] not in rules.articles
            and toks.low[0] not in rules.stops
            and (len(toks) < 2 or toks.low[1] not in rules.articles)  # not "Today the harbour"
        )

    def proper(self, span: tuple[int, int]) -> bool:
        """Whether a phrase is a proper name: its words capitalised, stop words aside."""
        toks, rules = self.toks, self.rules
        words = [k for k in range(span[0], span[1] + 1) if toks.kind[k] == _WORD]
        if not words or toks.low[words[0]] in rules.language.stopwords:
            return False
        return (
            all(
                toks.raw[k][:1].isupper() or toks.low[k] in rules.stops or len(toks.raw[k]) == 1
                for k in words
            )
            and toks.raw[words[-1]][:1].isupper()
        )

    def capacity(self, q: _Quantity) -> None:
        if q.sign or q.value is None or q.change or q.tok in self.ranged:
            return
        toks, facilities = self.toks, self.rules.facilities
        value = q.value
        if q.unit == "GW":
            value *= 1000
            q.converted_from = "GW"
        q.unit = "MW"
        span: tuple[int, int] | None = None
        hit = self.find_before(facilities, q.first - 1, 25, clause=False)
        if hit is None:
            hit = self.find_after(facilities, q.last + 1, 6)
        if hit is not None:
            a, b = hit[0], hit[1] - 1
            k, words = a - 1, 0
            while k >= 0 and words < 6:
                if toks.kind[k] == _WORD and toks.raw[k][:1].isupper():
                    low = toks.low[k]
                    if low in self.rules.stops or low in self.rules.articles:
                        break
                    if low in self.rules.language.stopwords:
                        break
                    a, k, words = k, k - 1, words + 1
                elif toks.raw[k] in _JOINERS and toks.adjacent(k, k + 1) and k == a - 1:
                    k -= 1
                elif (
                    toks.kind[k] == _WORD
                    and len(toks.raw[k]) <= 3
                    and k == a - 1
                    and k > 0
                    and toks.kind[k - 1] == _WORD
                    and toks.raw[k - 1][:1].isupper()
                ):
                    k -= 1  # "Combined Heat and Power Plant", "Bank of …"
                else:
                    break
            while toks.kind[a] != _WORD:
                a += 1
            span = (a, b)
        qualifiers = {} if span is None else {"facility": toks.span(*span)}
        self.numeric("capacity", q, float(value), qualifiers)

    # --- populations and years

    def population_word_before(self, q: _Quantity) -> bool:
        """A population word within 8 tokens before the count, tied to it.

        No other count may stand between, the word must be about the whole
        population (not ``the migrant population``) and the words between must tie
        the count to it (see :meth:`tied`).
        """
        toks, rules = self.toks, self.rules
        for j in range(q.first - 1, max(q.first - 9, -1), -1):
            if j in toks.numerals and not self.date_part(self.by_tok.get(j)):
                return False  # another number between: the word is not about this one
            hit = rules.population.ending(toks.low, j)
            if hit is None:
                continue
            if rules.not_population.at(toks.low, j + 1) is not None:
                return False
            if rules.not_population.ending(toks.low, hit[0] - 1) is not None:
                return False
            if self.subgroup(hit[0] - 1, ending=True):
                return False  # "the East German population", "the migrant population"
            return self.tied(j + 1, q.first)
        return False

    def subgroup(self, j: int, ending: bool = False) -> bool:
        """Whether a subgroup or group word starts (or, with ``ending``, ends) at token ``j``."""
        low, rules = self.toks.low, self.rules
        if ending:
            return (
                rules.subgroups.ending(low, j) is not None
                or rules.groups.ending(low, j) is not None
            )
        return rules.subgroups.at(low, j) is not None or rules.groups.at(low, j) is not None

    def tied(self, a: int, b: int) -> bool:
        """Whether the tokens ``a`` … ``b - 1`` between a population word and a count tie them.

        Right before the count stand only linking words (``is``, ``of``, ``totals``,
        ``составляет``, ``—``) and dates (``at the 2010 census``, ``на 1 января 2023
        года``). Before those the population word may take its owner: ``of`` and a
        few words in English (``the population of the metropolitan area is``), up to
        three words in a genitive language (``население объединённого Берлина
        составляло``), never with a comma: ``the East German population, the Berlin
        Wall fell on 9`` and ``the population was spread out with 188`` are not tied.
        """
        toks, rules = self.toks, self.rules
        low = toks.low
        k, linked = b - 1, False
        while k >= a:
            ordinal = self.by_last.get(k - 1)
            if toks.raw[k] in "()" or (
                toks.raw[k] == "." and ordinal is not None and ordinal.numeral.ordinal
            ):
                k -= 1  # brackets around a year; the period of "1. janvārī"
                continue
            q = self.by_last.get(k)
            if q is not None and self.date_part(q):
                k = q.first - 1
                continue
            link = rules.population_links.ending(low, k)
            if link is not None:
                linked, k = True, link[0] - 1
                continue
            start = self.date_words_ending(k)
            if start is None:
                break
            k = start - 1
        if k < a:
            return True
        if not linked:
            return False
        # The owner of the population word: tokens a … k.
        if any(toks.boundary(i) or toks.raw[i] in _SEGMENT for i in range(a, k + 1)):
            return False
        if any(self.subgroup(i) for i in range(a, k + 1)):
            return False  # "the population of foreigners was"
        if rules.owner_words:
            return k - a < 6 and rules.population_of.at(low, a) is not None
        return k - a < 4

    def date_words_ending(self, k: int) -> int | None:
        """The first token of the month or year word ending at ``k``, if it dates a number."""
        rules, low = self.rules, self.toks.low
        month = rules.months.ending(low, k) or rules.day_months.ending(low, k)
        if month is not None:
            return month[0]
        before = rules.year_before.ending(low, k)
        if before is not None and self.date_part(self.by_first.get(k + 1)):
            return before[0]  # "at the 2010 census", "на 2023 год"
        after = rules.year_after.ending(low, k)
        if after is not None and self.date_part(self.by_last.get(after[0] - 1)):
            return after[0]
        return None

    def date_part(self, q: _Quantity | None) -> bool:
        """Whether a number is a year, an ordinal or a day of a month (``1 января``, ``July 1``)."""
        if q is None:
            return False
        if q.year is not None or q.numeral.ordinal or q.tok in self.days:
            return True
        return self.rules.months.at(self.toks.low, q.last + 1) is not None

    def inside_brackets(self, q: _Quantity) -> int | None:
        """The opening bracket ``q`` stands inside, within 15 tokens before it, if any."""
        toks = self.toks
        for j in range(q.first - 1, max(q.first - 16, -1), -1):
            if toks.raw[j] == ")":
                return None
            if toks.raw[j] == "(":
                return j
        return None

    def is_population(self, q: _Quantity) -> bool:
        if q.count is None or q.tok in self.days or q.tok in self.ranged:
            return False  # "fell on 9 November", "from 1.9 million to 4 million"
        toks, rules = self.toks, self.rules
        j = q.last + 1
        if self.subgroup(j):
            return False  # "400,000 Afrikaners", "20,000 students"
        if self.find_before(rules.partitives, q.first - 1, 3) is not None:
            return False  # "of whom 20,000", "из них 20 000 человек"
        strong = rules.residents.at(toks.low, j)
        weak = None if strong is not None else rules.people.at(toks.low, j)
        noun = strong or weak
        if noun is not None:
            if _rate(toks, rules, noun[0]):
                return False  # "1,895 people per km²"
            if self.subgroup_after(noun[0]):
                return False  # "жителей-иностранцев", "inhabitants of foreign origin"
        if q.year is not None and noun is None:
            return False  # a year is never a count unless people follow it at once
        bracket = self.inside_brackets(q)
        if bracket is not None:
            # An aside in brackets ("4% (96,073 residents)", "(… его покинули 30000
            # жителей)") counts only with its own population or living word.
            inside = q.first - bracket - 1
            if (
                self.find_after(rules.living, bracket + 1, inside, clause=False) is None
                and self.find_after(rules.population, bracket + 1, inside, clause=False) is None
            ):
                return False
        if strong is not None:
            return True
        if self.population_word_before(q):
            return True
        if weak is not None:
            if self.find_before(rules.living, q.first - 1, 4) is not None:
                return True
            return self.find_after(rules.living, weak[0], 3) is not None
        return False

    def subgroup_after(self, j: int) -> bool:
        """Whether the resident word ending before token ``j`` is joined to a subgroup."""
        toks = self.toks
        if self.hyphen_joins(j):
            return True  # "жителей-иностранцев": a compound names a part
        for k in range(j, min(j + 2, len(toks))):
            if toks.boundary(k):
                return False
            if self.subgroup(k):
                return True
        return False

    def date_year(self, y: _Quantity) -> int | None:
        """The year of ``y`` if the words around it date something (``as of 2023``, ``(1999``)."""
        year = y.year
        if year is None or y.bound or y.approximate or y.tok in self.ranged:
            return None
        toks, rules = self.toks, self.rules
        b = y.first - 1
        for k in range(b, b - 3, -1):
            if rules.founding.ending(toks.low, k) is not None:
                return None
        if b >= 0 and toks.raw[b] == "(":
            return year
        if rules.year_before.ending(toks.low, b) is not None:
            return year
        return year if rules.year_after.at(toks.low, y.last + 1) is not None else None

    def populations(self) -> None:
        toks, rules = self.toks, self.rules
        counts = [q for q in self.quantities if self.is_population(q)]
        counted = {q.tok for q in counts}
        years = [
            (q, year)
            for q in self.quantities
            if q.tok not in counted and (year := self.date_year(q)) is not None
        ]
        year_toks = [y.tok for y, _ in years]
        for k, q in enumerate(counts):
            nxt = counts[k + 1].first if k + 1 < len(counts) else len(toks)
            prev = counts[k - 1].last if k > 0 else -1
            qualifiers: dict[str, str] = {}
            year = self.count_year(q, years, year_toks, nxt)
            if year is not None:
                qualifiers["year"] = str(year)
            # The scope named after the count, before a conjunction starts another statement.
            stop = nxt
            for j in range(q.last + 1, min(nxt, q.last + 8)):
                if rules.conjunctions.at(toks.low, j) is not None:
                    stop = j
                    break
            scope = self.find_after(rules.scopes, q.last + 1, 7, stop=stop)
            if scope is None and len(counts) == 1:
                wide = self.find_before(rules.scopes, q.first - 1, 40, clause=False)
                while wide is not None and wide[2] == "city":
                    wide = self.find_before(rules.scopes, wide[0] - 1, 40, clause=False)
                    if wide is not None and q.first - wide[1] > 40:
                        wide = None
                scope = wide
            if scope is None:
                scope = self.find_before(rules.scopes, q.first - 1, 12, stop=prev, clause=False)
            qualifiers["scope"] = scope[2] if scope is not None else "city"
            if q.approximate:
                qualifiers["approximate"] = "true"
            self.fact("population", q.count or 0, None, qualifiers, q.ev_start, q.ev_end)
            self.used_years.add(q.tok)

    def count_year(
        self,
        q: _Quantity,
        years: Sequence[tuple[_Quantity, int]],
        year_toks: Sequence[int],
        nxt: int,
    ) -> int | None:
        """The year that dates a count: one after it in its clause, else the nearest before."""
        toks = self.toks
        k = bisect.bisect_right(year_toks, q.last)  # the first year after q
        if k < len(years):
            y, year = years[k]
            if y.tok < min(nxt, q.last + 9) and not any(
                toks.raw[j] in _SEGMENT for j in range(q.last + 1, y.tok)
            ):
                return year
        k = bisect.bisect_left(year_toks, q.first) - 1  # the last year before q
        if k >= 0 and years[k][0].tok >= q.first - 20:
            return years[k][1]
        return None

    def founded(self) -> None:
        toks, rules = self.toks, self.rules
        for q in self.quantities:
            year = q.year
            if year is None or q.tok in self.used_years or q.bound or q.approximate:
                continue
            if q.tok in self.ranged or rules.date_bounds.ending(toks.low, q.first - 1) is not None:
                continue  # "founded before 1938" gives no year of founding
            hit = self.find_before(rules.founding, q.first - 1, 6, clause=False)
            if hit is not None and self.year_between(hit[1], q.first):
                hit = None
            if hit is None:
                hit = self.find_after(rules.founding, q.last + 1, 6)
                if hit is not None and self.year_between(q.last + 1, hit[0]):
                    hit = None
            if hit is None or not self.about_own_place(hit[0], hit[1] - 1, q):
                continue
            if not self.founded_as_place(q, hit[0], hit[1]):
                continue
            self.used_years.add(q.tok)
            self.fact("founded", year, None, {}, toks.start[q.tok], toks.end[q.tok])

    def year_between(self, a: int, b: int) -> bool:
        """Whether another year-like number or a clause end lies in tokens ``a`` … ``b - 1``."""
        toks = self.toks
        for j in range(a, b):
            if toks.raw[j] == ";":
                return True
            other = self.by_tok.get(j)
            if other is not None and other.year is not None:
                return True
        return False

    def about_own_place(self, a: int, b: int, q: _Quantity) -> bool:
        """Whether the founding words in tokens ``a`` … ``b`` are about the article's place."""
        toks, own = self.toks, self.rules.own_place
        if a == 0:
            return self.opening_subject(q)  # "Founded in 1938, …", "Основан в 1938 году"
        for k in range(a - 1, max(a - 5, -1), -1):
            if toks.boundary(k) and not (k == a - 1 and toks.raw[k] == ","):
                break  # "The town, founded in 1938, …" crosses its comma
            if own.ending(toks.low, k) is not None:
                return True
        for k in range(b + 1, min(b + 4, len(toks))):
            if toks.boundary(k):
                break
            if own.at(toks.low, k) is not None:
                return True
        subject = self.founding_subject(a)
        return subject is not None and toks.span(*subject).casefold() in self.names

    def opening_subject(self, q: _Quantity) -> bool:
        """Whether the subject after ``Founded in 1938,`` is the place.

        ``Founded in 1938, the settlement grew`` is; ``Established in 1920, the
        University of Pretoria Faculty …`` is not. A proper name is taken when no
        names are given.
        """
        toks = self.toks
        for k in range(q.last + 1, min(len(toks), q.last + 4)):
            if toks.raw[k] == ",":
                break
            if toks.boundary(k):
                return True
        else:
            return True
        phrase = self.phrase_after(k + 1)
        if phrase is None:
            return True
        start, rules = phrase[0], self.rules
        if any(rules.own_place.at(toks.low, i) is not None for i in range(start, start + 3)):
            return True
        text = toks.span(*phrase).casefold()
        if any(text == name or text.startswith(name + " ") for name in self.names):
            return True
        # Without names, a proper name with no article: "Founded in 1938, Jezkazgan grew".
        return (
            not self.names
            and start == k + 1
            and toks.raw[start][:1].isupper()
            and toks.low[start] not in rules.language.stopwords
        )

    def founding_subject(self, verb: int) -> tuple[int, int] | None:
        """The subject of a founding verb; after a relative pronoun, its antecedent.

        ``Jezkazgan, which was founded`` is about Jezkazgan; ``a teaching hospital in
        Islamabad that was founded`` is about the hospital, not Islamabad.
        """
        toks, rules = self.toks, self.rules
        j, relative = verb - 1, False
        for _ in range(2):
            if j < 0 or toks.kind[j] != _WORD:
                break
            if rules.relatives.ending(toks.low, j) is not None:
                relative, j = True, j - 1
                break
            if toks.low[j] not in rules.stops:
                break
            j -= 1
        if j >= 0 and relative and toks.raw[j] == ",":
            j -= 1
        if j < 0:
            return None
        phrase = self.phrase_before(j)
        if phrase is not None and relative:
            k = phrase[0] - 1
            while k >= 0 and toks.low[k] in rules.articles:
                k -= 1
            if k >= 0 and toks.kind[k] == _WORD and toks.low[k] in rules.stops:
                return None  # "… hospital in Islamabad that": the antecedent is the hospital
        return phrase

    def founded_as_place(self, q: _Quantity, a: int, b: int) -> bool:
        """Unless the founding says what was founded, and it is not a place.

        ``It was founded in 1726 as the village of Belovo`` and ``Основан в 1954
        году как посёлок`` found the place; ``It was established in 1985 as a
        teaching institute`` founds something else (unless the subject is one of the
        names: ``Karatal was founded in 1929 as a station``).
        """
        toks, rules = self.toks, self.rules
        k = max(q.last, b - 1) + 1
        if k == q.last + 1:
            after = rules.year_after.at(toks.low, k)
            if after is not None:
                k = after[0]
        found = rules.as_words.at(toks.low, k)
        if found is None:
            return True
        for i in range(found[0], min(len(toks), found[0] + 6)):
            if toks.boundary(i):
                break
            if rules.own_place.at(toks.low, i) is not None:
                return True
        subject = self.founding_subject(a)
        return subject is not None and toks.span(*subject).casefold() in self.names

    # --- regions

    def regions(self) -> None:
        toks, rules = self.toks, self.rules
        heads = rules.region_heads
        if not heads:
            return
        for h in range(len(toks)):
            if toks.kind[h] != _WORD:
                continue
            head = heads.get(toks.low[h])
            if head is None:
                continue
            first = self.region_name(h)
            if first is None:
                continue
            relation = self.region_related(first, h)
            if relation is None or not self.region_subject(*relation):
                continue
            value = self.region_value(first, h, head)
            qualifiers: dict[str, str] = {}
            since = self.region_since(first)
            if since is not None:
                qualifiers["since"] = since
            if self.region_former(first):
                qualifiers["former"] = "true"
            self.fact("region", value, None, qualifiers, toks.start[first], toks.end[h])

    def region_name(self, h: int) -> int | None:
        """The first token of the capitalised name before a region's head word."""
        toks, rules = self.toks, self.rules
        first, k, words = -1, h - 1, 0
        while k >= 0 and words < 4:
            if toks.kind[k] == _WORD:
                low = toks.low[k]
                if not toks.raw[k][:1].isupper() or low in rules.stops or low in rules.articles:
                    break
                if low in self.language_stopwords:
                    break
                first, k, words = k, k - 1, words + 1
            elif toks.raw[k] in _JOINERS and first == k + 1 and toks.adjacent(k, k + 1):
                k -= 1
            else:
                break
        return first if first >= 0 else None

    @property
    def language_stopwords(self) -> frozenset[str]:
        return self.rules.language.stopwords

    def region_related(self, first: int, h: int) -> tuple[int, int] | None:
        """The relation that ties a region to the place: its first and last token."""
        toks, rules = self.toks, self.rules
        b = first - 1
        if b >= 0 and toks.low[b] in rules.articles:
            b -= 1
        before = rules.region_before.ending(toks.low, b)
        if before is not None:
            return before[0], b
        after = rules.region_after.at(toks.low, h + 1)
        return (h + 1, after[0] - 1) if after is not None else None

    def region_subject(self, a: int, b: int) -> bool:
        """Unless the relation in tokens ``a`` … ``b`` is said of something else.

        A relation that names the place (``city in``, ``pilsēta``, ``город в``) is
        about it. Otherwise the subject of a verb of lying right before it must be
        the place, a pronoun or (with no names given) a proper name: ``A meteorite
        crater is located in Elmore County``, ``The center of population of Alabama
        is located in Chilton County`` and (in Islamabad) ``Rawalpindi is part of
        Rawalpindi District`` are about other things.
        """
        toks, rules = self.toks, self.rules
        if any(rules.own_place.at(toks.low, i) is not None for i in range(a, b + 1)):
            return True
        verb = self.find_before(rules.location_verbs, b, b - a + 4)
        if verb is None:
            return True
        subject = self.subject(verb[0])
        for _ in range(3):  # "the center of population of Alabama": the head is "center"
            if subject is None or subject[0] < 1:
                break
            owner = rules.of_words.ending(toks.low, subject[0] - 1)
            if owner is None:
                break
            subject = self.phrase_before(owner[0] - 1) if owner[0] > 0 else None
        if subject is None or self.own(subject):
            return True
        if not self.proper(subject):
            return False
        return not self.names

    def region_value(self, first: int, h: int, head: tuple[str, str]) -> str:
        toks = self.toks
        nominative, gender = head
        if not nominative:
            return toks.span(first, h)
        endings = self.rules.adjective_endings.get(gender, ())
        parts: list[str] = []
        for k in range(first, h):
            raw = toks.raw[k]
            if toks.kind[k] == _WORD:
                for ending, replacement in endings:
                    if raw.endswith(ending) and len(raw) > len(ending) + 2:
                        raw = raw[: -len(ending)] + replacement
                        break
            parts.append(raw)
            if not toks.adjacent(k, k + 1):
                parts.append(" ")
        return "".join(parts) + nominative

    def region_since(self, first: int) -> str | None:
        toks, rules = self.toks, self.rules
        for j in range(first - 1, max(first - 12, -1), -1):
            if toks.kind[j] == _SYM and toks.raw[j] in _SEGMENT:
                return None
            q = self.by_tok.get(j)
            if q is None or q.year is None:
                continue
            if rules.since.ending(toks.low, q.first - 1) is not None:
                return str(q.year)
        return None

    def region_former(self, first: int) -> bool:
        toks, rules = self.toks, self.rules
        for j in range(first - 1, max(first - 12, -1), -1):
            if toks.kind[j] == _SYM and toks.raw[j] in _SEGMENT:
                break
            if rules.resets.ending(toks.low, j) is not None:
                return False
            if rules.former.ending(toks.low, j) is not None:
                return True
        # "Previously, the city was part of …": a former word opening the sentence.
        opening = rules.former.at(toks.low, 0)
        if opening is None or first - opening[0] > 15:
            return False
        return all(rules.resets.at(toks.low, j) is None for j in range(opening[0], first))


def extract(sentence: str, language: Language, *, names: Collection[str] = ()) -> tuple[Found, ...]:
    """The facts one sentence states, in the order of their evidence.

    ``names`` are the names of the article's place (its title); a founding or a
    distance whose subject is one of them is about the place itself. Any string
    gives a tuple, maybe empty; nothing raises, and the time is linear.

    >>> from infobox.article.languages import LANGUAGES
    >>> [(f.kind, f.value, dict(f.qualifiers)) for f in extract(
    ...     "The city population is of 90,000 (1999 census).", LANGUAGES["en"])]
    [('population', 90000, {'year': '1999', 'scope': 'city'})]
    """
    if not sentence:
        return ()
    return _Reader(sentence, _rules(language), names).run()
