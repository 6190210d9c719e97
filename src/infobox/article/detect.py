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
from collections.abc import Callable, Mapping, Sequence
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
# Punctuation that clings to words ("(1938),"): none of it is a word character.
_CLINGING: Final = ".,;:()[]{}\"'«»„“”‘’—–-!?/%*…|"


def _words_of(text: str) -> list[str]:
    """``_WORDS.findall(text)``, found quicker: the letters between non-letters, in order.

    Most pieces between white space are letters alone, or letters in punctuation:
    those need no regex (~30 % quicker on the real pages' samples).

    >>> _words_of("Jezkazgan (Kazakh: Жезқазған) was founded in 1938, in_Kazakhstan.")
    ['Jezkazgan', 'Kazakh', 'Жезқазған', 'was', 'founded', 'in', 'in', 'Kazakhstan']
    """
    words: list[str] = []
    for piece in text.split():
        if piece.isalpha():
            words.append(piece)
            continue
        core = piece.strip(_CLINGING)
        if core.isalpha():
            words.append(core)
        else:
            words += _WORDS.findall(piece)
    return words


# The letters of each script that detection tells apart. Latin: ASCII letters, Latin-1
# to Latin Extended-B, Latin Extended Additional (Vietnamese ế, ạ, …) and the Kelvin
# sign (U+212A, whose lower case is "k"); a test checks these against all of Unicode.
_LATIN: Final = re.compile("[a-zA-Z\u00c0-\u024f\u1e00-\u1eff\u212a]+")
_CYRILLIC: Final = re.compile("[\u0400-\u052f]+")


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
    folded = "\n".join(_words_of(sample)).casefold()
    if not folded:
        return UNDETERMINED
    words = folded.split("\n")
    letters = folded.replace("\n", "")  # the words' letters, in order
    script = _main_script(letters)
    if script is None:
        return UNDETERMINED
    total_letters = len(letters)
    counted = Counter(words)
    present = counted.keys()
    candidates = [
        language
        for language in (*languages.values(), *others.values())
        if language.script == script
    ]
    foreign = _foreign_counts(letters, candidates)
    allowed = [
        language
        for language in candidates
        if sum(foreign[ch] for ch in language.foreign_letters & foreign.keys())
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


def _main_script(letters: str) -> str | None:
    """The script most of ``letters`` are written in (on a tie, the one met first), or None.

    Each script's letters are counted by what removing them takes off the length:
    two C-level passes, where counting every letter took a dictionary update each.
    """
    rest = _LATIN.sub("", letters)
    latin = len(letters) - len(rest)
    cyrillic = len(rest) - len(_CYRILLIC.sub("", rest))
    if latin != cyrillic:
        return "Latin" if latin > cyrillic else "Cyrillic"
    if not latin:
        return None
    first_latin, first_cyrillic = _LATIN.search(letters), _CYRILLIC.search(letters)
    if first_latin is None or first_cyrillic is None:  # unreachable: both counts are above 0
        return None
    return "Latin" if first_latin.start() < first_cyrillic.start() else "Cyrillic"


def _foreign_counts(letters: str, languages: Sequence[Language]) -> Counter[str]:
    """How often each of the ``languages``' foreign letters stands in ``letters``.

    One search for any of them: most are never met, so the count is of the few found.
    """
    search = _foreign_search(tuple(language.foreign_letters for language in languages))
    return Counter(search(letters)) if search is not None else Counter()


@lru_cache(maxsize=64)
def _foreign_search(
    letter_sets: tuple[frozenset[str], ...],
) -> Callable[[str], list[str]] | None:
    """A findall of every single letter in ``letter_sets`` (None when there is none)."""
    letters = sorted({ch for letters in letter_sets for ch in letters if len(ch) == 1})
    if not letters:
        return None
    return re.compile("[" + "".join(re.escape(ch) for ch in letters) + "]").findall
