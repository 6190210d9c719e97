"""English Wikipedia's settlement templates.

``{{Infobox settlement}}`` and its redirects (its parameters are the canonical names,
:mod:`infobox.templates.settlement_params`). Wikis that copied the template keep its
English parameter names, so it has no wiki of its own: the page's conventions apply.
"""

from __future__ import annotations

from typing import Final

from .spec import TemplateSpec

#: ``{{Infobox settlement}}``; redirects seen on English Wikipedia and on the wikis that
#: copied it (``shared/spec/infobox-settlement-params.md`` §2).
INFOBOX_SETTLEMENT: Final = TemplateSpec(
    name="Infobox settlement",
    wiki=None,
    aliases=frozenset(
        {
            "Infobox Settlement",
            "Infobox city",
            "Infobox City",
            "Infobox town",
            "Infobox Town",
            "Infobox village",
            "Infobox Village",
            "Infobox municipality",
            "Infobox Municipality",
        }
    ),
    english_params=True,
    source="English Wikipedia, Template:Infobox settlement and its redirects",
)

SPECS: Final = (INFOBOX_SETTLEMENT,)
