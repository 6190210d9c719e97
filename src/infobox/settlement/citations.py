"""Citations: every ``<ref>`` and short footnote in the parameters, named reuses resolved.

A ``<ref name=… />`` takes the first definition of its name in the text: before the
infobox, in it, or after it; one that the text does not define is reported.
"""

from __future__ import annotations

from mwparserfromhell.nodes import Tag, Template

from ..diagnostics import make
from ..models import Citation
from ..refs import (
    citation_nodes,
    citations_from,
    named_definitions_in,
    ref_key,
    resolve_reuses,
    reuses,
)
from .reader import Reader


def citations(r: Reader) -> tuple[Citation, ...]:
    found: list[tuple[Citation, tuple[str, str] | None]] = []  # with the key a reuse names
    defined: list[tuple[tuple[str, str], Citation]] = []
    for name, rendered in r.rendered.items():
        value = r.values[name]
        if value.shown is not None or "sfn" not in value.text.casefold():
            # No short footnote: the refs are the citations (none in the common case).
            if not rendered.refs:
                continue
            nodes: list[Tag | Template] = list(rendered.refs)
        else:
            nodes = citation_nodes(value.code, rendered.refs)
        for node, citation in zip(nodes, citations_from(name, nodes, r.restore), strict=True):
            key = ref_key(node, r.restore) if isinstance(node, Tag) else None
            reuse = key is not None and isinstance(node, Tag) and reuses(node)
            found.append((citation, key if reuse else None))
            if key is not None and not reuse:
                defined.append((key, citation))
    if all(key is None for _, key in found):
        return tuple(citation for citation, _ in found)
    # A reuse takes the first definition of its name in the text: before the
    # infobox, in it (the parameters read), or after it.
    start, end = r.located.start, r.located.end
    wanted = {key for _, key in found if key is not None}
    before, after = named_definitions_in(r.text, [(0, start), (end, len(r.text))], wanted)
    definitions = [*before, *defined, *after]
    known = {key for key, _ in definitions}
    for citation, key in found:
        if key is not None and key not in known:
            r.report(
                citation.param,
                [
                    make(
                        "citation.unresolved",
                        f"<ref name={citation.name!r} /> in {citation.param} reuses a ref "
                        "that the text does not define; its citation is empty",
                    )
                ],
            )
    return tuple(resolve_reuses(found, definitions))
