"""The records a MediaWiki XML export is read into: its site and its pages."""

from __future__ import annotations

import attrs

__all__ = ["PageRecord", "SiteInfo", "language_of_dbname"]

# Wikimedia's project families: a database name is the language code (with "_" for
# "-") followed by one of these.
_FAMILIES = (
    "wiktionary",
    "wikibooks",
    "wikinews",
    "wikiquote",
    "wikisource",
    "wikiversity",
    "wikivoyage",
    "wiki",
)


def language_of_dbname(dbname: str | None) -> str | None:
    """The language code of a Wikimedia database name, or None if it names none.

    >>> language_of_dbname("enwiki"), language_of_dbname("zh_min_nanwiki")
    ('en', 'zh-min-nan')
    >>> language_of_dbname("frwiktionary"), language_of_dbname("mydb")
    ('fr', None)
    """
    if not dbname:
        return None
    for family in _FAMILIES:
        if dbname.endswith(family) and len(dbname) > len(family):
            return dbname[: -len(family)].replace("_", "-")
    return None


@attrs.frozen(kw_only=True)
class SiteInfo:
    """The wiki an export comes from: its ``<siteinfo>`` and the root's ``xml:lang``.

    ``language`` is the root's ``xml:lang``, else derived from ``dbname``.
    ``namespaces`` maps each namespace's name (``"Talk"``, ``"Category"``) to its
    number; the reader uses it for old exports whose pages have no ``<ns>``.

    >>> site = SiteInfo(dbname="enwiki", language="en", sitename="Wikipedia", base=None)
    >>> site.language, site.namespaces
    ('en', ())
    """

    dbname: str | None
    language: str | None
    sitename: str | None
    base: str | None
    namespaces: tuple[tuple[str, int], ...] = ()


@attrs.frozen(kw_only=True)
class PageRecord:
    """One ``<page>`` of an export, with its latest revision in the export.

    ``timestamp`` is as written (ISO 8601, ``"2019-07-15T12:00:00Z"``); ``redirect``
    is the target of ``<redirect title="…"/>``; ``text`` is ``""`` when the
    revision has no text (absent or deleted); ``wiki`` and ``language`` come from
    the export's :class:`SiteInfo`.

    >>> page = PageRecord(title="Riga", namespace=0, page_id=1, revision_id=2,
    ...     timestamp="2019-07-15T12:00:00Z", redirect=None, text="{{Infobox settlement}}",
    ...     wiki="enwiki", language="en")
    >>> page.title, page.namespace
    ('Riga', 0)
    """

    title: str
    namespace: int
    page_id: int | None
    revision_id: int | None
    timestamp: str | None
    redirect: str | None
    text: str
    wiki: str | None
    language: str | None
