"""``parse_infobox``: locate the infobox, read its parameters, and read each family."""

from __future__ import annotations

import re
from typing import Final

import attrs

from ..collector import paused
from ..diagnostics import make
from ..errors import InputTypeError, LanguageCodeError, NoInfoboxError
from ..infoboxes import first_infobox
from ..models import FrozenMap, Settlement
from ..names import normalize_title
from ..scan import Located, locate
from ..templates.registry import is_wiki_code
from .checks import check_names, check_unknown_params
from .citations import citations
from .coordinates import coordinates
from .links import images, website
from .numbered import country_of_subdivisions, established, leaders, subdivisions
from .quantities import area, length, population
from .reader import COMMENT, Reader
from .timezones import timezones


def parse_infobox(text: str, wiki: str | None = None) -> Settlement:
    """Find the first settlement infobox in ``text`` and read it into a :class:`Settlement`.

    Every template in :mod:`infobox.templates` is read (``{{Infobox settlement}}`` and
    its redirects, ``{{Infobox UK place}}``, ruwiki's ``{{НП}}``, …). ``wiki`` is the
    language edition the page is from (``"ru"``, ``"vi"``): its conventions for
    numbers, dates and country names apply; without it, the template's wiki's do
    (English for ``{{Infobox settlement}}``). :attr:`Settlement.wiki` says which.

    Raises :class:`~infobox.NoInfoboxError` when there is none,
    :class:`~infobox.InputTypeError` (a ``TypeError``) when ``text`` is not a ``str``
    or ``wiki`` is neither None nor a ``str``, and
    :class:`~infobox.LanguageCodeError` when ``wiki`` is no wiki's language code.

    >>> s = parse_infobox('''{{Infobox settlement
    ... | name = Jezkazgan
    ... | coordinates = {{coord|47|47|N|67|42|E}}
    ... | population_total = 89,079 | population_as_of = 2023
    ... }}''')
    >>> s.name, round(s.coordinates.lat, 4), s.population.total, str(s.population.as_of)
    ('Jezkazgan', 47.7833, 89079, '2023')
    >>> s.params["population_total"].raw
    '89,079'
    >>> s.template, s.wiki
    ('Infobox settlement', 'en')
    """
    _check(text, wiki)
    with paused():
        return read_infobox(text, locate(_lone_cr_as_lf(text)), wiki)


def read_infobox(text: str, located: Located | None, wiki: str | None = None) -> Settlement:
    r"""Read the infobox already ``located`` in ``text``: :func:`parse_infobox` without locating.

    ``located`` is what :func:`~infobox.scan.locate` finds in ``text`` with each lone CR
    read as LF (a lone ``\r`` ends a line as ``\n`` does, and is as long, so its offsets
    hold in ``text`` itself); None when it finds none. For a page that locates its
    infobox for another reader too (:func:`infobox.parse_page`). The result, and the
    errors raised, are :func:`parse_infobox`'s.

    >>> page = "{{Infobox settlement\r| name = Jezkazgan\r}}"
    >>> located = locate(page.replace("\r", "\n"))
    >>> read_infobox(page, located) == parse_infobox(page)
    True
    """
    _check(text, wiki)
    # A lone CR (old Mac OS) ends a line as LF does, and as long: offsets hold.
    original = text
    text = _lone_cr_as_lf(text)
    if located is None:
        raise NoInfoboxError(length=len(text), found=first_infobox(text))
    with paused():
        settlement = _settlement(Reader(text, located, wiki=wiki))
    return settlement if text is original else _as_written(settlement, original)


def _check(text: object, wiki: object) -> None:
    """Raise the errors of an argument that is not text, or of a wiki that is none."""
    if not isinstance(text, str):
        raise InputTypeError(text)
    if wiki is not None:
        if not isinstance(wiki, str):
            raise InputTypeError(wiki, expected="str or None")
        if not is_wiki_code(wiki):
            raise LanguageCodeError(wiki, param="wiki")


def _lone_cr_as_lf(text: str) -> str:
    """``text`` with each lone CR made LF (``text`` itself when it holds no CR)."""
    return _LONE_CR.sub("\n", text) if "\r" in text else text


_LONE_CR: Final = re.compile(r"\r(?!\n)")


def _as_written(settlement: Settlement, original: str) -> Settlement:
    """``settlement`` with each parameter's ``raw`` as ``original`` writes it (its lone CRs)."""
    params = {
        name: attrs.evolve(param, raw=original[param.start : param.end])
        for name, param in settlement.params.items()
    }
    return attrs.evolve(settlement, params=params)


def _settlement(r: Reader) -> Settlement:
    """Read every family, in the order their diagnostics are listed."""
    template = r.parse_template()
    name = (
        normalize_title(COMMENT.sub("", r.located.name))
        if template is None
        else (COMMENT.sub("", template.name.text).strip())
    )
    if template is not None:
        r.read_params(template)
        r.place_diagnostics()
        if r.spec.wikidata:
            r.diagnostics.append(
                make(
                    "infobox.wikidata",
                    f"{{{{{r.spec.name}}}}} shows values from Wikidata that the page does "
                    "not give; only what the page gives was read",
                    start=r.located.start,
                    end=r.located.end,
                )
            )
    # Each family in the order its diagnostics are listed, then the checks across them;
    # the Settlement is made once, at the end (an attrs.evolve is a whole new one).
    areas = area(r)
    settlement_name = r.line("name")
    official_name = r.line("official_name")
    other_names = r.items("other_name")
    native_names = r.items("native_name")
    native_name_lang = r.line("native_name_lang")
    settlement_type = r.line("settlement_type")
    nickname = r.line("nickname")
    motto = r.line("motto")
    etymology = r.line("etymology")
    coordinates_read = coordinates(r)
    elevation_m = length(r, "elevation")
    population_read = population(r, areas)
    subdivisions_read = subdivisions(r)
    established_read = established(r)
    leaders_read = leaders(r)
    government_type = r.line("government_type")
    timezones_read = timezones(r)
    postal_code = r.line("postal_code")
    postal_code_type = r.line("postal_code_type")
    area_code = r.line("area_code")
    area_code_type = r.line("area_code_type")
    website_read = website(r)
    images_read = images(r)
    citations_read = citations(r)
    params = FrozenMap(r.params)
    country, country_code = country_of_subdivisions(r, subdivisions_read)
    check_names(r, settlement_name)
    check_unknown_params(r)
    return Settlement(
        template=name or r.located.name,
        wiki=r.wiki,
        name=settlement_name,
        official_name=official_name,
        other_names=other_names,
        native_names=native_names,
        native_name_lang=native_name_lang,
        settlement_type=settlement_type,
        nickname=nickname,
        motto=motto,
        etymology=etymology,
        coordinates=coordinates_read,
        elevation_m=elevation_m,
        area=areas,
        population=population_read,
        subdivisions=subdivisions_read,
        country=country,
        country_code=country_code,
        established=established_read,
        leaders=leaders_read,
        government_type=government_type,
        timezones=timezones_read,
        postal_code=postal_code,
        postal_code_type=postal_code_type,
        area_code=area_code,
        area_code_type=area_code_type,
        website=website_read,
        images=images_read,
        citations=citations_read,
        params=params,
        diagnostics=tuple(r.diagnostics),
    )
