"""Which language an article is written in, from its text alone.

The text's script (Latin or Cyrillic) narrows the candidates; letters that a
language never uses rule it out (Kazakh ``қ`` is not Russian); then the share of
each candidate's frequent words decides. Text with too few of them is ``und``.
Only the first :data:`SAMPLE` characters are read.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from typing import Final

from .languages import LANGUAGES, Language

__all__ = ["SAMPLE", "UNDETERMINED", "detect_language"]

#: How much of the text is read: enough for a lead and a section or two.
SAMPLE: Final = 20_000
#: The code for text whose language is not known (ISO 639-2 ``und``).
UNDETERMINED: Final = "und"
#: The least share of a language's frequent words among all words to claim it.
_MIN_SHARE: Final = 0.05
#: The least number of those words: three words prove nothing.
_MIN_HITS: Final = 3
_FOREIGN_SHARE: Final = 0.01

_WORDS: Final = re.compile(r"[^\W\d_]+")


def _script(letter: str) -> str | None:
    if "a" <= letter.lower() <= "z" or "\u00c0" <= letter <= "\u024f":
        return "Latin"
    if "\u0400" <= letter <= "\u04ff":
        return "Cyrillic"
    return None


def detect_language(text: str, languages: Mapping[str, Language] = LANGUAGES) -> str:
    """The ISO 639-1 code of ``text``'s language, or ``und``.

    >>> detect_language("Pilsētu izveidoja 1938. gadā, un tā ir Kazahstānā.")
    'lv'
    >>> detect_language("Город был основан в 1938 году и является центром области.")
    'ru'
    >>> detect_language("12 345 678")
    'und'
    """
    sample = text[:SAMPLE]
    words = [word.casefold() for word in _WORDS.findall(sample)]
    if not words:
        return UNDETERMINED
    letters = Counter(ch for word in words for ch in word)
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
    best, best_score = UNDETERMINED, 0.0
    for language in languages.values():
        if language.script != script:
            continue
        foreign = sum(letters[ch] for ch in language.foreign_letters)
        if foreign > _FOREIGN_SHARE * total_letters:
            continue
        hits = sum(counted[word] for word in language.stopwords)
        if hits < _MIN_HITS or hits < _MIN_SHARE * len(words):
            continue
        own = sum(letters[ch] for ch in language.letters)
        score = hits / len(words) + own / total_letters
        if score > best_score:
            best, best_score = language.code, score
    return best
