"""The fact layer's quicker ways give exactly what the slow ways they replaced give.

Each test keeps the slow way here, as the oracle, and compares it with the quick one
on every sentence of the fixture pages and on generated input.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Collection
from pathlib import Path

from hypothesis import example, given
from hypothesis import strategies as st

from infobox.article import sentences
from infobox.article.detect import detect_language
from infobox.article.facts import _READERS, Context, Found, extract, founding, negation, population
from infobox.article.facts.sentence import Sentence
from infobox.article.facts.tokens import (
    DIGIT,
    WORD,
    Phrases,
    Rules,
    Tokens,
    _compiled,
    _needles,
    _token_matches,
    _words_search,
    holds_digit,
    rules_for,
)
from infobox.article.languages import LANGUAGES, Language
from infobox.article.reader import looks_like_wikitext, read_plain, read_wikitext
from infobox.article.sentences import split_sentences

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@functools.cache
def _fixture_sentences() -> tuple[tuple[str, Language], ...]:
    """Every sentence of every fixture page, with the page's language (else English)."""
    found: list[tuple[str, Language]] = []
    for path in sorted(FIXTURES.rglob("*.wiki")) + sorted(FIXTURES.rglob("*.txt")):
        text = path.read_text(encoding="utf-8")
        reading = read_wikitext(text) if looks_like_wikitext(text) else read_plain(text)
        language = LANGUAGES.get(detect_language(text), LANGUAGES["en"])
        for block in reading.blocks:
            for a, b in split_sentences(block.text, language.abbreviations, block.breaks):
                found.append((block.text[a:b], language))
    return tuple(found)


def test_the_fixture_pages_give_sentences_in_every_language_with_rules() -> None:
    """The comparisons below run on many sentences of each language (not on none)."""
    counts = {code: 0 for code in LANGUAGES}
    for _, language in _fixture_sentences():
        counts[language.code] += 1
    assert all(count >= 20 for count in counts.values()), counts


# --- the word search: substring tests instead of one regular expression ----------


def _words_search_by_regex(words: Collection[str]) -> Callable[[str], bool]:
    """_words_search as it was: one alternation of all the words over the lower case."""
    if not words:
        return lambda text: False
    if any(sigma in word for word in words for sigma in "σς"):
        return lambda text: True
    pattern = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))
    return lambda text: pattern.search(text.lower()) is not None


def _word_sets(rules: Rules) -> tuple[Collection[str], ...]:
    """The word sets the fact rules search a text for."""
    return (rules.region_heads, rules._evidence.union(rules._evidence_stems))


def test_the_word_search_answers_as_the_regex_did_on_every_fixture_sentence() -> None:
    """Region heads and evidence words: the same answer for every sentence."""
    for sentence, language in _fixture_sentences():
        rules = rules_for(language)
        for words in _word_sets(rules):
            expected = _words_search_by_regex(words)(sentence)
            assert _words_search(words)(sentence) == expected, (sentence, language.code)


_WORD_PIECES = st.sampled_from(["a", "ab", "abc", "b", "bc", "region", "ion", "σ", "ς", "ΣA", "İ"])
_SEARCH_TEXT = st.lists(
    st.one_of(
        _WORD_PIECES, st.sampled_from([" ", ".", "REGION", "İON", "Ab"]), st.text(max_size=3)
    ),
    max_size=8,
).map("".join)


@given(st.frozensets(st.one_of(_WORD_PIECES, st.text(max_size=4)), max_size=5), _SEARCH_TEXT)
@example(frozenset({"ab", "abc"}), "xABCx")
@example(frozenset({"ion", "region"}), "REGION")
@example(frozenset({""}), "")
@example(frozenset({"i̇on"}), "İON")
def test_the_word_search_answers_as_the_regex_does(words: frozenset[str], text: str) -> None:
    """Any words, any text: the substring tests answer as the alternation does."""
    assert _words_search(words)(text) == _words_search_by_regex(words)(text)


@given(st.lists(st.one_of(_WORD_PIECES, st.text(max_size=4)), max_size=6), _SEARCH_TEXT)
def test_a_text_holds_a_kept_needle_whenever_it_holds_a_word(words: list[str], text: str) -> None:
    """Dropping a word that holds another loses no text that holds one of the words."""
    needles = _needles(words)
    assert set(needles) <= set(words)
    assert any(w in text for w in words) == any(n in text for n in needles)


# --- rules_for: the last language's rules at hand ------------------------------


def test_rules_for_gives_the_compiled_rules_of_the_language_asked() -> None:
    """Asked in turns, each language gets its own rules, the cache's."""
    order = [*sorted(LANGUAGES), *sorted(LANGUAGES, reverse=True), "en", "en", "ru", "en"]
    for code in order:
        language = LANGUAGES[code]
        rules = rules_for(language)
        assert rules is _compiled(language)
        assert rules.language is language


# --- negation: the negations of a clause, asked in one loop ----------------------


@functools.cache
def _negation_before(language: Language) -> negation._Negations:
    """The language's negations, compiled apart from the module's cache."""
    return negation._Negations(language)


def _negation_at_before(s: Sentence, j: int) -> bool:
    """negation_at as it was: the exceptions asked first."""
    toks = s.toks
    if not 0 <= j < len(toks) or toks.kind[j] != WORD:
        return False
    neg = _negation_before(s.rules.language)
    if neg.exceptions.at(toks.low, j) is not None:
        return False
    return neg.words.at(toks.low, j) is not None or neg.prefixed.at(toks.low, j) is not None


def _negated_before(s: Sentence, a: int, b: int) -> bool:
    """negated as it was: negation_at asked for each token of the clause."""
    start, end = negation.clause(s, a, b)
    return any(_negation_at_before(s, j) for j in range(start, end + 1))


def _check_negations(s: Sentence) -> None:
    """negation_at at every token (and one past each end), negated at every token and pair."""
    n = len(s.toks)
    for a in range(-1, n + 1):
        assert negation.negation_at(s, a) == _negation_at_before(s, a), (s.toks.text, a)
    for a in range(n):
        for b in (a, min(a + 2, n - 1)):
            assert negation.negated(s, a, b) == _negated_before(s, a, b), (s.toks.text, a, b)


def test_negations_are_found_as_before_in_every_fixture_sentence_that_has_one() -> None:
    """Every token and clause of every fixture sentence with a word a negation starts with."""
    checked = 0
    for sentence, language in _fixture_sentences():
        neg = _negation_before(language)
        low = sentence.lower()
        if not any(word.split()[0].lower() in low for word in language.facts.negations):
            continue
        s = Sentence(sentence, rules_for(language), ())
        low_tokens = s.toks.low
        if any(
            neg.words.at(low_tokens, j) or neg.prefixed.at(low_tokens, j)
            for j in range(len(low_tokens))
        ):
            checked += 1
            _check_negations(s)
    assert checked >= 30


_NEGATION_PIECES = st.sampled_from(
    [
        *("not", "no", "never", "not only", "not far", "not less than", "is", "part", "of"),
        *("не", "не только", "не менее", "нет", "входит", "в", "состав", "но", "и"),
        *("nav", "ne", "neietilpst", "neatrodas", "ne tikai", "neliela", "un", "sastāvā"),
        *(",", ";", "(", ")", "—", "-", "Region", "1990", "45,000", "km"),
    ]
)


@given(
    st.lists(st.one_of(_NEGATION_PIECES, st.text(max_size=3)), max_size=24).map(" ".join),
    st.sampled_from(sorted(LANGUAGES)),
)
@example("The city is not part of Limburg Province.", "en")
@example("Город не входит в состав области, но не только.", "ru")
@example("Pilsēta neietilpst novadā un ne tikai.", "lv")
def test_negations_are_found_as_before_in_any_sentence(text: str, code: str) -> None:
    """Generated clauses of negation words, exceptions, prefixes and boundaries."""
    _check_negations(Sentence(text, rules_for(LANGUAGES[code]), ()))


# --- sentences: white space trimmed by str.strip, the word before a stop by rsplit ----

_WORD_BEFORE = re.compile(r"(\S+)$")


def _abbreviated_before(text: str, dot: int, abbreviations: Collection[str]) -> bool:
    """The abbreviation test as it was: a regular expression for the word before."""
    window = text[max(dot - 40, 0) : dot]
    found = _WORD_BEFORE.search(window)
    if found is None:
        return False
    word = found.group(1).lstrip("\"'“‘«([").casefold()
    if len(word) == 1 and word.isalpha():
        return True
    return word in abbreviations or word.rsplit(".", 1)[-1] in abbreviations


def _trim_before(text: str, start: int, end: int) -> tuple[int, int]:
    """The trim as it was: a character at a time."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _split_before(
    text: str, abbreviations: Collection[str], breaks: Collection[int]
) -> list[tuple[int, int]]:
    """split_sentences as it was."""
    cuts = [b for b in breaks if 0 < b < len(text)]
    for match in sentences._END.finditer(text):
        if match.group(1).islower():
            continue
        if match.group()[0] == "." and _abbreviated_before(text, match.start(), abbreviations):
            continue
        cuts.append(match.end())
    cuts.sort()
    spans: list[tuple[int, int]] = []
    start = 0
    for cut in [*cuts, len(text)]:
        if cut <= start:
            continue
        a, b = _trim_before(text, start, cut)
        if a < b:
            spans.append((a, b))
        start = cut
    return spans


def test_str_strip_and_the_regex_white_space_are_the_same_characters() -> None:
    """What the quick ways rest on: str.isspace and \\s agree on every code point."""
    space = re.compile(r"\s")
    for code in range(0x110000):
        char = chr(code)
        assert (space.match(char) is not None) == char.isspace(), hex(code)


def test_every_fixture_block_splits_as_before() -> None:
    """Every block of every fixture page, in its language, with its forced breaks."""
    blocks = 0
    for path in sorted(FIXTURES.rglob("*.wiki")) + sorted(FIXTURES.rglob("*.txt")):
        text = path.read_text(encoding="utf-8")
        reading = read_wikitext(text) if looks_like_wikitext(text) else read_plain(text)
        language = LANGUAGES.get(detect_language(text), LANGUAGES["en"])
        for block in reading.blocks:
            expected = _split_before(block.text, language.abbreviations, block.breaks)
            spans = list(split_sentences(block.text, language.abbreviations, block.breaks))
            assert spans == expected, block.text
            blocks += 1
    assert blocks >= 1000


_SENTENCE_PIECES = st.sampled_from(
    [
        *("It", "is", "approx", "г", "J", "tūkst", "A", "b", "word", "Smith", "1990", "24"),
        *(".", "..", "!", "?", "…", '"', "»", ")", "]", "(", "«", "“", "'", "."),
        *(" ", "  ", "\n", "\n\n", "\t", "\u00a0", "\u2028", "\x1c", "\x85", "\u3000", "\u200b"),
    ]
)


@given(
    st.lists(st.one_of(_SENTENCE_PIECES, st.text(max_size=3)), max_size=30).map("".join),
    st.sampled_from(sorted(LANGUAGES)),
    st.sets(st.integers(-2, 60), max_size=4),
)
@example("Met J\n. Smith here. It lies approx\n. 400 km away.", "en", set())
@example("It lies approx. 400 km. J. Smith was here. \u00a0 B. ", "en", set())
@example("A.\u2028B. C.\x1c", "en", {1, 3})
def test_any_text_splits_as_before(text: str, code: str, breaks: set[int]) -> None:
    """Generated text of stops, quotes, brackets, initials and every kind of white space."""
    abbreviations = LANGUAGES[code].abbreviations
    assert list(split_sentences(text, abbreviations, breaks)) == _split_before(
        text, abbreviations, breaks
    )


# --- the digit test: substring tests in an ASCII text -----------------------------


def test_the_digit_test_answers_as_the_search_on_every_fixture_sentence() -> None:
    """Every fixture sentence, ASCII or not: holds_digit is DIGIT.search."""
    for sentence, _ in _fixture_sentences():
        assert holds_digit(sentence) == (DIGIT.search(sentence) is not None), sentence


@given(
    st.one_of(
        st.text(st.characters(max_codepoint=127)),
        st.text(st.sampled_from("0123456789٣²¹₂ⅫA a.\u00a0é")),
        st.text(),
    )
)
@example("")
@example("9")
@example("abc0")
@example("٣²₂Ⅻ")
def test_the_digit_test_answers_as_the_search(text: str) -> None:
    """Any text: only 0-9 are digits here (not ٣ or ²), in ASCII text or not."""
    assert holds_digit(text) == (DIGIT.search(text) is not None)


# --- phrases: the token that found the candidates is not matched again -------------


def _at_before(phrases: Phrases[object], words: list[str], i: int) -> tuple[int, object] | None:
    """Phrases.at as it was: every token of each candidate matched."""
    if not 0 <= i < len(words):
        return None
    best: tuple[int, object] | None = None
    for pattern, payload in _candidates(phrases, words[i], phrases._starting):
        end = i + len(pattern)
        if end > len(words) or (best is not None and end <= best[0]):
            continue
        if all(_token_matches(part, words[i + k]) for k, part in enumerate(pattern)):
            best = (end, payload)
    return best


def _ending_before(phrases: Phrases[object], words: list[str], i: int) -> tuple[int, object] | None:
    """Phrases.ending as it was: every token of each candidate matched."""
    if not 0 <= i < len(words):
        return None
    best: tuple[int, object] | None = None
    for pattern, payload in _candidates(phrases, words[i], phrases._ending):
        start = i - len(pattern) + 1
        if start < 0 or (best is not None and start >= best[0]):
            continue
        if all(_token_matches(part, words[start + k]) for k, part in enumerate(pattern)):
            best = (start, payload)
    return best


_Candidates = tuple[tuple[tuple[tuple[str, bool], ...], object], ...]


def _candidates(phrases: Phrases[object], word: str, memo: dict[str, _Candidates]) -> _Candidates:
    """The phrases that may start (or end) at ``word``, as the phrase set looks them up."""
    if memo is phrases._starting:
        phrases.at([word], 0)
    else:
        phrases.ending([word], 0)
    return memo[word]


def _check_phrases(phrases: Phrases[object], words: list[str], every: bool = True) -> int:
    """Compare at and ending with the old ones at each token.

    Unless ``every``, only at the tokens that have candidates: elsewhere both give
    None before any matching.
    """
    compared = 0
    for i in range(-1, len(words) + 1):
        inside = 0 <= i < len(words)
        if every or (inside and _candidates(phrases, words[i], phrases._starting)):
            assert phrases.at(words, i) == _at_before(phrases, words, i), (words, i)
            compared += 1
        if every or (inside and _candidates(phrases, words[i], phrases._ending)):
            assert phrases.ending(words, i) == _ending_before(phrases, words, i), (words, i)
            compared += 1
    return compared


def _phrase_sets(rules: Rules) -> list[Phrases[object]]:
    """Every phrase set of a language's rules."""
    return [value for value in vars(rules).values() if isinstance(value, Phrases)]


def test_every_phrase_set_matches_as_before_on_the_fixture_sentences() -> None:
    """Each phrase set of each language, at and ending at the tokens of sentences with digits."""
    matched = 0
    for n, (sentence, language) in enumerate(_fixture_sentences()):
        if n % 8 or not holds_digit(sentence):  # an eighth of them: enough, and quick
            continue
        rules = rules_for(language)
        toks = Tokens(sentence, rules)
        for phrases in _phrase_sets(rules):
            words = toks.low if phrases.lower else toks.raw
            matched += _check_phrases(phrases, words, every=False)
    assert matched >= 1000


_PHRASE_WORDS = st.sampled_from(["a", "b", "ab", "abc", "c", "pop", "popu", "km", "KM", "per"])
_PHRASE = st.lists(
    st.one_of(_PHRASE_WORDS, _PHRASE_WORDS.map(lambda w: w + "*"), st.sampled_from(["*", "a-b"])),
    min_size=1,
    max_size=3,
).map(" ".join)


@given(
    st.lists(st.tuples(_PHRASE, st.integers(0, 3)), max_size=6),
    st.lists(
        st.one_of(_PHRASE_WORDS, st.sampled_from(["population", "abcd", "-", ""])), max_size=8
    ),
    st.booleans(),
)
@example([("a b", 1), ("a", 2), ("a b c", 3)], ["a", "b", "c", "a", "b"], True)
@example([("pop*", 1), ("pop* km", 2), ("a pop*", 3)], ["a", "population", "km"], True)
@example([("KM", 1), ("per KM", 2)], ["per", "KM", "km"], False)
def test_phrases_match_as_before(
    entries: list[tuple[str, int]], words: list[str], lower: bool
) -> None:
    """Generated phrases of whole tokens and stems, at and ending at every token."""
    phrases: Phrases[object] = Phrases(entries, lower=lower)
    _check_phrases(phrases, words)


# --- a sentence's set-up: the names' sets shared, the quantity tables in one loop ---


def _check_set_up(s: Sentence, names: Collection[str]) -> None:
    """The sets and tables a Sentence makes, against the comprehensions it used."""
    folded = frozenset(name.casefold() for name in names)
    assert s.names == folded
    assert s.name_words == frozenset(w for name in folded for w in name.split())
    assert list(s.by_tok.items()) == [(q.tok, q) for q in s.quantities]
    assert s.by_first == {q.first: q for q in s.quantities}
    assert list(s.by_first) == list({q.first: q for q in s.quantities})
    assert s.by_last == {q.last: q for q in s.quantities}
    assert list(s.by_last) == list({q.last: q for q in s.quantities})
    assert s.index == {q.tok: k for k, q in enumerate(s.quantities)}


def test_a_sentence_sets_up_as_before_on_the_fixture_sentences() -> None:
    """Every fixture sentence with a digit, with the names as a tuple and as a list."""
    for sentence, language in _fixture_sentences():
        if holds_digit(sentence):
            rules = rules_for(language)
            for names in (("Riga", "Rīga", "Frankfurt am Main"), ["Казань", "КАЗАНЬ"], ()):
                _check_set_up(Sentence(sentence, rules, names), names)


@given(
    st.lists(st.text(st.sampled_from("aAbΣς İ-"), max_size=8), max_size=4),
    st.booleans(),
    st.lists(st.one_of(_NEGATION_PIECES, st.text(max_size=3)), max_size=12).map(" ".join),
)
def test_a_sentence_takes_the_names_it_is_given(
    names: list[str], as_tuple: bool, text: str
) -> None:
    """Names given in turn, as tuples (remembered) or lists: each sentence has its own."""
    rules = rules_for(LANGUAGES["en"])
    given_names: Collection[str] = tuple(names) if as_tuple else names
    _check_set_up(Sentence(text, rules, given_names), given_names)
    if names and not as_tuple:
        names.append("Other Place")  # a list may change after one sentence was read
        _check_set_up(Sentence(text, rules, names), names)


# --- list items: read in full only under a heading of counts ------------------------


def _in_full(sentence: str, rules: Rules, context: Context) -> list[Found]:
    """A sentence read with no quick no: every kind reads it, each in full."""
    if not sentence:
        return []
    s = Sentence(sentence, rules, _NAMES, context)
    for read in _READERS:
        if read is population.read:
            population._populations(s)
            population._list_item(s)
        elif read is founding.read:
            founding._founded(s)
            if not any(f.kind == "founded" for f in s.found):
                founding._founded_far(s)
        else:
            read(s)
    context.areas = lambda: s.named_areas()[-8:]
    return sorted(s.found, key=lambda f: (f.start, f.end, f.kind))


_NAMES = ("Riga", "Rīga", "Казань", "Jezkazgan")
_HEADINGS = st.sampled_from(
    [
        *("Население", "Численность населения", "Население района", "История", "Экономика"),
        *("Population", "Historical population", "Residents", "History", "Demographics"),
        *("Iedzīvotāji", "Iedzīvotāju skaits", "Vēsture", "Population of the county", ""),
    ]
)
_ITEM_PIECES = st.one_of(
    st.sampled_from(
        [
            *("2002", "—", "20 551", "1897", "год", "5 000", "чел.", "2010:", "14,882", "(", ")"),
            *("people", "residents", "жителей", "iedzīvotāji", "founded", "km", "%", "°C"),
            *("The", "city", "was", "in", "Region", "района", "-", ",", "."),
        ]
    ),
    st.integers(0, 3_000_000).map(str),
)


@given(
    _HEADINGS,
    st.lists(st.lists(_ITEM_PIECES, max_size=8).map(" ".join), max_size=5),
    st.sampled_from(sorted(LANGUAGES)),
)
@example("Население", ["2002 — 20 551", "1897 год — 5 000 чел."], "ru")
@example("Iedzīvotāji", ["2021 — 23 119"], "lv")
@example("Residents", ["2010: 14,882"], "en")
@example("История", ["2002 — 20 551"], "ru")
def test_list_items_give_what_a_full_reading_gives(
    heading: str, items: list[str], code: str
) -> None:
    """Items under headings of counts and of anything else: the facts of a full reading."""
    language = LANGUAGES[code]
    rules = rules_for(language)
    quick, full = Context(), Context()
    for context in (quick, full):
        context.section(heading)
    for item in items:
        quick.block(item=True)
        full.block(item=True)
        expected = _in_full(item, rules, full)
        assert list(extract(item, language, names=_NAMES, context=quick)) == expected
        assert quick.areas == full.areas


def test_list_items_under_a_heading_of_counts_state_counts() -> None:
    """The examples above state counts where the heading has a population word, not elsewhere."""
    for heading, item, code, counted in (
        ("Население", "2002 — 20 551", "ru", True),
        ("Residents", "2010: 14,882", "en", True),
        ("Iedzīvotāji", "2021 — 23 119", "lv", True),
        ("История", "2002 — 20 551", "ru", False),
    ):
        context = Context()
        context.section(heading)
        context.block(item=True)
        found = extract(item, LANGUAGES[code], context=context)
        assert any(f.kind == "population" for f in found) == counted, (heading, item)
