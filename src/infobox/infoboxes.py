"""The first infobox a page calls, whatever its kind: :func:`first_infobox`.

When a page holds no settlement infobox, :class:`~infobox.NoInfoboxError` says which
infobox it has instead ("the first infobox is Infobox company"). An infobox is told
by its name, as the wikis name them (the names are data, :data:`PREFIXES` and
:data:`SUFFIXES`): English ``Infobox …`` and the wikis that kept the word (``Infobox
Unternehmen``, ``Infobox - sídlo světa``), Polish ``… infobox``, Latvian ``…
infokaste``, Latgalian ``Infoskreine …``, Spanish ``Ficha de …``, Portuguese
``Info/…``, Turkish ``… bilgi kutusu``, Vietnamese ``Thông tin …``, Russian
``Карточка …``, Arabic ``صندوق معلومات …``, Japanese ``基礎情報 …``, and the English
taxon and chemistry boxes (``Speciesbox``, ``Automatic taxobox``, ``Chembox``). A
template named otherwise (``НП``, ``Divisione amministrativa``, ``Bio``) is not
told: the error then says only that there is no settlement infobox.

The scan is linear and reads no more than it must: a page that calls an infobox
first is done with at its first template. Only a template called at the top level
counts, as MediaWiki counts braces (``{{Navbox|list={{Infobox …}}}}`` does not);
comments and the extension tags whose content is not wikitext (``<nowiki>``,
``<pre>``, ``<math>``…) and ``<ref>…</ref>`` are skipped as MediaWiki skips them. A
name is read as MediaWiki reads a title (first letter's case, ``_`` as a space): a
name split by a comment is not read.
"""

from __future__ import annotations

import re
from typing import Final

from .names import normalize_title

__all__ = ["PREFIXES", "SUFFIXES", "first_infobox", "is_infobox_name"]

#: How an infobox's name begins, after MediaWiki's normalisation (first letter upper).
PREFIXES: Final[tuple[str, ...]] = (
    "Infobox",  # en, de, fr, nl, cs… (Infobox company, Infobox Unternehmen)
    "Info/",  # pt (Info/Empresa)
    "Ficha de ",  # es (Ficha de persona)
    "Infoskreine",  # ltg (Infoskreine Latvejis mīsts)
    "Thông tin ",  # vi (Thông tin nhân vật)
    "Карточка",  # ru (Карточка компании)
    "Картка:",  # uk (Картка:Компанія)
    "صندوق معلومات",  # ar (صندوق معلومات شركة)
    "基礎情報 ",  # ja (基礎情報 会社)
)
#: How an infobox's name ends, compared without case.
SUFFIXES: Final[tuple[str, ...]] = (
    "infobox",  # pl (Przedsiębiorstwo infobox), kk
    "infokaste",  # lv (Uzņēmuma infokaste)
    "bilgi kutusu",  # tr (Şirket bilgi kutusu)
    "taxobox",  # en (Taxobox, Automatic taxobox)
    "speciesbox",  # en (Speciesbox, Subspeciesbox, Infraspeciesbox)
    "chembox",  # en
    "drugbox",  # en
)

_SUFFIXES_FOLDED: Final = tuple(s.casefold() for s in SUFFIXES)

#: What the scan stops at: brace runs, comments, and the tags whose content it skips.
_SKIPPED_TAGS: Final = ("nowiki", "pre", "math", "syntaxhighlight", "source", "ref", "score")
_TOKEN: Final = re.compile(r"\{\{+|\}\}+|<!--|<(?i:(" + "|".join(_SKIPPED_TAGS) + r"))(?=[\s/>])")
#: A piece of a template's name after its ``{{``: text without markup, up to a comment
#: or the ``|`` or ``}`` that ends the name.
_NAME_PART: Final = re.compile(r"[^|{}\[\]<>]{0,300}")
#: MediaWiki's longest title, and how many comments a name may hold before it is not read.
_MAX_NAME: Final = 255
_MAX_COMMENTS: Final = 8
_TAG_END: Final = re.compile(r"[<>]")
_CLOSER: Final = {tag: re.compile(r"</" + tag + r"\s*>", re.IGNORECASE) for tag in _SKIPPED_TAGS}


def is_infobox_name(name: str) -> bool:
    """Whether a template's (normalised) name is an infobox's, in any of the wikis' styles.

    >>> [is_infobox_name(n) for n in ("Infobox company", "Miejscowość infobox", "Coord")]
    [True, True, False]
    """
    return name.startswith(PREFIXES) or name.casefold().endswith(_SUFFIXES_FOLDED)


def first_infobox(text: str) -> str | None:
    r"""The normalised name of the first infobox ``text`` calls at its top level, or None.

    >>> first_infobox("{{Use dmy dates}}\n{{infobox_company\n| name = Asda\n}}")
    'Infobox company'
    >>> first_infobox("{{Navbox|list={{Infobox person}}}} <!-- {{Infobox x}} -->") is None
    True
    """
    closers: dict[str, tuple[int, int]] = {}
    depth = 0
    pos = 0
    while True:
        token = _TOKEN.search(text, pos)
        if token is None:
            return None
        run = token.group()
        pos = token.end()
        if run[0] == "{":
            if depth == 0 and len(run) == 2:
                title = _template_name(text, pos)
                if title and is_infobox_name(title):
                    return title
            depth += len(run)
        elif run[0] == "}":
            depth = max(0, depth - len(run))
        elif run == "<!--":
            end = text.find("-->", pos)
            if end < 0:
                return None  # the rest of the page is a comment
            pos = end + 3
        else:
            pos = _skip_tag(text, pos, token.group(1).lower(), closers)


def _template_name(text: str, pos: int) -> str | None:
    """The normalised name of the template whose ``{{`` ends at ``pos``, None if it has none.

    Comments in the name are dropped, as MediaWiki drops them; a name with a line break
    inside it, longer than a title may be, or not ended by ``|`` or ``}`` is no name.
    """
    parts = []
    for _ in range(_MAX_COMMENTS + 1):
        part = _NAME_PART.match(text, pos)
        assert part is not None  # the pattern matches the empty string
        parts.append(part.group())
        pos = part.end()
        if not text.startswith("<!--", pos):
            break
        end = text.find("-->", pos + 4)
        if end < 0:
            return None
        pos = end + 3
    if not text.startswith(("|", "}"), pos):
        return None
    name = "".join(parts).strip()
    if not name or len(name) > _MAX_NAME or "\n" in name:
        return None
    return normalize_title(name)


def _skip_tag(text: str, pos: int, tag: str, closers: dict[str, tuple[int, int]]) -> int:
    """Where the scan resumes after the tag opened before ``pos``: after its closing tag.

    A self-closing tag (``<ref name=a />``) or a tag without its closing tag is skipped
    alone, as MediaWiki reads it. ``closers`` remembers, per tag name, the last search
    (from where, found where), so that many unclosed tags cost one search, not many.
    """
    end = _TAG_END.search(text, pos)
    if end is None or end.group() == "<":
        return pos  # not a tag: text
    after = end.end()
    if text[end.start() - 1] == "/":
        return after
    searched, found = closers.get(tag, (-1, -1))
    if not (0 <= searched <= after and (found < 0 or found >= after)):
        match = _CLOSER[tag].search(text, after)
        found = -1 if match is None else match.start()
        closers[tag] = (after, found)
    if found < 0:
        return after
    return text.index(">", found) + 1
