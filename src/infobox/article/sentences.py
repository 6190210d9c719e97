"""Sentences: where a block of text ends one sentence and starts the next.

A sentence ends at ``.``, ``!``, ``?`` or ``…`` (with any closing quotes or
brackets after it) followed by white space and a capital letter, a digit or an
opening quote or bracket — unless the word before the full stop is one of the
language's abbreviations (``approx.``, ``tūkst.``, ``г.``) or a single capital
letter (an initial). A decimal number (``24.5``) has no space after its point and
so never ends a sentence. Forced breaks (a plain-text line that ended without a
full stop) end a sentence too.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator
from typing import Final

__all__ = ["split_sentences"]

# Possessive, and only from the first mark of a run: "......" is linear, not quadratic.
# The mark comes first and the look back at the character before it after it (the
# two before the end of the mark may not both be marks): a pattern that opens with a
# character set lets the search skip to the next mark, ~3.5x quicker than a look back
# first at every character.
_END: Final = re.compile(r"[.!?…](?<![.!?…].)[.!?…]*+[\"'”’»)\]]*+(?=\s+[\"'“‘«(\[]?(\w))")


def split_sentences(
    text: str, abbreviations: Collection[str] = frozenset(), breaks: Collection[int] = ()
) -> Iterator[tuple[int, int]]:
    """The ``(start, end)`` of each sentence of ``text``, white space trimmed.

    >>> text = "It lies approx. 400 km SW. The mean is 24.5 °C in July. J. Smith was born here."
    >>> [text[a:b] for a, b in split_sentences(text, {"approx"})]
    ['It lies approx. 400 km SW.', 'The mean is 24.5 °C in July.', 'J. Smith was born here.']
    """
    cuts = [b for b in breaks if 0 < b < len(text)]  # sorted with the ends below
    for match in _END.finditer(text):
        if match.group(1).islower():
            continue
        dot = match.start()
        if text[dot] == "." and _abbreviated(text, dot, abbreviations):
            continue
        cuts.append(match.end())
    cuts.sort()
    cuts.append(len(text))
    start = 0
    for cut in cuts:
        if cut <= start:
            continue
        # The piece's white space trimmed by str.strip (what str.isspace calls white
        # space, as the regular expressions' \s does), not a character at a time.
        piece = text[start:cut]
        stripped = piece.strip()
        if stripped:
            a = start + len(piece) - len(piece.lstrip())
            yield a, a + len(stripped)
        start = cut


def _abbreviated(text: str, dot: int, abbreviations: Collection[str]) -> bool:
    # The word before the full stop, bounded: words are short, texts may not be.
    window = text[max(dot - 40, 0) : dot]
    if window.endswith("\n"):
        window = window[:-1]  # "word\n.": the word before a final line break counts
    if not window or window[-1].isspace():
        return False
    word = window.rsplit(None, 1)[-1].lstrip("\"'“‘«([").casefold()
    if len(word) == 1 and word.isalpha():
        return True  # an initial: "J. Smith"
    return word in abbreviations or word.rsplit(".", 1)[-1] in abbreviations
