"""The fact layer's quick noes give what reading every sentence in full gives."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from pathlib import Path

from hypothesis import example, given
from hypothesis import strategies as st

from infobox.article.detect import detect_language
from infobox.article.facts import _READERS, Context, Found, extract, founding, population
from infobox.article.facts.sentence import Sentence
from infobox.article.facts.tokens import (
    _TOKEN,
    NUM,
    SYM,
    WORD,
    Rules,
    Tokens,
    _read_numeral,
    _words_search,
    rules_for,
)
from infobox.article.languages import LANGUAGES
from infobox.article.reader import looks_like_wikitext, read_plain, read_wikitext
from infobox.article.sentences import split_sentences

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
_NAMES = ("Riga", "Rīga", "Казань", "Jezkazgan")
_PIECES = st.one_of(
    st.sampled_from(
        [
            *("The", "city", "is", "in", "Karaganda", "Region", "REGION", "county", "of"),
            *("population", "census", "agglomeration", "It", "was", "founded", "in", "its"),
            *("Казань", "—", "центр", "Татарстана", "области", "Области", "района", "агломерации"),
            *("В", "ней", "проживает", "около", "млн", "человек", "входит", "в", "состав"),
            *("Rīga", "ir", "pilsēta", "novadā", "Novadā", "iedzīvotāju", "tajā", "dzīvo"),
            *("Riga", "Jezkazgan", "ΟΔΟΣ", "Σ", "İ", "km", "km2", "%", "°C", "(", ")", ",", "."),
        ]
    ),
    st.integers(0, 2_000_000).map(str),
    st.text(max_size=4),
)
# Sentences that name a region in each language, and words to cut them with.
_REGIONS = (
    "Jezkazgan is a city in Karaganda Region.",
    "The town is located in Lincoln County, which is part of the Province of Limburg.",
    "Казань — город в Татарстане, центр Казанского района.",
    "Город входит в состав Московской области.",
    "Rīga ir pilsēta Rīgas novadā.",
    "Pilsēta atrodas Ulitau apgabala centrā.",
)
# A sentence of each kind in each language, each stating a fact (a test checks it).
_FACTS = {
    "en": (
        "The population was 12,410 at the 2000 census.",
        "There were 1,539 people living in the town.",
        "It has 90,000 residents.",
        "Its official estimate for 2022 was 45,000.",
        "About 45.2% of the population are Latvians.",
        "The mean temperature in July is 24.5 °C.",
        "The city is located 40 km north of Jelgava.",
        "The city lies at an elevation of 300 m above sea level.",
        "The tower is 220 m high.",
        "The city covers 47 km2.",
        "The power station has a capacity of 2,400 MW.",
        "It was founded in 1938.",
        "Riga was founded by Bishop Albert in 1201.",
        "Jezkazgan is a city in Karaganda Region.",
        "Since 1997 the city is part of Karaganda Region.",
    ),
    "lv": (
        "Pilsētā dzīvo 605 273 iedzīvotāji.",
        "Iedzīvotāju skaits - 23 119 (2021. g.).",
        "Pilsēta atrodas 40 km no Rīgas.",
        "Pilsētu nodibināja bīskaps Alberts 1201. gadā.",
        "Vidējā temperatūra jūlijā ir 17,5 °C.",
        "Latvieši — 45,2 %, krievi — 30 %.",
        "Pilsētas platība ir 47 kvadrātkilometri.",
    ),
    "ru": (
        "Население — 605 273 человека.",
        "Город основан в 1201 году.",
        "В городе проживает около 1,9 млн человек.",
        "Средняя температура июля 18,5 °C.",
        "Площадь города — 425 км².",
        "Город — центр Озёрского района.",
        "Город расположен в 40 километрах от Риги.",
    ),
}
# Items of a list under a population heading: a year and a count, and no other word.
_ITEMS = ("2002 — 20 551", "1897 год — 5 000 чел.", "2010: 14,882", "2021 — 23 119")
_STATED = [*_REGIONS, *(text for texts in _FACTS.values() for text in texts), *_ITEMS]
_SENTENCE = st.one_of(
    st.lists(_PIECES, max_size=14).map(" ".join),
    st.tuples(st.sampled_from(_STATED), st.lists(_PIECES, max_size=4).map(" ".join)).map(
        lambda pair: f"{pair[1]} {pair[0]}"
    ),
    st.sampled_from(_STATED),
)
_SENTENCES = st.lists(_SENTENCE, max_size=6)


def test_each_sentence_of_a_kind_states_a_fact() -> None:
    """The sentences the shortcut tests use state facts, so a wrong quick no shows."""
    for code, texts in _FACTS.items():
        for text in texts:
            assert extract(text, LANGUAGES[code], names=_NAMES), text
    for text, code in zip(_ITEMS, ("ru", "ru", "en", "lv"), strict=True):
        context = Context()
        context.section({"ru": "Население", "en": "Population", "lv": "Iedzīvotāji"}[code])
        context.block(item=True)
        assert extract(text, LANGUAGES[code], context=context), text


def _populations_in_full(s: Sentence) -> None:
    """population.read without its quick no: every count weighed."""
    population._populations(s)
    population._list_item(s)


def _founding_in_full(s: Sentence) -> None:
    """founding.read without its quick no: every year weighed."""
    founding._founded(s)
    if not any(f.kind == "founded" for f in s.found):
        founding._founded_far(s)


_IN_FULL: dict[Callable[[Sentence], None], Callable[[Sentence], None]] = {
    population.read: _populations_in_full,
    founding.read: _founding_in_full,
}
_FULL_READERS = tuple(_IN_FULL.get(read, read) for read in _READERS)


def _in_full(sentence: str, rules: Rules, names: Sequence[str], context: Context) -> list[Found]:
    """What :func:`extract` did before its quick noes: every sentence read in full by every kind."""
    if not sentence:
        return []
    s = Sentence(sentence, rules, names, context)
    for read in _FULL_READERS:
        read(s)
    context.areas = lambda: s.named_areas()[-8:]
    return sorted(s.found, key=lambda f: (f.start, f.end, f.kind))


@given(_SENTENCES, st.sampled_from(sorted(LANGUAGES)), st.booleans(), st.booleans())
@example([_REGIONS[0], "Karaganda Region is in its south."], "en", True, False)
@example(_REGIONS[2:4], "ru", False, False)
@example(_REGIONS[4:], "lv", True, False)
@example(["Riga ir pilsēta.", "Tajā dzīvo 605 273 iedzīvotāji."], "lv", True, False)
@example(["Казань — центр агломерации.", "В ней проживает 1,9 млн человек."], "ru", True, False)
def test_sentences_that_cannot_state_a_fact_give_what_a_full_reading_gives(
    sentences: list[str], code: str, named: bool, item: bool
) -> None:
    """extract skips a sentence without the words any fact needs: same facts, same areas."""
    language = LANGUAGES[code]
    names = _NAMES if named else ()
    quick, full = Context(), Context()
    heading = {"ru": "Население", "en": "Population", "lv": "Iedzīvotāji"}.get(code, "")
    for context in (quick, full):
        context.section(heading if item else "History")
        context.block(item=item)
    for sentence in sentences:
        expected = _in_full(sentence, rules_for(language), names, full)
        assert list(extract(sentence, language, names=names, context=quick)) == expected
        assert quick.areas == full.areas


_LETTERS = st.text(st.sampled_from("aAσςΣΟΔİıiIkKrRegionREGIONобластьОБЛАСТЬ 1-'’_²"), max_size=30)


_HEADS = st.sampled_from(["Region", "REGION", "county", "ОБЛАСТИ", "Района", "NOVADĀ", "ΟΔΟΣ"])
_HEAD_TEXTS = st.lists(st.one_of(_HEADS, _LETTERS), max_size=5).map("".join)


@given(st.one_of(_HEAD_TEXTS, st.text(max_size=30)), st.sampled_from(sorted(LANGUAGES)))
@example("ΟΔΟΣ", "en")
def test_the_region_search_never_misses_a_head_word(text: str, code: str) -> None:
    """When a word token's lower case is a region head, the quick search says it may be."""
    rules = rules_for(LANGUAGES[code])
    toks = Tokens(text, rules)
    if any(
        k == WORD and low in rules.region_heads for k, low in zip(toks.kind, toks.low, strict=True)
    ):
        assert rules.may_name_region(text)


@given(st.lists(st.sampled_from(["οδος", "region", "ΣA", "a.b", "n"]), max_size=3), _LETTERS)
@example(["οδος"], "ΟΔΟΣ")
def test_a_word_search_finds_every_word_token_of_its_words(words: list[str], text: str) -> None:
    """_words_search is True whenever a word token, lower-cased, is one of the words."""
    search = _words_search(frozenset(words))
    lowered = {m.group().lower() for m in re.finditer(r"[^\W\d_][^\W_]*", text)}
    if lowered & set(words):
        assert search(text)
    if not words:
        assert not search(text)


def _tokens_one_by_one(text: str, rules: Rules) -> tuple[list[object], ...]:
    """The tokens as Tokens read them before: a match object per token, then token by token."""
    spans = [(m.start(), m.end(), m.lastindex or SYM) for m in _TOKEN.finditer(text)]
    kinds, starts, ends = (
        [k for _, _, k in spans],
        [a for a, _, _ in spans],
        [b for _, b, _ in spans],
    )
    columns: tuple[list[object], ...] = ([], [], [], [], [], [])
    i = 0
    while i < len(spans):
        a, b, kind = spans[i]
        if kind == NUM:
            numeral_at = len(columns[0])
            i, numeral = _read_numeral(text, kinds, starts, ends, i, rules)
            columns[5].append((numeral_at, numeral))
            a, b = numeral.start, numeral.end
        else:
            i += 1
        raw = text[a:b]
        for column, value in zip(
            columns, (kind, a, b, raw, raw.lower() if kind == WORD else raw), strict=False
        ):
            column.append(value)
    return columns


_NUMBER_TEXT = st.lists(
    st.one_of(
        st.sampled_from(["1", "12", "148", "700", "000", "2,5", "24.5", ".", ",", " ", "\u00a0"]),
        st.sampled_from(["-", "–", "km", "İstanbul", "ΟΔΟΣ", "²", "١٢", "_", "\t", "\n", "g."]),
        st.integers(0, 10**7).map(str),
        st.text(max_size=3),
    ),
    max_size=20,
).map("".join)


@given(st.one_of(_NUMBER_TEXT, st.text()), st.sampled_from(sorted(LANGUAGES)))
@example("148,700 and 150 000 and 1 234,5 and 24.5, 12. gadā", "lv")
@example("1 2 3,456.789 12 345 678", "en")
@example(" a  b\t\n 1\u00a0000 ", "ru")
def test_tokens_read_in_one_findall_are_the_tokens_read_one_by_one(text: str, code: str) -> None:
    """Tokens' columns and numerals equal a reading with a match object per token."""
    rules = rules_for(LANGUAGES[code])
    toks = Tokens(text, rules)
    kinds, starts, ends, raws, lows, numerals = _tokens_one_by_one(text, rules)
    assert (toks.kind, toks.start, toks.end, toks.raw, toks.low) == (
        kinds,
        starts,
        ends,
        raws,
        lows,
    )
    assert list(toks.numerals.items()) == numerals


def test_every_fixture_page_gives_the_facts_of_a_full_reading() -> None:
    """On every fixture page, read in its language (else English), the quick noes change nothing."""
    for path in sorted(FIXTURES.rglob("*.wiki")) + sorted(FIXTURES.rglob("*.txt")):
        text = path.read_text(encoding="utf-8")
        reading = read_wikitext(text) if looks_like_wikitext(text) else read_plain(text)
        language = LANGUAGES.get(detect_language(text), LANGUAGES["en"])
        rules = rules_for(language)
        quick, full = Context(), Context()
        for block in reading.blocks:
            if block.kind == "heading":
                quick.section(block.text, block.level)
                full.section(block.text, block.level)
                continue
            quick.block(item=block.kind == "item")
            full.block(item=block.kind == "item")
            for a, b in split_sentences(block.text, language.abbreviations, block.breaks):
                sentence = block.text[a:b]
                expected = _in_full(sentence, rules, _NAMES, full)
                assert list(extract(sentence, language, names=_NAMES, context=quick)) == expected
                assert quick.areas == full.areas


_GLUED = st.lists(
    st.one_of(
        st.sampled_from(["m", "M", "km", "km2", "km²", "%", "°C", "℃", "MW", "ft", "sq", "mi"]),
        st.sampled_from(["kvadrātkilometri", "километрах", "Metrus", "per", "Population"]),
        st.sampled_from(["ИЗ", "people", "founded", "Region", "ΟΔΟΣ", "İ", "Iedzīvotāju"]),
        st.sampled_from(["1", "12", "2,5", "٣", "_", "-", " ", "", "a", "Ⓐ", "²", "ā", "Wilhel"]),
        st.text(max_size=3),
    ),
    max_size=10,
).map("".join)


@given(_GLUED, st.sampled_from(sorted(LANGUAGES)))
@example("12m", "en")
@example("٣m", "en")
@example("_km", "en")
@example("5km_", "en")
@example("a²m 1", "en")
@example("Wilhelm 1", "en")
@example("1.5m", "en")
@example("1 ٣m", "en")
def test_the_text_search_never_misses_a_token_the_token_test_finds(text: str, code: str) -> None:
    """When the tokens hold a word some fact needs, the search of the text says it may."""
    rules = rules_for(LANGUAGES[code])
    if rules.may_hold_fact(Tokens(text, rules)):
        assert rules.may_hold_fact_text(text)
