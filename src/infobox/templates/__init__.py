"""Per-template knowledge, kept as data: one module per template family.

>>> from infobox.templates import settlement_params
>>> settlement_params.is_defined("population_total")
True
"""
