"""Which templates are settlement infoboxes, matched as MediaWiki matches titles.

MediaWiki treats the first letter of a title case-insensitively, ``_`` as a
space and runs of white space as one; everything else is case-sensitive, so
``Infobox Settlement`` is a different title from ``Infobox settlement`` and is
recognised only because it is a redirect listed here.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

from .templates.registry import TEMPLATE_NAMES, spec_for

__all__ = [
    "SETTLEMENT_TEMPLATES",
    "is_settlement_template",
    "may_call_settlement_template",
    "name_key",
    "normalize_title",
    "place_key",
    "region_key",
    "same_name",
]

#: Every template name read as a settlement infobox, in normalised form: the title
#: and redirects of each template in :mod:`infobox.templates` (``{{Infobox
#: settlement}}`` and its aliases, ``{{НП}}``, ``{{Divisione amministrativa}}``, …).
SETTLEMENT_TEMPLATES: Final[frozenset[str]] = TEMPLATE_NAMES

_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.DOTALL)
_SPACES = re.compile(r"[\s_]+")
_NAMESPACE = re.compile(r"^(?:template|Template)\s*:\s*")


def normalize_title(name: str) -> str:
    """Normalise a template name as MediaWiki does before looking it up.

    >>> normalize_title("  infobox_settlement <!-- x --> ")
    'Infobox settlement'
    >>> normalize_title("Template:Infobox  City")
    'Infobox City'
    """
    if "<!--" in name:
        name = _COMMENT.sub("", name)
    # White space but single plain spaces is unprintable: most names need no regex.
    if "_" in name or "  " in name or not name.isprintable():
        name = _SPACES.sub(" ", name)
    name = name.strip()
    if name.startswith(("template", "Template")):
        name = _NAMESPACE.sub("", name)
    return name[:1].upper() + name[1:]


#: A template call's name as written: after "{{", up to the first "|", "}", "<" or the end.
_CALLED = re.compile(r"\{\{\s*([^{}|<>\[\]]{1,200}?)\s*(?=[|}<]|\Z)")
#: Each name folded as :func:`_folded` folds a called one (case of every letter aside).
_FOLDED_NAMES: Final = frozenset(_SPACES.sub(" ", name).casefold() for name in SETTLEMENT_TEMPLATES)


def _folded(called: str) -> str:
    """A called name folded: case, runs of spaces and ``_``, a namespace before ``:``."""
    return _SPACES.sub(" ", called.rpartition(":")[2]).strip().casefold()


def may_call_settlement_template(text: str) -> bool:
    """False only when no template in ``text`` can be a settlement infobox: a fast test.

    A template's name is read after removing comments and folding spaces and
    underscores (:func:`normalize_title`), so a name is written in the text as
    itself, or split by comments; both are looked for. Each called name is compared
    with every known one, case aside: one search for the calls, whatever the number
    of templates known. Most pages of a dump call none, and are done with here
    instead of in a scan of their braces.

    >>> may_call_settlement_template("{{Infobox person|name=A}}")
    False
    >>> may_call_settlement_template("{{infobox_Town|name=A}}")
    True
    >>> may_call_settlement_template("{{Info<!-- -->box <!-- x -->settlement}}")
    True
    """
    if any(_folded(called) in _FOLDED_NAMES for called in set(_CALLED.findall(text))):
        return True
    if "<!--" not in text:
        return False
    uncommented = _COMMENT.sub("", text)
    return any(_folded(called) in _FOLDED_NAMES for called in set(_CALLED.findall(uncommented)))


def is_settlement_template(name: str) -> bool:
    """Whether a template name, as written, calls the settlement infobox.

    >>> is_settlement_template("infobox_town"), is_settlement_template("Infobox person")
    (True, False)
    """
    return spec_for(normalize_title(name)) is not None


# Cyrillic letters as the common romanisations write them (Russian and Kazakh).
_CYRILLIC: Final = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі",
        (
            *("a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "i", "k", "l", "m", "n"),
            *("o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "_", "y"),
            *("_", "e", "iu", "ia", "a", "g", "k", "n", "o", "u", "u", "h", "i"),
        ),
        strict=True,
    )
)
# Spellings that transliterations of one name use interchangeably, most specific first.
_FOLDS: Final = (
    ("shch", "s"),
    ("dzh", "j"),
    ("zh", "j"),
    ("dj", "j"),
    ("kh", "h"),
    ("gh", "g"),
    ("sh", "s"),
    ("ch", "c"),
    ("ts", "c"),
    ("ph", "f"),
    ("q", "k"),
    ("x", "ks"),
    ("y", "i"),
    ("w", "v"),
    ("z", "j"),
    ("_", ""),
)
_DOUBLES = re.compile(r"(.)\1+")
_QUALIFIER = re.compile(r"\s*[,(]")


def name_key(name: str) -> str:
    """A key under which spellings and transliterations of one name coincide.

    It folds case, diacritics, Cyrillic script and the letter groups that
    romanisations swap (zh/j/z, kh/h, q/k, y/i), so it is lenient by design:
    it tells that two names are the same, not that they differ in meaning.

    >>> name_key("Jezkazgan") == name_key("Zhezkazgan") == name_key("Жезқазған")
    True
    >>> name_key("Balkhash") == name_key("Jezkazgan")
    False
    """
    text = "".join(_CYRILLIC.get(ch, ch) for ch in name.casefold())
    text = "".join(
        ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)
    )
    text = text.replace("ğ", "g").replace("ı", "i")
    for old, new in _FOLDS:
        text = text.replace(old, new)
    return _DOUBLES.sub(r"\1", "".join(ch for ch in text if ch.isalnum()))


def same_name(a: str, b: str) -> bool:
    """Whether two names are spellings of one name (see :func:`name_key`).

    >>> same_name("Jezkazgan", "Zhezkazgan"), same_name("Balkhash", "Jezkazgan")
    (True, False)
    >>> same_name("San Francisco, California", "San Francisco"), same_name("হলিউড", "হলিউড")
    (True, True)
    """
    return bool(_keys(a) & _keys(b))


def _keys(name: str) -> set[str]:
    """The keys of a name and of its head before a qualifier (``, California``).

    Each key is also taken without an inflected ending (Latvian ``Žezkazghana`` is
    ``Jezkazgan``).
    """
    head = _QUALIFIER.split(name, maxsplit=1)[0]
    keys = {key for key in (name_key(name), name_key(head)) if key}
    return keys | {_stem(key) for key in keys}


# Endings that Baltic and Slavic nominatives add to a name, or that romanisations vary
# (Karaganda/Karagandy): stripped once, from keys long enough to keep a stem.
_ENDING: Final = re.compile(r"(?<=\w{4})(?:as|is|us|es|os|a|s|e|i|u|o)$")


def _stem(key: str) -> str:
    return _ENDING.sub("", key)


#: Words that say what kind of region a name is, in the languages read.
_REGION_WORDS: Final = frozenset(
    " ".join(
        (
            "region regions province oblast oblys oblysy district county state territory",
            "krai kray raion rayon governorate prefecture voivodeship department municipality",
            "apgabals apgabala apgabalā novads novada rajons rajona",
            "область области облысы край края район района округ округа",
        )
    ).split()
)


def region_key(name: str) -> str:
    """A key under which one region's names coincide, whatever word says "region".

    >>> region_key("Ulytau Region") == region_key("Ulitau apgabals") == region_key("Ұлытау облысы")
    True
    >>> region_key("Karagandy Province") == region_key("Karaganda Region")
    True
    """
    words = [w for w in name.split() if w.casefold() not in _REGION_WORDS]
    return _stem(name_key(" ".join(words) or name))


def place_key(phrase: str) -> str:
    """A key for the place a phrase names: its first capitalised word, stemmed.

    >>> place_key("Baikonur Cosmodrome") == place_key("Baikonuras kosmodroms")
    True
    >>> place_key("geographical center of Kazakhstan")
    'kajahstan'
    """
    for word in phrase.split():
        if word[:1].isupper():
            return _stem(name_key(word))
    return _stem(name_key(phrase))
