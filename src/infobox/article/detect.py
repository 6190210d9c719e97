"""Which language an article is written in, from its text alone.

The candidates are the supported languages and the languages they are most often
confused with (:data:`~infobox.article.languages.OTHER_LANGUAGES`: Ukrainian or
Bulgarian for Russian, Lithuanian or Latgalian for Latvian, Dutch or German for
English). The text's script (Latin or Cyrillic) narrows them; letters a language
never writes rule it out (Kazakh ``қ`` or Serbian ``ј`` is not Russian, ``ė`` or ``y``
not Latvian). Each remaining candidate counts its frequent words in the text
(function words and the commonest words of settlement articles).

The supported language with the most frequent words is the answer when they are at
least two and at least 5 % of the text's words, and when against every other
remaining candidate it has more of the words the other does not write than the
other has of the words it does not write. A word both write proves nothing between
them: ``in`` is English, German and Dutch, ``население`` Russian and Bulgarian, ``un``
Latvian and French (but not Latgalian). Anything else is ``und``: a short text can be
told when it holds a word only its language writes (``Население — 605 273
человека``), and a text in a language without rules is never taken for the supported
one it resembles.
Only the first :data:`SAMPLE` characters are read.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Mapping
from functools import lru_cache
from typing import Final

from .languages import LANGUAGES, OTHER_LANGUAGES, Language

__all__ = ["SAMPLE", "UNDETERMINED", "detect_language"]

#: How much of the text is read: enough for a lead and a section or two.
SAMPLE: Final = 20_000
#: The code for text whose language is not known (ISO 639-2 ``und``).
UNDETERMINED: Final = "und"
#: The least share of a language's frequent words among all words to claim it.
_MIN_SHARE: Final = 0.05
#: The least number of those words: one word proves nothing.
_MIN_HITS: Final = 2
#: More of a language's foreign letters than this share of all letters rule it out.
_FOREIGN_SHARE: Final = 0.01

_WORDS: Final = re.compile(r"[^\W\d_]+")
# Stress marks (Russian "Ри́га") and other combining marks split a word in two.
_MARKS: Final = re.compile(r"[\u0300-\u036f]")


def _script(letter: str) -> str | None:
    if (
        "a" <= letter.lower() <= "z"
        or "\u00c0" <= letter <= "\u024f"
        or "\u1e00" <= letter <= "\u1eff"  # Vietnamese ế, ạ, …
    ):
        return "Latin"
    if "\u0400" <= letter <= "\u052f":
        return "Cyrillic"
    return None


@lru_cache(maxsize=256)
def _frequent(language: Language) -> frozenset[str]:
    return language.stopwords | language.detection_words


@lru_cache(maxsize=1024)
def _against(language: Language, other: Language) -> frozenset[str]:
    """``language``'s frequent words that ``other`` does not write."""
    return _frequent(language) - _frequent(other)


def detect_language(
    text: str,
    languages: Mapping[str, Language] = LANGUAGES,
    others: Mapping[str, Language] = OTHER_LANGUAGES,
) -> str:
    """The ISO 639-1 code of ``text``'s language among ``languages``, or ``und``.

    ``others`` are languages the text may be in that have no rules: a text in one of
    them is ``und``.

    >>> detect_language("Pilsētu izveidoja 1938. gadā, un tā ir Kazahstānā.")
    'lv'
    >>> detect_language("Рига — столица Латвии. Население — 605 273 человека.")
    'ru'
    >>> detect_language("Рига е столицата на Латвия. Населението е 605 273 души.")
    'und'
    >>> detect_language("12 345 678")
    'und'
    """
    sample = _MARKS.sub("", unicodedata.normalize("NFC", text[:SAMPLE]))
    # Case folding is the same letter by letter, so the words are folded in one piece.
    words = "\n".join(_WORDS.findall(sample)).casefold().split("\n")
    if words == [""]:
        words = []
    if not words:
        return UNDETERMINED
    letters = Counter("".join(words))
    scripts: Counter[str] = Counter()
    for letter, count in letters.items():
        script = _script(letter)
        if script is not None:
            scripts[script] += count
    if not scripts:
        return UNDETERMINED
    script, _ = scripts.most_common(1)[0]
    total_letters = sum(letters.values())
    counted = Counter(words)
    present = counted.keys()
    seen = letters.keys()
    allowed = [
        language
        for language in (*languages.values(), *others.values())
        if language.script == script
        and sum(letters[ch] for ch in language.foreign_letters & seen)
        <= _FOREIGN_SHARE * total_letters
    ]

    def hits(words: frozenset[str]) -> int:
        return sum(counted[word] for word in words & present)

    supported = [language for language in allowed if language.code in languages]
    if not supported:
        return UNDETERMINED
    best = max(supported, key=lambda language: hits(_frequent(language)))
    found = hits(_frequent(best))
    if found < _MIN_HITS or found < _MIN_SHARE * len(words):
        return UNDETERMINED
    for other in allowed:
        if other is not best and hits(_against(best, other)) <= hits(_against(other, best)):
            return UNDETERMINED
    return best.code
