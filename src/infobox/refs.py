"""Citations: every ``<ref>`` in a value, with its cite template's fields."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from mwparserfromhell.nodes import Comment, Tag, Template

from .models import Citation
from .text import external_links, plain, template_args

__all__ = ["citations_from"]


def citations_from(
    param: str, refs: Iterable[Tag], restore: Mapping[str, str] | None = None
) -> list[Citation]:
    """One :class:`Citation` per ``<ref>`` tag found in parameter ``param``.

    The first cite template in a ref gives ``template`` and ``fields`` (every
    named argument, as plain text); a bare ref gives its first link.
    ``restore`` maps the placeholder characters of :func:`infobox.scan.prepare` back.

    >>> import mwparserfromhell
    >>> code = mwparserfromhell.parse(
    ...     "<ref name=z>{{Cite web|url=https://z.kz|title=T|date=2022-06-28}}</ref>")
    >>> [c] = citations_from("leader_name", code.filter_tags())
    >>> c.name, c.template, c.url, c.date
    ('z', 'Cite web', 'https://z.kz', '2022-06-28')
    """
    table = {ord(k): v for k, v in restore.items()} if restore else {}
    result = []
    for ref in refs:
        name = None
        if ref.has("name"):
            name = str(ref.get("name").value).translate(table).strip().strip("\"'") or None
        template = url = title = date = None
        fields: dict[str, str] = {}
        contents = ref.contents if not ref.self_closing else None
        if contents is not None:
            cite = next(
                (
                    t
                    for t in contents.filter_templates(recursive=False)
                    if _name(t).lower().startswith(("cite", "citation"))
                ),
                None,
            )
            if cite is not None:
                template = _name(cite).translate(table)
                _, named = template_args(cite)
                fields = {
                    key.translate(table): plain(value, restore) for key, value in named.items()
                }
                url = fields.get("url") or None
                title = fields.get("title") or None
                date = fields.get("date") or None
            else:
                link = next(iter(external_links(contents)), None)
                if link is not None:
                    # MediaWiki decodes character references in a link's URL.
                    url = plain(link.url, restore) or None
                    title = plain(link.title, restore) if link.title is not None else None
                title = title or plain(contents, restore) or None
        result.append(
            Citation(
                param=param,
                name=name,
                template=template,
                url=url,
                title=title,
                date=date,
                fields=fields,
            )
        )
    return result


def _name(template: Template) -> str:
    r"""A template's name as written, without its comments (MediaWiki ignores them).

    >>> import mwparserfromhell
    >>> _name(mwparserfromhell.parse("{{Cite web <!-- c -->\n|url=u}}").nodes[0])
    'Cite web'
    """
    return "".join(str(n) for n in template.name.nodes if not isinstance(n, Comment)).strip()
