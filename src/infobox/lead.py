"""The lead that follows an infobox: its bold title(s), for checking the infobox's name."""

from __future__ import annotations

import re
from typing import Final

from .text import plain

__all__ = ["lead_titles", "unstressed"]

#: How far after the infobox the lead is looked for; leads state the title early.
_WINDOW: Final = 20_000
_HEADING = re.compile(r"^=+[^=\n].*?=+[ \t]*$", re.MULTILINE)
_BOLD = re.compile(r"'''(?!')(.+?)'''", re.DOTALL)
_PARAGRAPH = re.compile(r"\n[ \t]*\n")
#: The stress marks ruwiki and ukwiki put on a bold title (``Берли́н``): the combining
#: acute and grave accents. No Cyrillic letter has a precomposed accented form, so
#: they stand alone after the vowel; a Latin name written precomposed (``Bogotá``)
#: keeps its accent.
_STRESS: Final = dict.fromkeys((0x0301, 0x0300))


def lead_titles(text: str, after: int) -> tuple[str, ...]:
    r"""The bold terms of the first lead paragraph after offset ``after`` that has any.

    Only the text before the first section heading counts, so a page without a
    lead gives ``()``. ``\r\n`` and a lone ``\r`` end lines as ``\n`` does.

    >>> lead_titles("{{Infobox}}\n'''Jezkazgan''' or '''Zhezkazgan''' is a city.", 11)
    ('Jezkazgan', 'Zhezkazgan')
    >>> lead_titles("{{Infobox}}\n== History ==\n'''X''' y", 11)
    ()
    >>> lead_titles("{{Infobox}}\r\n'''A''' is\r\n\r\n'''B'''\r\n== H ==\r\n", 11)
    ('A',)
    """
    # Twice the window, so that as much text is read whatever the line ends.
    window = text[after : after + 2 * _WINDOW].replace("\r\n", "\n").replace("\r", "\n")
    window = window[:_WINDOW]
    heading = _HEADING.search(window)
    if heading is not None:
        window = window[: heading.start()]
    for paragraph in _PARAGRAPH.split(window):
        terms = [plain(match.group(1)) for match in _BOLD.finditer(paragraph)]
        terms = [term.strip("'\" ") for term in terms if term.strip("'\" ")]
        if terms:
            return tuple(terms)
    return ()


def unstressed(name: str) -> str:
    """``name`` without the combining stress marks a dictionary-style title carries.

    The page bolds ``Берли́н`` and its text then writes ``Берлин``; rules that look
    for the place's name in a sentence compare the unstressed form.

    >>> unstressed("Берли́н"), unstressed("Москва̀"), unstressed("Bogotá")
    ('Берлин', 'Москва', 'Bogotá')
    """
    return name.translate(_STRESS)
