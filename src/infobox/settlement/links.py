"""Links: the official website and the images (skyline, flag, seal, maps…) by file name.

A website is a ``{{URL}}``'s argument, an external link, or text that looks like a URL;
an image is a ``[[File:…]]`` link or a plain file name.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Mapping
from typing import Final

from mwparserfromhell.wikicode import Wikicode

from .. import wikitree
from ..diagnostics import make
from ..models import Image
from ..refs import SHORT_FOOTNOTES
from ..text import args_plain, external_links, find_templates, plain, template_key
from .reader import Reader, excerpt, restored

_URL_KEYS: Final = frozenset({"url", "official url", "official website", "official site"})
#: The image parameters in the order they are read, with their caption and alt
#: parameters (docs/model.md, "Image"); the renderer and the strategies use it too.
IMAGE_PARAMS: Final = (
    ("image_skyline", "image_caption", "image_alt"),
    ("image", "image_caption", "image_alt"),
    ("image_flag", None, "flag_alt"),
    ("image_seal", None, "seal_alt"),
    ("image_shield", None, "shield_alt"),
    ("image_blank_emblem", None, "blank_emblem_alt"),
    ("image_map", "map_caption", "map_alt"),
    ("image_map1", "map_caption1", "map_alt1"),
    ("image_dot_map", "dot_map_caption", None),
)
#: The file namespace's English names and its local names on the wikis the templates
#: are from (nl Bestand, fr Fichier, de Datei, ru Файл, pl Plik, es Archivo…).
_FILE_PREFIX = re.compile(
    r"^\s*(?:file|image|bestand|afbeelding|fichier|datei|bild|файл|изображение|plik|grafika"
    r"|archivo|imagen|ficheiro|arquivo|imagem|immagine|soubor|dosya|resim|attēls|tập tin"
    r"|ملف|صورة|ಚಿತ್ರ)\s*:\s*",
    re.IGNORECASE,
)
_URL = re.compile(r"^(?:https?:)?//\S+$|^[\w.-]+\.[a-z]{2,}(?:/\S*)?$", re.IGNORECASE)


def _without_refs(code: Wikicode) -> Wikicode:
    """A copy of ``code`` with its ``<ref>`` tags (at any depth) taken out.

    >>> import mwparserfromhell
    >>> str(_without_refs(mwparserfromhell.parse("a.kz<ref>[https://b.kz]</ref>")))
    'a.kz'
    """
    copy = wikitree.parse_styled(str(code))
    for tag in copy.filter_tags(recursive=True):
        if str(tag.tag).strip().lower() == "ref":
            with contextlib.suppress(ValueError):  # inside a ref already taken out
                copy.remove(tag)
    return copy


def website(r: Reader) -> str | None:
    if not r.given("website"):
        return None
    # The refs after a value cite it; their URLs are not the website.
    given = r.code("website")
    assert given is not None  # r.given("website")
    code = _without_refs(given)
    candidate = None
    for template in find_templates(code, _URL_KEYS):
        positional, _ = args_plain(template, r.restore)
        if positional and positional[0]:
            # {{URL}}'s argument passes the same check as a URL written as text.
            candidate = positional[0]
            break
    else:
        for link in external_links(code):
            return plain(link.url, r.restore)  # entities decoded, as MediaWiki does
        text = r.line("website")
        if text is None:
            return None
        candidate = text.split()[0] if text.split() else ""
    if _URL.match(candidate):
        return candidate
    r.report(
        "website",
        [
            make(
                "website.unparseable",
                f"{r.written('website')} holds no URL: {excerpt(r.raw('website'))}",
            )
        ],
    )
    return None


def images(r: Reader) -> tuple[Image, ...]:
    result = []
    for param, caption, alt in IMAGE_PARAMS:
        if not r.given(param):
            continue
        piece = r.value(param)
        held = r.param(param)
        if piece is None or held is None:
            continue  # a label, not a parameter
        # Text and comments only: no link, no template to look into.
        file = _image_file(piece.code if piece.has_markup else None, held.text, r.restore)
        if file is None:
            r.report(
                param,
                [
                    make(
                        "image.not-a-file",
                        f"{held.name} holds no plain file name: {excerpt(held.raw)}",
                    )
                ],
            )
            continue
        result.append(
            Image(
                param=param,
                file=file,
                caption=r.line(caption) if caption else None,
                alt=r.line(alt) if alt else None,
            )
        )
    return tuple(result)


def _image_file(code: Wikicode | None, text: str, restore: Mapping[str, str]) -> str | None:
    """The file a value names; ``code`` None for a value of text and comments only."""
    if code is not None:
        for link in code.filter_wikilinks(recursive=False):
            title = restored(str(link.title), restore)
            if _FILE_PREFIX.match(title):
                # A title's white space is one space, as MediaWiki names the file.
                return " ".join(_FILE_PREFIX.sub("", title).split()) or None
        # A short footnote ({{sfn}}) after the name is a citation, like a <ref>.
        templates = code.filter_templates(recursive=False)
        if any(template_key(t) not in SHORT_FOOTNOTES for t in templates):
            return None
    file = " ".join(_FILE_PREFIX.sub("", text).split())
    return file or None
