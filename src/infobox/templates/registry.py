"""Every settlement template the reader knows, by name: :func:`spec_for`.

One module per wiki (``en``, ``ru``, …) holds that wiki's templates as
:class:`~infobox.templates.spec.TemplateSpec` data in its ``SPECS``; this module
gathers them. Adding a template is adding its spec to its wiki's module (and the
module to :data:`_MODULES`), with tests: ``docs/wikis.md``.

>>> spec_for("infobox_city").name, spec_for("Infobox company")
('Infobox settlement', None)
"""

from __future__ import annotations

import re
from types import MappingProxyType
from typing import Final

from . import (
    ar,
    cs,
    en,
    en_france,
    en_italy,
    en_russia,
    es,
    fr,
    gl,
    it,
    kk,
    kn,
    ltg,
    lv,
    nl,
    pl,
    pt,
    ru,
    tr,
    uk,
    vi,
)
from .spec import TemplateSpec

__all__ = ["SPECS", "TEMPLATE_NAMES", "is_wiki_code", "spec_for"]

_MODULES: Final = (
    en,
    en_france,
    en_italy,
    en_russia,
    it,
    kk,
    ltg,
    lv,
    ru,
    uk,
    vi,
    pl,
    es,
    pt,
    cs,
    tr,
    gl,
    ar,
    fr,
    kn,
    nl,
)

#: Every known settlement template, English first.
SPECS: Final[tuple[TemplateSpec, ...]] = tuple(s for m in _MODULES for s in m.SPECS)

_SPACES: Final = re.compile(r"[\s_]+")


def _key(title: str) -> str:
    """A title as MediaWiki compares it: first letter's case, runs of spaces and ``_``."""
    title = _SPACES.sub(" ", title).strip()
    return title[:1].upper() + title[1:]


_BY_NAME: Final = MappingProxyType({_key(n): s for s in reversed(SPECS) for n in s.names})
#: Every template name (title or redirect) read as a settlement infobox, normalised.
TEMPLATE_NAMES: Final[frozenset[str]] = frozenset(_BY_NAME)


def spec_for(title: str) -> TemplateSpec | None:
    """The spec of the template titled ``title`` (normalised as MediaWiki does), or None."""
    return _BY_NAME.get(_key(title))


#: A wiki's language code as its subdomain writes it: "en", "ltg", "be-tarask", "simple".
_WIKI_CODE: Final = re.compile(r"[a-z]{2,3}(?:-[a-z0-9]{2,8})*|simple")


def is_wiki_code(code: str) -> bool:
    """Whether ``code`` is written as a Wikipedia's language code (its subdomain).

    >>> is_wiki_code("ru"), is_wiki_code("be-tarask"), is_wiki_code("simple")
    (True, True, True)
    >>> is_wiki_code("Russian"), is_wiki_code("ruwiki")
    (False, False)
    """
    return _WIKI_CODE.fullmatch(code) is not None
