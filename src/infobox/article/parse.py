"""``parse_article``: article text into sections, list items and typed facts."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Final

from ..diagnostics import make
from ..errors import InputTypeError, LanguageCodeError
from ..lead import lead_titles, unstressed
from ..locale import locale_for
from ..models import Article, Diagnostic, Fact, Section
from .detect import SAMPLE, UNDETERMINED, detect_language
from .facts import Context, extract
from .facts.weather_box import read_climate_table
from .languages import LANGUAGES, Language
from .reader import Block, Reading, looks_like_wikitext, read_plain, read_wikitext
from .sentences import split_sentences

__all__ = ["parse_article", "read_article"]

_LANG_CODE: Final = re.compile(r"[a-z]{2,3}(?:-[a-z0-9]{2,8})*")


def parse_article(text: str, lang: str | None = None) -> Article:
    """Read plain article text or wikitext into an :class:`~infobox.Article`.

    ``lang`` is an ISO 639-1 code; when None the language is detected from the
    text. Any ``str`` gives an article (possibly empty, with diagnostics);
    anything else raises :class:`~infobox.InputTypeError`, and a ``lang`` that is
    not a language code :class:`~infobox.LanguageCodeError`.

    >>> a = parse_article("Jezkazgan is a city in Kazakhstan. It was founded in 1938.")
    >>> a.lang, a.title, [(f.kind, f.value) for f in a.facts]
    ('en', 'Jezkazgan', [('founded', 1938)])
    >>> a.facts[0].sentence
    'It was founded in 1938.'
    """
    return read_article(text, lang)[0]


def read_article(text: str, lang: str | None = None) -> tuple[Article, Reading]:
    r""":func:`parse_article`, also returning the blocks it read (for whole pages).

    >>> article, reading = read_article("A [[city]].\n[[Category:Towns]]", "en")
    >>> reading.categories
    ('Towns',)
    """
    if not isinstance(text, str):
        raise InputTypeError(text)
    reading = read_wikitext(text) if looks_like_wikitext(text) else read_plain(text)
    diagnostics = list(reading.diagnostics)
    code, language = _language(reading.blocks, lang, diagnostics)
    sections = _sections(reading.blocks)
    names = _names(text, reading, language, diagnostics)
    title = names[0] if names else None
    facts: tuple[Fact, ...] = ()
    if language is not None:
        tables = _climate_facts(text, reading, code, diagnostics)
        facts = tuple(_merged(_facts(reading.blocks, language, names), tables))
    article = Article(
        title=title,
        lang=code,
        sections=sections,
        facts=facts,
        diagnostics=tuple(diagnostics),
    )
    return article, reading


def _language(
    blocks: Iterable[Block], lang: str | None, diagnostics: list[Diagnostic]
) -> tuple[str, Language | None]:
    if lang is not None:
        # A caller may pass anything at run time, whatever the annotation says.
        if not isinstance(lang, str) or not _LANG_CODE.fullmatch(  # type: ignore[redundant-expr]
            lang.strip().casefold()
        ):
            raise LanguageCodeError(lang)
        code = lang.strip().casefold()
        language = LANGUAGES.get(code.split("-")[0])
        if language is None:
            diagnostics.append(
                make(
                    "article.language-unsupported",
                    f"there are no fact rules for the language {code!r}; facts were not read",
                )
            )
        return code, language
    sample: list[str] = []
    size = 0
    for block in blocks:
        if block.kind != "heading" and size < SAMPLE:
            sample.append(block.text)
            size += len(block.text) + 1
    code = detect_language("\n".join(sample))
    if code == UNDETERMINED:
        if size:
            diagnostics.append(
                make(
                    "article.language-unknown",
                    "the language could not be told from the text; facts were not read",
                )
            )
        return code, None
    return code, LANGUAGES[code]


def _sections(blocks: Iterable[Block]) -> tuple[Section, ...]:
    sections: list[Section] = []
    title: str | None = None
    level = 0
    paragraphs: list[str] = []
    items: list[str] = []
    opened = False
    for block in blocks:
        if block.kind == "heading":
            if opened or paragraphs or items:
                sections.append(
                    Section(title=title, level=level, paragraphs=paragraphs, items=items)
                )
            title, level, paragraphs, items, opened = block.text, block.level, [], [], True
        elif block.kind == "item":
            items.append(block.text)
        else:
            paragraphs.append(block.text)
    if opened or paragraphs or items:
        sections.append(Section(title=title, level=level, paragraphs=paragraphs, items=items))
    return tuple(sections)


def _facts(blocks: Iterable[Block], language: Language, names: Sequence[str]) -> Iterable[Fact]:
    # The context carries the section's heading and the areas the last sentence named.
    context = Context()
    for block in blocks:
        if block.kind == "heading":
            context.section(block.text, block.level)
            continue
        context.block(item=block.kind == "item")
        for a, b in split_sentences(block.text, language.abbreviations, block.breaks):
            sentence = block.text[a:b]
            for found in extract(sentence, language, names=names, context=context):
                start, end = block.spans.source(a + found.start, a + found.end)
                yield Fact(
                    kind=found.kind,
                    value=found.value,
                    unit=found.unit,
                    qualifiers=found.qualifiers,
                    sentence=sentence,
                    start=start,
                    end=end,
                )


def _climate_facts(
    text: str, reading: Reading, code: str, diagnostics: list[Diagnostic]
) -> list[Fact]:
    """The facts of the page's climate tables (``{{Weather box}}`` …), in the wiki's locale."""
    facts: list[Fact] = []
    for start, end in reading.climate_tables:
        found, problems = read_climate_table(text[start:end], start, locale_for(code))
        facts += found
        diagnostics += problems
    return facts


def _merged(sentences: Iterable[Fact], tables: Sequence[Fact]) -> Iterator[Fact]:
    """Both kinds of facts in the order of the text; each keeps its own order."""
    pending = iter(sorted(tables, key=lambda f: f.start))
    table = next(pending, None)
    for fact in sentences:
        while table is not None and table.start <= fact.start:
            yield table
            table = next(pending, None)
        yield fact
    while table is not None:
        yield table
        table = next(pending, None)


# What ends the subject of a first sentence ("X or Y (…) is a city"): a bracket, a
# comma, a dash, or a copula or "or" of a supported language.
_SUBJECT_END: Final = re.compile(
    r"\s*[(,;:—–]|\s+-\s|\s+(?:or|is|was|are|ir|bija|vai|—|является|был|была|было|или)\s",
)
# Lower-case words a place's name may hold ("Rostov-on-Don" aside): "Frankfurt am Main".
_NAME_PARTICLES: Final = frozenset(
    [
        "de",
        "la",
        "le",
        "du",
        "des",
        "del",
        "da",
        "di",
        "do",
        "dos",
        "von",
        "van",
        "der",
        "den",
        "am",
        "an",
        "upon",
        "on",
        "of",
    ]
)
_NAME_WORD: Final = re.compile(r"[^\W\d_][\w'’.-]*")


def _names(
    text: str, reading: Reading, language: Language | None, diagnostics: list[Diagnostic]
) -> tuple[str, ...]:
    # The names of the article's subject, its title first (as the page writes it);
    # the fact rules take a founding whose subject is one of them to be the place's
    # own. A title with stress marks (ruwiki's "Берли́н") is followed by its form
    # without them, which is how the text writes the name.
    if reading.wikitext:
        titles = lead_titles(text, reading.infobox_end or 0)
        return tuple(dict.fromkeys([*titles, *map(unstressed, titles)]))
    first = next((b for b in reading.blocks if b.kind == "paragraph"), None)
    if first is None or language is None:
        return ()
    end = _SUBJECT_END.search(first.text, 0, 200)
    if end is None or end.start() == 0:
        return ()
    subject = first.text[: end.start()]
    words = unstressed(subject).split()
    if not 1 <= len(words) <= 5 or not all(_NAME_WORD.fullmatch(w) for w in words):
        return ()
    if not all(w[0].isupper() or w in _NAME_PARTICLES for w in words) or not words[0][0].isupper():
        return ()
    start, stop = first.spans.source(0, len(subject))
    diagnostics.append(
        make(
            "article.title-guessed",
            f"the text has no bold title; {subject!r}, the subject of its first sentence, "
            "was taken as the title",
            start=start,
            end=stop,
        )
    )
    return tuple(dict.fromkeys([subject, unstressed(subject)]))
