"""Checks across parameters: the name against the pushpin label and the lead; unknown names."""

from __future__ import annotations

from ..diagnostics import make
from ..lead import lead_titles
from ..names import same_name
from ..templates import settlement_params
from .reader import Reader, excerpt


def check_names(r: Reader, name: str | None) -> None:
    """Report an infobox ``name`` that is not the pushpin label or the lead's bold title."""
    if name is None:
        return
    label = r.line("pushpin_label")
    if label is not None and not same_name(name, label):
        r.report(
            "name",
            [
                make(
                    "name.differs-from-pushpin-label",
                    f"the infobox name {name!r} is not the pushpin label {label!r}",
                )
            ],
        )
    titles = lead_titles(r.text, r.located.end)
    if titles and not any(same_name(name, title) for title in titles):
        shown = " / ".join(titles)
        r.report(
            "name",
            [
                make(
                    "name.differs-from-lead-title",
                    f"the infobox name {name!r} is not the lead's bold title {shown!r}",
                )
            ],
        )


def check_unknown_params(r: Reader) -> None:
    """Report each parameter the template does not define that holds a value.

    Empty ones are harmless and skipped, as are positional values (reported as
    ``param.positional``); see :mod:`infobox.templates.settlement_params`.
    """
    spec = r.spec
    for name in r.params:
        if (
            spec.reads(name)
            or (spec.english_params and settlement_params.is_defined(name))
            or not name
            or (name.isascii() and name.isdigit())
            or not r.holds(name)
        ):
            continue
        guess = settlement_params.suggest(name) if spec.english_params else None
        hint = f"; did you mean {guess}?" if guess is not None else ""
        r.report_at(
            name,
            [
                make(
                    "param.unknown",
                    f"{{{{{spec.name}}}}} has no parameter {name!r}; its value "
                    f"{excerpt(r.params[name].raw)} was not read{hint}",
                )
            ],
        )
