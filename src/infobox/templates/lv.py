"""Latvian Wikipedia's settlement template: ``{{Apdzīvotas vietas infokaste}}``.

lvwiki's copy of English Wikipedia's ``{{Infobox settlement}}``: it keeps the English
parameter names (``name``, ``subdivision_type``, ``population_total``…), with the
values in Latvian (``Valsts`` for the country, ``31.12.2013`` dates, decimal commas).
Sources: the DBpedia mapping ``Mapping lv:Apdzīvotas vietas infokaste``
(dbpedia/extraction-framework, ``mappings/Mapping_lv.xml``), the article stubs that
lvwiki's "Latvijas ciemi" project tools generate, and the Berlīne page
(``fixtures/real/settlement/lv``).
"""

from __future__ import annotations

from typing import Final

from .spec import TemplateSpec

#: ``{{Apdzīvotas vietas infokaste}}``: English parameter names, Latvian values.
APDZIVOTAS_VIETAS_INFOKASTE: Final = TemplateSpec(
    name="Apdzīvotas vietas infokaste",
    wiki="lv",
    english_params=True,
    source=(
        "lvwiki, Template:Apdzīvotas vietas infokaste: DBpedia 'Mapping lv:Apdzīvotas "
        "vietas infokaste' (dbpedia/extraction-framework mappings/Mapping_lv.xml) and "
        "the lvwiki page Berlīne"
    ),
)

SPECS: Final = (APDZIVOTAS_VIETAS_INFOKASTE,)
