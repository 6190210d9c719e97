"""``parse_page``: a whole wiki page, its settlement infobox and its article together."""

from __future__ import annotations

from .article.parse import read_article
from .diagnostics import make
from .errors import InputTypeError, NoInfoboxError
from .models import Diagnostic, Page, Settlement
from .settlement import parse_infobox
from .settlement.parse import read_infobox

__all__ = ["parse_page"]

#: Settlement diagnostics that are about the page, not the infobox alone.
_PAGE_CODES = frozenset({"name.differs-from-lead-title"})


def parse_page(text: str, lang: str | None = None, wiki: str | None = None) -> Page:
    r"""Read a whole page of wikitext: its settlement infobox (if any) and its article.

    ``lang`` is the article's language (detected when None); ``wiki`` the language
    edition whose conventions the infobox is read with (see
    :func:`~infobox.parse_infobox`), ``lang`` when None.

    ``Page.diagnostics`` holds what concerns the page as a whole: a missing
    infobox, and an infobox ``name`` that is not the lead's bold title.

    >>> p = parse_page("{{Infobox settlement|name=Balkhash}}\n"
    ...                "'''Jezkazgan''' is a city.\n[[Category:Towns]]")
    >>> p.settlement.name, p.article.title, p.categories
    ('Balkhash', 'Jezkazgan', ('Towns',))
    >>> [d.code for d in p.diagnostics]
    ['name.differs-from-lead-title']
    """
    if not isinstance(text, str):
        raise InputTypeError(text)
    settlement: Settlement | None
    diagnostics: list[Diagnostic] = []
    article, reading = read_article(text, lang)  # checks lang first
    try:
        wiki = wiki if wiki is not None else lang
        if reading.wikitext and "\r\n" not in text:
            # The reader located the infobox in this very text (lone CRs read as LF).
            settlement = read_infobox(text, reading.located, wiki=wiki)
        else:
            settlement = parse_infobox(text, wiki=wiki)
    except NoInfoboxError:
        settlement = None
        diagnostics.append(make("page.no-settlement", "the page has no settlement infobox"))
    if settlement is not None:
        diagnostics.extend(d for d in settlement.diagnostics if d.code in _PAGE_CODES)
    return Page(
        settlement=settlement,
        article=article,
        categories=reading.categories,
        diagnostics=tuple(diagnostics),
    )
