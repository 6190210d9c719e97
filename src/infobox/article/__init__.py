"""Article text: plain text or wikitext into sections, list items and typed facts.

The steps, one module each: :mod:`.reader` (input forms into blocks mapped to the
input), :mod:`.detect` (the language), :mod:`.sentences` (sentence boundaries),
:mod:`.facts` with :mod:`.languages` (typed facts, one rules module per language)
and :mod:`.parse` (:func:`parse_article`, which puts them together).
"""

from .parse import parse_article

__all__ = ["parse_article"]
