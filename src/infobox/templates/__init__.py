"""Per-template knowledge, kept as data: one module per wiki.

:mod:`~infobox.templates.spec` defines :class:`TemplateSpec`, what the reader knows of
a template; each wiki's module (:mod:`~infobox.templates.en`, …) holds its templates'
specs; :mod:`~infobox.templates.registry` finds a spec by template name;
:mod:`~infobox.templates.settlement_params` lists ``{{Infobox settlement}}``'s
parameters, the canonical names every spec maps to; :mod:`~infobox.templates.display`
lists other wikis' display templates.

>>> from infobox.templates import settlement_params
>>> settlement_params.is_defined("population_total")
True
"""
