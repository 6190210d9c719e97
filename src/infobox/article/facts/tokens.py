"""The tokens of a sentence and a language's words compiled for matching them.

One regular expression without nested quantifiers splits the sentence into digit
runs, words and single other characters. Digit runs joined by the language's group
separators (``148,700``, ``150 000``) or its decimal mark (``24,5`` in Latvian and
Russian, ``2.5`` in English) become one :class:`Numeral`. :class:`Phrases` finds the
language's phrases starting or ending at a token; :class:`Rules` holds every phrase
set of a :class:`~infobox.article.languages.Language`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Final, Generic, NamedTuple, TypeVar

from ..languages import Language

# A digit run, a word (a letter, then letters and digits: "km2", "E018"), or any other
# single non-space character. No nested quantifiers: linear on any input.
_TOKEN: Final = re.compile(r"([0-9]+)|([^\W\d_][^\W_]*)|(\S)")
_WORD_TOKEN: Final = re.compile(r"[^\W\d_][^\W_]*")
# The same tokens, each with the white space before it (what _TOKEN's search skips).
# The word comes first: most tokens are words, and the search tries them first (the
# alternatives cannot both match: a word starts with a letter, a digit run with 0-9).
_SPACED_TOKEN: Final = re.compile(r"(\s*+)(?:([^\W\d_][^\W_]*)|([0-9]+)|(\S))")
NUM: Final = 1
WORD: Final = 2
SYM: Final = 3

SPACES: Final = frozenset(" \u00a0\u202f\u2009")
#: A digit a numeral starts with (a sentence without one holds no quantity).
DIGIT: Final = re.compile("[0-9]")


def holds_digit(text: str) -> bool:
    """Whether ``text`` holds a digit ``0`` … ``9`` (:data:`DIGIT` finds one).

    >>> holds_digit("Founded in 1938."), holds_digit("Основан в 1201 году."), holds_digit("Рига")
    (True, True, False)
    """
    if text.isascii():
        # Ten substring tests (each a memchr in C) take half the time of the
        # character-set search, which looks at each character in turn; in a text of
        # wider characters they do not, and the search is kept.
        return (
            "0" in text
            or "1" in text
            or "2" in text
            or "3" in text
            or "4" in text
            or "5" in text
            or "6" in text
            or "7" in text
            or "8" in text
            or "9" in text
        )
    return DIGIT.search(text) is not None


_MAX_DIGITS: Final = 30
#: How many words' candidates a phrase set remembers before it starts again.
_MEMO_SIZE: Final = 20_000
# A numeral joined by one of these to a letter or digit is part of a code, a range or
# a date ("GRES-1", "1954–1956", "978-5-17", "12:30", "1/2").
LINKS: Final = frozenset("-\u2010\u2011\u2013\u2014/:\u2212.")
HYPHENS: Final = frozenset("-\u2010\u2011")
SIGNS: Final[Mapping[str, int]] = {"-": -1, "\u2212": -1, "\u2013": -1, "+": 1}
CLAUSE: Final = frozenset(',;:()[]!?\u2014\u2013«»"“”„')
SEGMENT: Final = frozenset(",;")
JOINERS: Final = frozenset("-\u2010\u2011'’")

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


class Phrases(Generic[T]):
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
        # Each word's candidates, worked out once: a page repeats its words, and most
        # words start no phrase at all. Bounded, so a long job's vocabulary cannot grow it.
        self._starting: dict[str, tuple[tuple[_Pattern, T], ...]] = {}
        self._ending: dict[str, tuple[tuple[_Pattern, T], ...]] = {}

    def _candidates(
        self,
        word: str,
        memo: dict[str, tuple[tuple[_Pattern, T], ...]],
        chars: frozenset[str],
        exact: dict[str, list[tuple[_Pattern, T]]],
        stems: dict[str, list[tuple[_Pattern, T]]],
        lengths: Sequence[int],
    ) -> tuple[tuple[_Pattern, T], ...]:
        """The phrases that may start (or end) at ``word``, remembered in ``memo``."""
        found: tuple[tuple[_Pattern, T], ...] = ()
        if word[:1] in chars:  # a quick no for most words
            found = tuple(exact.get(word, ()))
            for length in lengths:
                if length > len(word):
                    break
                found += tuple(stems.get(word[:length], ()))
        if len(memo) >= _MEMO_SIZE:
            memo.clear()
        memo[word] = found
        return found

    @property
    def first_chars(self) -> frozenset[str]:
        """The first characters of the tokens a phrase may start with (a quick no)."""
        return self._first_chars

    @property
    def first_tokens(self) -> frozenset[str]:
        """The tokens a phrase may start with, when its first token is whole (not a stem)."""
        return frozenset(self._first)

    @property
    def first_stems(self) -> frozenset[str]:
        """The stems a phrase's first token may start with (``pilsēt*``)."""
        return frozenset(self._first_stems)

    def at(self, words: Sequence[str], i: int) -> tuple[int, T] | None:
        """The longest phrase starting at token ``i``: (the token after it, payload)."""
        if not 0 <= i < len(words):
            return None
        candidates = self._starting.get(words[i])
        if candidates is None:
            candidates = self._candidates(
                words[i],
                self._starting,
                self._first_chars,
                self._first,
                self._first_stems,
                self._first_lengths,
            )
        if not candidates:
            return None
        best: tuple[int, T] | None = None
        for pattern, payload in candidates:
            end = i + len(pattern)
            if end > len(words) or (best is not None and end <= best[0]):
                continue
            # The first token matched when the candidates were looked up: a phrase
            # of one token (most are) needs no more, a longer one only the rest.
            if end == i + 1 or all(
                _token_matches(pattern[k], words[i + k]) for k in range(1, len(pattern))
            ):
                best = (end, payload)
        return best

    def ending(self, words: Sequence[str], i: int) -> tuple[int, T] | None:
        """The longest phrase ending at token ``i``: (its first token, payload)."""
        if not 0 <= i < len(words):
            return None
        candidates = self._ending.get(words[i])
        if candidates is None:
            candidates = self._candidates(
                words[i],
                self._ending,
                self._last_chars,
                self._last,
                self._last_stems,
                self._last_lengths,
            )
        if not candidates:
            return None
        best: tuple[int, T] | None = None
        for pattern, payload in candidates:
            start = i - len(pattern) + 1
            if start < 0 or (best is not None and start >= best[0]):
                continue
            # The last token matched when the candidates were looked up.
            if start == i or all(
                _token_matches(pattern[k], words[start + k]) for k in range(len(pattern) - 1)
            ):
                best = (start, payload)
        return best


def _set(phrases: Iterable[str], *, lower: bool = True) -> Phrases[bool]:
    return Phrases(((p, True) for p in phrases), lower=lower)


def _map(phrases: Mapping[str, T], *, lower: bool = True) -> Phrases[T]:
    return Phrases(phrases.items(), lower=lower)


class Rules:
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
        self._region_search = _words_search(self.region_heads)
        self.adjective_endings = dict(words.adjective_endings)
        self.region_before = _set(words.region_before)
        self.region_after = _set(words.region_after)
        self.former = _set(words.former)
        self.since = _set(words.since)
        self.resets = _set(words.resets)
        self.conjunctions = _set(words.conjunctions)
        self.history_headings = _set(words.history_headings)
        self.other_areas = _set(words.other_areas)
        self.area_pronouns = _map(words.area_pronouns)
        self.area_genders = _map(words.area_genders)
        self.fronted = _set(words.fronted)
        self.estimates = _set(words.estimates)
        self.possessives = _set(words.possessives)
        self.series_links = _set(words.series_links)
        self.sources = _set(words.sources)
        # The words some fact needs (see may_hold_fact): the first tokens of these phrases.
        counting = (self.residents, self.people, self.population, self.estimates)
        self.may_count = _starts_any(counting)
        self.may_found = _starts_any((self.founding,))
        evidence = (*counting, self.founding)
        self._evidence = frozenset(self.region_heads).union(*(p.first_tokens for p in evidence))
        self._evidence_stems = tuple(sorted(frozenset().union(*(p.first_stems for p in evidence))))
        self._unit_words = self.units.first_tokens
        self._unit_stems = tuple(sorted(self.units.first_stems))
        self._evidence_search = _words_search(self._evidence.union(self._evidence_stems))
        self._unit_search = _tokens_search(self._unit_words, self._unit_stems)

    def may_hold_fact_text(self, text: str) -> bool:
        """:meth:`may_hold_fact` before tokenizing: whether ``text`` may hold such a token.

        A search of the lower-cased text for the words (see :func:`_words_search`),
        then of the text as written for a unit token (see :func:`_tokens_search`).
        """
        return self._evidence_search(text) or self._unit_search(text)

    def may_hold_fact(self, toks: Tokens) -> bool:
        """Whether a sentence of these tokens may state a fact (False: surely none).

        Every fact needs a token that starts one of these phrases. The measured kinds
        (share, temperature, distance, elevation, area, capacity) need a unit after
        a number; a count is a population only beside a resident, people, population
        or estimate word; a founding year needs a founding word; a region needs its
        head word. A list item under a population heading needs none of them, so
        the caller reads every item.
        """
        low, raw = toks.low, toks.raw
        if not self._evidence.isdisjoint(low) or not self._unit_words.isdisjoint(raw):
            return True
        if self._evidence_stems and any(word.startswith(self._evidence_stems) for word in low):
            return True
        return bool(self._unit_stems) and any(word.startswith(self._unit_stems) for word in raw)

    def may_name_region(self, text: str) -> bool:
        """Whether a word of ``text`` may be a region's head word (False: surely none is).

        Most sentences name no region; this one search spares them the token walk.
        """
        return self._region_search(text)


def _never(text: str) -> bool:
    return False


def _maybe(text: str) -> bool:
    return True


def _words_search(words: Collection[str]) -> Callable[[str], bool]:
    """Whether any word token of a text may be one of the lower-case ``words``.

    A word token's ``lower()`` is one of them only if that word is a substring of
    the whole text's ``lower()``: ``str.lower`` maps each character on its own,
    except the Greek capital sigma, whose form depends on the letters around it
    (``"ΟΔΟΣ".lower()`` ends in ``ς``, ``"ΟΔΟΣΑ".lower()`` holds ``σ``). A word with a
    sigma in it is therefore never ruled out.
    """
    if not words:
        return _never
    if any(sigma in word for word in words for sigma in "σς"):
        return _maybe
    needles = _needles(words)

    def search(text: str) -> bool:
        # One substring test per word (a fast search in C) is about twice as quick
        # as one regular expression of all of them, which tries every word at
        # almost every character; a loop is quicker than any() of a generator.
        low = text.lower()
        for needle in needles:  # noqa: SIM110 - see above
            if needle in low:
                return True
        return False

    return search


def _needles(words: Collection[str]) -> tuple[str, ...]:
    """The words a text must hold one of to hold any: a word holding another is dropped.

    A text that holds ``founded`` holds ``found``, so ``{"found", "founded"}`` needs
    only ``found``; the shortest come first.

    >>> _needles({"founded", "found", "region", "regional", "ion"})
    ('ion', 'found')
    """
    kept: list[str] = []
    for word in sorted(set(words), key=lambda w: (len(w), w)):
        if not any(other in word for other in kept):
            kept.append(word)
    return tuple(kept)


def _starts_any(phrase_sets: Sequence[Phrases[T]]) -> Callable[[Sequence[str]], bool]:
    """Whether any of the (lower-cased) tokens may start a phrase of ``phrase_sets``.

    False means none does: a phrase's first token is one of its sets' first
    tokens, or starts with one of their stems. A phrase ending at a token starts
    at one too, so this answers for :meth:`Phrases.ending` as well.
    """
    words = frozenset().union(*(p.first_tokens for p in phrase_sets))
    stems = tuple(sorted(frozenset().union(*(p.first_stems for p in phrase_sets))))

    def starts_any(tokens: Sequence[str]) -> bool:
        if not words.isdisjoint(tokens):
            return True
        return bool(stems) and any(token.startswith(stems) for token in tokens)

    return starts_any


def _tokens_search(tokens: Collection[str], stems: Collection[str]) -> Callable[[str], bool]:
    """Whether a text, as written, may hold a token in ``tokens`` or one starting a stem.

    A word token (or a stem's) starts where no letter stands before it: a letter
    before it would be in a word token that goes on over it ("Wilhelm" holds no
    token "m"; "12m" and "_m" do). A word token ends where no letter or digit
    follows, and a digit run where no digit follows. A single other character
    needs only to stand in the text.
    """
    parts = [_word_start(stem) if _WORD_TOKEN.match(stem) else re.escape(stem) for stem in stems]
    for token in tokens:
        if _WORD_TOKEN.fullmatch(token):
            parts.append(_word_start(token) + r"(?![^\W_])")
        elif token.isascii() and token.isdigit():
            parts.append(re.escape(token) + "(?![0-9])")
        else:
            parts.append(re.escape(token))
    if not parts:
        return _never
    pattern = re.compile("|".join(sorted(parts, key=len, reverse=True)))

    def search(text: str) -> bool:
        return pattern.search(text) is not None

    return search


def _word_start(word: str) -> str:
    """A pattern of ``word`` with no letter before it, the look back after the word.

    The pattern opens with the word's first letter, so a search of many such
    patterns skips to the characters they may start with.
    """
    escaped = re.escape(word)
    return f"{escaped}(?<![^\\W\\d_]{escaped})"


@functools.lru_cache(maxsize=32)
def _compiled(language: Language) -> Rules:
    return Rules(language)


# The language asked for last and its rules: an article asks once per sentence, and
# an identity test is quicker than the cache's hashing of a Language (a call to Python).
_last: tuple[Language, Rules] | None = None


def rules_for(language: Language) -> Rules:
    """The compiled rules of ``language``, made once per process.

    >>> from infobox.article.languages import LANGUAGES
    >>> rules_for(LANGUAGES["en"]) is rules_for(LANGUAGES["en"])
    True
    """
    global _last
    last = _last
    if last is not None and last[0] is language:
        return last[1]
    rules = _compiled(language)
    _last = (language, rules)
    return rules


class Numeral(NamedTuple):
    """A numeral of a sentence: its extent, its value (None if unreadable) and its shape.

    A named tuple, not a frozen attrs class: a sentence makes one per digit run, and
    a tuple is made in less than half the time.

    >>> Numeral(0, 4, Decimal("1938"), "1938", grouped=False, fraction=False, ordinal=False).value
    Decimal('1938')
    """

    start: int
    end: int
    value: Decimal | None
    digits: str  # the integer digits, separators removed
    grouped: bool
    fraction: bool
    ordinal: bool


class Tokens:
    """The tokens of a sentence, numerals merged, as parallel lists."""

    def __init__(self, text: str, rules: Rules) -> None:
        self.text = text
        kinds: list[int] = []
        starts: list[int] = []
        ends: list[int] = []
        raws: list[str] = []
        lows: list[str] = []
        numbers: list[int] = []  # the digit runs' token indices
        self.numerals: dict[int, Numeral] = {}
        # One findall gives each token with the white space before it: the offsets
        # are running sums of their lengths (no match object per token).
        end = 0
        for space, word, digits, other in _SPACED_TOKEN.findall(text):
            if word:
                kinds.append(WORD)
                raws.append(word)
                lows.append(word.lower())
                token = word
            elif digits:
                numbers.append(len(kinds))
                kinds.append(NUM)
                raws.append(digits)
                lows.append(digits)
                token = digits
            else:
                kinds.append(SYM)
                raws.append(other)
                lows.append(other)
                token = other
            start = end + len(space)
            end = start + len(token)
            starts.append(start)
            ends.append(end)
        self.kind, self.start, self.end, self.raw, self.low = kinds, starts, ends, raws, lows
        if numbers:
            self._merge(text, numbers, rules)

    def _merge(self, text: str, numbers: Sequence[int], rules: Rules) -> None:
        """Merge each digit run with the runs it joins into one numeral token."""
        kinds, starts, ends, raws, lows = self.kind, self.start, self.end, self.raw, self.low
        merged: tuple[list[int], list[int], list[int], list[str], list[str]] = ([], [], [], [], [])
        new_kinds, new_starts, new_ends, new_raws, new_lows = merged
        done = 0  # the tokens before this one are read
        first = 0  # the first token not copied yet
        copied = False
        for i in numbers:
            if i < done:
                continue  # a run the numeral before took
            done, numeral = _read_numeral(text, kinds, starts, ends, i, rules)
            if done == i + 1 and not copied:
                self.numerals[i] = numeral  # one run, and none merged before it: no copy
                continue
            copied = True
            new_kinds += kinds[first:i]
            new_starts += starts[first:i]
            new_ends += ends[first:i]
            new_raws += raws[first:i]
            new_lows += lows[first:i]
            self.numerals[len(new_kinds)] = numeral
            raw = text[numeral.start : numeral.end]
            new_kinds.append(NUM)
            new_starts.append(numeral.start)
            new_ends.append(numeral.end)
            new_raws.append(raw)
            new_lows.append(raw)
            first = done
        if copied:
            new_kinds += kinds[first:]
            new_starts += starts[first:]
            new_ends += ends[first:]
            new_raws += raws[first:]
            new_lows += lows[first:]
            self.kind, self.start, self.end, self.raw, self.low = merged

    def __len__(self) -> int:
        return len(self.kind)

    def adjacent(self, a: int, b: int) -> bool:
        """Whether tokens ``a`` and ``b`` touch (no space between)."""
        return 0 <= a < len(self.kind) and 0 <= b < len(self.kind) and self.end[a] == self.start[b]

    def boundary(self, i: int) -> bool:
        """Whether token ``i`` ends a clause: a comma, bracket, dash or the like."""
        if self.kind[i] != SYM:
            return False
        raw = self.raw[i]
        if raw in CLAUSE:
            return True
        return raw in HYPHENS and not (self.adjacent(i - 1, i) and self.adjacent(i, i + 1))

    def span(self, a: int, b: int) -> str:
        """The text from token ``a`` to token ``b``, both included."""
        return self.text[self.start[a] : self.end[b]]


def _read_numeral(
    text: str,
    kinds: Sequence[int],
    starts: Sequence[int],
    ends: Sequence[int],
    i: int,
    rules: Rules,
) -> tuple[int, Numeral]:
    """Read the numeral starting at digit run ``i``; return the next token and the numeral."""
    language = rules.language
    separators = language.group_separators
    start, end = starts[i], ends[i]
    groups = [text[start:end]]
    fraction: str | None = None
    kind: str | None = None  # the group separator used: "," or " "
    bad = False
    j = i
    n = len(kinds)
    while True:
        end = ends[j]
        c = text[end] if end < len(text) else ""
        if c in SPACES:
            if c not in separators or j + 1 >= n:
                break
            s2, e2, k2 = starts[j + 1], ends[j + 1], kinds[j + 1]
            if k2 != NUM or s2 != end + 1 or bad or fraction is not None:
                break
            if kind in (None, " ") and _groupable(groups[0]) and e2 - s2 == 3:
                groups.append(text[s2:e2])
                kind = " "
                j += 1
                continue
            break
        if c in ",." and c != "":
            if j + 2 >= n or starts[j + 1] != end or starts[j + 2] != end + 1:
                break
            if kinds[j + 2] != NUM:
                break
            digits = text[starts[j + 2] : ends[j + 2]]
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
    end = ends[j]
    integer = "".join(groups)
    ordinal = False
    if language.ordinal_period and fraction is None and text[end : end + 2] in {". ", ".\u00a0"}:
        after = end + 2
        ordinal = after < len(text) and (text[after].islower() or text[after].isdigit())
    value: Decimal | None = None
    if not bad and len(integer) + len(fraction or "") <= _MAX_DIGITS:
        value = Decimal(integer + ("." + fraction if fraction else ""))
    numeral = Numeral(
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
