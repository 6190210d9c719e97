"""What the reader knows about one settlement template, as data: :class:`TemplateSpec`.

Every settlement template is read by the same pipeline (locate, prepare, parse, the
value parsers); a template differs from another only in the data here:

- its **names**: the title and the redirects to it on its wiki;
- its **parameters**: which of its parameters holds which value of the model, said
  as the ``{{Infobox settlement}}`` parameter that holds that value in English
  (``население`` → ``population_total``, ``площадь`` → ``area_total_km2``: the
  *canonical* name carries the unit);
- its **labels**: what the template shows beside a value it has no parameter for
  the label of (``страна`` is shown as "Страна": the subdivision's type);
- its **wiki**: whose value conventions (numbers, dates, month names, country
  names) apply, None for a template used on many wikis (the English one);
- the parameters it defines that the model has no place for (kept raw, not
  reported as unknown).

>>> spec = TemplateSpec(
...     name="НП", wiki="ru", params={"население": "population_total"},
...     labels=(Label("subdivision_type", "Страна", when="subdivision_name"),),
...     source="ruwiki, Template:НП")
>>> spec.canonical("население"), spec.canonical("площадь"), spec.canonical("name")
('population_total', None, None)
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import attrs

from ..models import FrozenMap
from .settlement_params import NAMES

__all__ = ["Label", "TemplateSpec"]


def _frozen(value: Mapping[str, str]) -> FrozenMap[str, str]:
    return value if isinstance(value, FrozenMap) else FrozenMap(value)


def _names(value: Iterable[str]) -> frozenset[str]:
    return frozenset(value)


def _labels(value: Iterable[Label]) -> tuple[Label, ...]:
    return tuple(value)


@attrs.frozen
class Label:
    """Text a template shows for a canonical parameter it has no parameter for.

    ``param`` is the canonical name it stands for (``subdivision_type``), ``text`` what
    the template shows, and ``when`` the canonical name whose value it labels: the label
    is read only when that value is given and the template's own parameter for
    ``param`` (if any) is not.

    >>> Label("established_title1", "Основан", when="established_date1").text
    'Основан'
    """

    param: str
    text: str
    when: str


@attrs.frozen
class TemplateSpec:
    """One settlement template: names, parameter map, labels, conventions and sources.

    ``params`` maps a parameter as the template names it to the canonical
    ``{{Infobox settlement}}`` name of the value it holds; several parameters may map to
    one canonical name (the first given, in ``params``' order, is read).
    ``english_params`` True: the template also takes the English template's parameter
    names as themselves (Latvian and Vietnamese wikis copied the English template and
    kept its names). ``other`` is every other parameter the template defines.
    ``wikidata`` says the template fills what is not given from Wikidata.
    ``linked`` names the canonical values the template shows inside a link of its own
    (``[[{{{вид региона}}}]]``): a value ``Земли Германии{{!}}Земля`` shows ``Земля``.

    >>> TemplateSpec(name="Infobox settlement", wiki=None, english_params=True,
    ...              source="enwiki").reads("population_total")
    True
    """

    name: str
    wiki: str | None
    source: str
    aliases: frozenset[str] = attrs.field(default=frozenset(), converter=_names)
    params: Mapping[str, str] = attrs.field(factory=FrozenMap, converter=_frozen)
    labels: tuple[Label, ...] = attrs.field(default=(), converter=_labels)
    english_params: bool = False
    other: frozenset[str] = attrs.field(default=frozenset(), converter=_names)
    wikidata: bool = False
    linked: frozenset[str] = attrs.field(default=frozenset(), converter=_names)

    @property
    def names(self) -> frozenset[str]:
        """The template's title and its redirects, as MediaWiki normalises titles."""
        return frozenset({self.name, *self.aliases})

    def canonical(self, param: str) -> str | None:
        """The canonical name of the value ``param`` holds, None when it maps to none.

        An English name is itself only when the template takes English names.
        """
        mapped = self.params.get(param)
        if mapped is not None:
            return mapped
        if self.english_params:
            return param if param in NAMES else None
        return None

    def reads(self, param: str) -> bool:
        """Whether ``param`` is a parameter the template defines (mapped or other)."""
        return self.canonical(param) is not None or param in self.other
