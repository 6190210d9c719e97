"""The records a dump reader yields: one page of an export, and the wiki it comes from."""

from __future__ import annotations

import attrs

__all__ = ["PageRecord", "SiteInfo"]


@attrs.frozen(kw_only=True)
class SiteInfo:
    """The wiki an export comes from, from its ``<siteinfo>`` and ``<mediawiki>`` root.

    ``language`` is the root's ``xml:lang``, else derived from ``dbname``.

    >>> SiteInfo(dbname="enwiki", language="en", sitename="Wikipedia", base=None).language
    'en'
    """

    dbname: str | None
    language: str | None
    sitename: str | None
    base: str | None


@attrs.frozen(kw_only=True)
class PageRecord:
    """One ``<page>`` of an export, with the latest revision in it.

    ``timestamp`` is as written (ISO 8601, ``2019-07-15T12:00:00Z``); ``redirect``
    is the target of ``<redirect title="…"/>``; ``text`` is ``""`` when the revision
    has none (absent or deleted); ``wiki`` and ``language`` are the
    :class:`SiteInfo`'s ``dbname`` and ``language``.

    >>> p = PageRecord(title="Jezkazgan", namespace=0, page_id=1, revision_id=2,
    ...                timestamp="2019-07-15T12:00:00Z", redirect=None, text="",
    ...                wiki="enwiki", language="en")
    >>> p.title, p.namespace
    ('Jezkazgan', 0)
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
