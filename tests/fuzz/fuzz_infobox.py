"""The atheris fuzz target: any bytes are parsed, and what parses renders and reads back.

Checks, for every input decoded to text:

(a) :func:`~infobox.parse_infobox`, :func:`~infobox.parse_article` and
    :func:`~infobox.parse_page` raise nothing but :class:`~infobox.InfoboxError`;
(b) when ``parse_infobox`` gives a settlement ``s``, :func:`~infobox.render_infobox`
    writes it, ``parse_infobox(render_infobox(s))`` has the typed values of ``s``
    and renders to the same text again. The one :class:`~infobox.RenderError`
    allowed is the documented limit that parsed text can reach: a ref in a
    parameter whose name no parameter line can write (``}}`` from ``{{|}}=<ref/>``),
    or whose name changes how the ref reads (``[http://a`` opens a link).

Run it with atheris installed (``pip install 'infobox[fuzz]'``); see ``README.md``
beside this file. The module imports without atheris, and its name does not start
with ``test_``, so pytest never collects it as tests (it does run this docstring):

>>> check("{{Infobox settlement|name=Jezkazgan|population_total=89,079}}")
>>> check("not an infobox")
>>> check("{{Infobox settlement|{{|}}=<ref></ref>}}")
>>> check("{{Infobox settlement|[http://a=<ref>http://w</ref>}}")
"""

from __future__ import annotations

import contextlib
import sys

import attrs

from infobox import (
    InfoboxError,
    NoInfoboxError,
    RenderError,
    Settlement,
    parse_article,
    parse_infobox,
    parse_page,
    render_infobox,
)
from infobox.render import _REF_MISREAD_NAME, _UNWRITABLE_NAME


def _typed(settlement: Settlement) -> Settlement:
    """The settlement without what a round trip does not keep (see infobox.render)."""
    return attrs.evolve(settlement, params={}, diagnostics=())


def decode(data: bytes) -> str:
    """Bytes as text: UTF-8, encoded surrogates kept; invalid UTF-8 replaced."""
    try:
        return data.decode("utf-8", errors="surrogatepass")
    except UnicodeDecodeError:
        return data.decode("utf-8", errors="replace")


def check(text: str) -> None:
    """Raise AssertionError (or the unexpected exception) when ``text`` breaks a property."""
    for parse in (parse_article, parse_page):
        with contextlib.suppress(InfoboxError):
            parse(text)
    try:
        settlement = parse_infobox(text)
    except NoInfoboxError:
        return
    try:
        rendered = render_infobox(settlement)
    except RenderError as error:
        # The one documented limit parsed text can reach: a ref in a parameter whose
        # name no line can write ("}}" from "{{|}}=<ref/>") or that changes how the ref
        # reads ("[http://a" opens a link). Anything else is a finding.
        if error.reason not in (_UNWRITABLE_NAME, _REF_MISREAD_NAME) or not any(
            c.param == error.value for c in settlement.citations
        ):
            raise
        return
    back = parse_infobox(rendered)
    if _typed(back) != _typed(settlement):
        raise AssertionError(
            f"the rendering reads back differently:\n{rendered}\n{settlement!r}\n{back!r}"
        )
    again = render_infobox(back)
    if again != rendered:
        raise AssertionError(f"the rendering is not stable:\n{rendered}\n{again}")


def test_one_input(data: bytes) -> None:
    """atheris's entry point: one input."""
    check(decode(data))


def main() -> None:
    """Fuzz with libFuzzer's command line (``-max_total_time=600 corpus/ seeds/``)."""
    import atheris

    atheris.instrument_all()
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
