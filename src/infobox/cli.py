"""The ``infobox`` command line: reading files, printing, exit codes.

Library code never prints; this module does, and it never shows a traceback:
a problem with one input is one line on stderr naming the file, the other
inputs are still processed, and the exit status is 1 (2 for a usage error).
The output streams are guarded the same way (:func:`main`): a closed or full
standard output is one line and status 1, a broken pipe ends quietly with 141,
Ctrl-C with one line and 130, and characters the output's encoding lacks are
written as escapes rather than lost.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import signal
import sys
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, Final, TextIO

from . import __version__
from .article import parse_article
from .article.reader import looks_like_wikitext
from .decoding import UndecodableError, decode
from .errors import LanguageCodeError, NoInfoboxError
from .models import (
    Article,
    Claim,
    ClaimValue,
    Coordinates,
    Diagnostic,
    Fact,
    Page,
    Profile,
    Settlement,
)
from .page import parse_page
from .reconcile import reconcile
from .serialize import to_dict
from .settlement import parse_infobox

__all__ = ["main"]

_PARSE_EXAMPLES = """\
examples:
  infobox parse fixtures/zhezkazgan/en.wiki
  infobox parse --json page1.wiki page2.wiki > settlements.jsonl
  curl -s … | infobox parse -
"""

_MAIN_EXAMPLES = """\
examples:
  infobox parse fixtures/zhezkazgan/en.wiki          # the settlement infobox
  infobox article fixtures/zhezkazgan/lv.txt         # sections and typed facts
  infobox profile fixtures/zhezkazgan/en.wiki fixtures/zhezkazgan/*.txt
  infobox COMMAND --help                             # a command's options and examples
"""

_ARTICLE_EXAMPLES = """\
examples:
  infobox article fixtures/zhezkazgan/lv.txt fixtures/zhezkazgan/en-old.txt
  infobox article --lang ru page.wiki
  infobox article --json fixtures/zhezkazgan/en.wiki | jq '.article.facts'
"""

_PROFILE_EXAMPLES = """\
examples:
  infobox profile fixtures/zhezkazgan/en.wiki fixtures/zhezkazgan/lv.txt \\
                  fixtures/zhezkazgan/en-old.txt
  infobox profile --json page.wiki notes.txt | jq '.profile.claims["population.total"]'
  curl -s … | infobox profile - notes.txt     # the page from stdin, labelled 'stdin'
"""


class InputProblem(Exception):
    """One input could not be read; the message names the problem."""


#: Exit statuses beyond 0, 1 and 2: a broken pipe (128 + SIGPIPE, as a shell reports
#: a command SIGPIPE ended), Ctrl-C (128 + SIGINT), and a bug (sysexits' EX_SOFTWARE).
EXIT_BROKEN_PIPE: Final = 141
EXIT_INTERRUPTED: Final = 130
EXIT_BUG: Final = 70


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return its exit status; never raise, never show a traceback.

    ``python -m infobox`` and the ``infobox`` script both call this.

    >>> main(["--version"])  # doctest: +ELLIPSIS
    infobox ...
    0
    """
    if sys.stderr is None:  # started with stderr closed (`2>&-`): argparse would use stdout
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - lives to exit
    if sys.stdout is None:  # started with standard output closed (`>&-`)
        _say("infobox: standard output is closed; nothing can be written")
        return 1
    _escape_unencodable(sys.stdout)
    try:
        status = _main(argv)
        sys.stdout.flush()  # a full disk shows here, not in Python's exit
    except KeyboardInterrupt:
        with contextlib.suppress(ValueError):  # a second Ctrl-C must not interrupt the exit
            signal.signal(signal.SIGINT, signal.SIG_IGN)
        _flush_or_silence()
        _say("infobox: interrupted")
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # the reader left, e.g. `infobox parse … | head`
        _silence_stdout()
        return EXIT_BROKEN_PIPE
    except OSError as error:  # every input's own errors are caught where it is read
        _silence_stdout()
        _say(f"infobox: cannot write the output: {error.strerror or error}")
        return 1
    except Exception as error:  # noqa: BLE001 - a bug still gets one line, not a traceback
        _flush_or_silence()
        _say(
            f"infobox: internal error: {type(error).__name__}: {error} "
            "(a bug in infobox; please report it with the input)"
        )
        return EXIT_BUG
    return status


def _say(line: str) -> None:
    """One line on stderr; a closed or broken stderr has nowhere to say it, so says nothing."""
    if sys.stderr is None:  # print(file=None) would write it to stdout
        return
    with contextlib.suppress(OSError, ValueError):
        print(line, file=sys.stderr, flush=True)


def _escape_unencodable(stream: TextIO) -> None:
    """Write what the stream's encoding lacks as backslash escapes, not fail on it.

    Only where the errors handler is the default ``strict``: an explicit choice
    (``PYTHONIOENCODING=latin-1:replace``) is kept.
    """
    if isinstance(stream, io.TextIOWrapper) and stream.errors == "strict":
        stream.reconfigure(errors="backslashreplace")


def _flush_or_silence() -> None:
    try:
        if sys.stdout is not None:
            sys.stdout.flush()
    except (OSError, ValueError):
        _silence_stdout()


def _silence_stdout() -> None:
    """Point standard output at the null device, so Python's exit flush cannot fail on it.

    As Python's documentation on SIGPIPE advises: the unwritten rest is dropped.
    """
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        try:
            os.dup2(devnull, sys.stdout.fileno())
        finally:
            os.close(devnull)
    except (OSError, ValueError, AttributeError):  # no file descriptor (captured, replaced)
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - lives to exit


def _print_json(record: object) -> None:
    """One JSON line, with characters the output's encoding lacks as JSON escapes (exact)."""
    text = json.dumps(record, ensure_ascii=False)
    try:
        text.encode(sys.stdout.encoding or "utf-8")
    except (UnicodeEncodeError, LookupError):
        text = json.dumps(record)
    print(text)


def _main(argv: Sequence[str] | None) -> int:
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit:  # argparse has printed its one-line usage error
        return int(exit.code or 0)
    if args.version:
        print(f"infobox {__version__}")
        return 0
    if args.command is None:
        _say(parser.format_usage().rstrip("\n"))
        _say("infobox: error: a command is required (parse, article, profile)")
        return 2
    handler: Callable[[argparse.Namespace], int] = args.handler
    return handler(args)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="infobox",
        description="Typed data from Wikipedia's settlement pages: infoboxes, article "
        "text, and profiles reconciled from several sources.",
        epilog=_MAIN_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    parse = commands.add_parser(
        "parse",
        help="read the settlement infobox of each file",
        description="Read the first {{Infobox settlement}} (or an alias) of each file "
        "and print its typed values and diagnostics.",
        epilog=_PARSE_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parse.add_argument("files", nargs="+", metavar="FILE", help="a wikitext file, or - for stdin")
    parse.add_argument(
        "--json",
        action="store_true",
        help='print one JSON object per file and line: {"file": …, "settlement": …}',
    )
    parse.set_defaults(handler=_run_parse)
    article = commands.add_parser(
        "article",
        help="read the sections and typed facts of each article",
        description="Read each file as article text (plain text or wikitext) and print "
        "its sections, its typed facts (population, founding year, temperatures, "
        "distances, shares, …) and diagnostics.",
        epilog=_ARTICLE_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    article.add_argument(
        "files", nargs="+", metavar="FILE", help="a text or wikitext file, or - for stdin"
    )
    article.add_argument(
        "--lang",
        type=_language_code,
        metavar="CODE",
        help="the language (en, lv, ru, …); detected from the text when omitted",
    )
    article.add_argument(
        "--json",
        action="store_true",
        help='print one JSON object per file and line: {"file": …, "article": …}',
    )
    article.set_defaults(handler=_run_article)
    profile = commands.add_parser(
        "profile",
        help="reconcile several sources about one place into one profile",
        description="Read each file (a wikitext page, or article text in plain text or "
        "wikitext), reconcile them into one profile of the place, and print each "
        "claim with the value chosen, its date and sources, and the alternatives the "
        "sources gave (older, undated, former, minority, tie, agrees); conflicts are "
        "marked !.",
        epilog=_PROFILE_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    profile.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help="a wikitext page or article text, or - for stdin (once)",
    )
    profile.add_argument(
        "--json",
        action="store_true",
        help='print one JSON object: {"sources": [label, …], "profile": …}',
    )
    profile.set_defaults(handler=_run_profile, usage=profile.format_usage())
    return parser


def _language_code(value: str) -> str:
    try:
        parse_article("", value)
    except LanguageCodeError as error:
        raise argparse.ArgumentTypeError(str(error)) from None
    return value


def _run_parse(args: argparse.Namespace) -> int:
    status = 0
    for name, text in _inputs(args.files):
        if isinstance(text, InputProblem):
            _problem(name, str(text))
            status = 1
            continue
        try:
            settlement = parse_infobox(text)
        except NoInfoboxError:
            _problem(name, "no settlement infobox ({{Infobox settlement}} or an alias) found")
            status = 1
            continue
        if args.json:
            record = {"file": name, "settlement": to_dict(settlement)}
            _print_json(record)
        else:
            _print_summary(name, settlement, sys.stdout)
    return status


def _run_article(args: argparse.Namespace) -> int:
    status = 0
    for name, text in _inputs(args.files):
        if isinstance(text, InputProblem):
            _problem(name, str(text))
            status = 1
            continue
        article = parse_article(text, args.lang)
        if args.json:
            record = {"file": name, "article": to_dict(article)}
            _print_json(record)
        else:
            _print_article(name, article, sys.stdout)
    return status


def _run_profile(args: argparse.Namespace) -> int:
    files: list[str] = args.files
    if files.count("-") > 1:
        _say(args.usage.rstrip("\n"))
        _say("infobox profile: error: - (standard input) may be given only once")
        return 2
    status = 0
    sources: list[tuple[str, Settlement | Article | Page]] = []
    for (name, text), label in zip(_inputs(files), _labels(files), strict=True):
        if isinstance(text, InputProblem):
            _problem(name, str(text))
            status = 1
            continue
        sources.append(
            (label, parse_page(text) if looks_like_wikitext(text) else parse_article(text))
        )
    if not sources:
        return 1
    profile = reconcile(*sources)
    labels = [label for label, _ in sources]
    if args.json:
        _print_json({"sources": labels, "profile": to_dict(profile)})
    else:
        _print_profile(labels, profile, sys.stdout)
    return status


def _labels(files: Sequence[str]) -> list[str]:
    """Short, distinct labels: the base name, the path as given when base names clash.

    >>> _labels(["a/en.wiki", "lv.txt", "-"])
    ['en.wiki', 'lv.txt', 'stdin']
    >>> _labels(["a/en.wiki", "b/en.wiki", "b/en.wiki"])
    ['a/en.wiki', 'b/en.wiki', 'b/en.wiki (2)']
    """
    bases = ["stdin" if name == "-" else Path(name).name or name for name in files]
    clashes = Counter(bases)
    labels = [
        name if clashes[base] > 1 and name != "-" else base
        for name, base in zip(files, bases, strict=True)
    ]
    seen: Counter[str] = Counter()
    unique = []
    for label in labels:
        seen[label] += 1
        unique.append(label if seen[label] == 1 else f"{label} ({seen[label]})")
    return unique


def _inputs(files: Sequence[str]) -> Iterator[tuple[str, str | InputProblem]]:
    for name in files:
        try:
            yield name, _read(name)
        except InputProblem as problem:
            yield name, problem


def _read(name: str) -> str:
    if name == "-":
        if sys.stdin is None:  # started with standard input closed (`<&-`)
            raise InputProblem("standard input is closed")
        try:
            data = sys.stdin.buffer.read()
        except OSError as error:
            raise InputProblem(error.strerror or "cannot be read") from None
    else:
        path = Path(name)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise InputProblem("no such file") from None
        except IsADirectoryError:
            raise InputProblem("is a directory, not a file") from None
        except PermissionError:
            raise InputProblem("permission denied") from None
        except OSError as error:
            raise InputProblem(error.strerror or "cannot be read") from None
    try:
        text, encoding = decode(data)
    except UndecodableError as error:
        raise InputProblem(str(error)) from None
    if encoding is not None:
        _say(f"infobox: {name}: note: read as {encoding}, which its byte-order mark declares")
    return text


def _problem(name: str, message: str) -> None:
    _say(f"infobox: {name}: {message}")


def _number(value: float | None, unit: str = "") -> str | None:
    if value is None:
        return None
    text = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"
    return f"{text}{unit}"


def _print_summary(name: str, s: Settlement, out: TextIO) -> None:
    rows: list[tuple[str, Any]] = []
    if s.coordinates is not None:
        c = s.coordinates
        region = f" ({c.region})" if c.region else ""
        rows.append(("coordinates", f"{c.lat:.6f}, {c.lon:.6f}{region}"))
    rows.append(("elevation", _number(s.elevation_m, " m")))
    p = s.population
    if p.total is not None or p.urban is not None or p.metro is not None:
        parts = []
        if p.total is not None:
            parts.append(f"{p.total:,}" + (f" ({p.as_of})" if p.as_of else ""))
        if p.estimate is not None and (p.estimate, p.estimate_as_of) != (p.total, p.as_of):
            dated = f" ({p.estimate_as_of})" if p.estimate_as_of else ""
            parts.append(f"estimate {p.estimate:,}{dated}")
        parts += [
            f"{label} {value:,}"
            for label, value in (("urban", p.urban), ("metro", p.metro))
            if value is not None
        ]
        if p.density_km2 is not None:
            computed = " (computed)" if p.density_computed else ""
            parts.append(f"density {p.density_km2:,.1f}/km²{computed}")
        if p.rank:
            parts.append(f"rank {p.rank}")
        rows.append(("population", "; ".join(parts)))
    a = s.area
    areas = [
        f"{label} {_number(value, ' km²')}"
        for label, value in (
            ("total", a.total_km2),
            ("land", a.land_km2),
            ("water", a.water_km2),
            ("urban", a.urban_km2),
            ("metro", a.metro_km2),
        )
        if value is not None
    ]
    rows.append(("area", "; ".join(areas) or None))
    rows.append(("native names", " / ".join(s.native_names) or None))
    rows.append(
        (
            "subdivisions",
            "; ".join(f"{d.type or '?'}: {d.name or '?'}" for d in s.subdivisions) or None,
        )
    )
    code = f" ({s.country_code})" if s.country_code else ""
    rows.append(("country", f"{s.country}{code}" if s.country else None))
    rows.append(
        (
            "established",
            "; ".join(
                f"{e.title or '?'}: {e.date or '?'}" + (f" ({e.note})" if e.note else "")
                for e in s.established
            )
            or None,
        )
    )
    rows.append(
        ("leaders", "; ".join(f"{x.title or '?'}: {x.name or '?'}" for x in s.leaders) or None)
    )
    rows.append(
        (
            "time zones",
            "; ".join(
                f"{z.name or '?'} ({z.utc_offset or '?'})"
                + (
                    f", DST {z.dst_name or '?'} ({z.dst_utc_offset or '?'})"
                    if z.dst_name or z.dst_utc_offset
                    else ""
                )
                for z in s.timezones
            )
            or None,
        )
    )
    rows.append(("website", s.website))
    rows.append(
        ("params", f"{len(s.params)}; citations {len(s.citations)}; images {len(s.images)}")
    )
    shown = s.name or s.official_name
    title = f" {shown!r}" if shown else ""
    print(f"{name}: {s.template}{title}", file=out)
    for label, value in rows:
        if value is not None:
            print(f"  {label:<14} {value}", file=out)
    if s.diagnostics:
        print(f"  diagnostics ({len(s.diagnostics)}):", file=out)
        for d in s.diagnostics:
            where = f"{d.param}: " if d.param else ""
            print(f"    {d.severity:<7} {d.code:<32} {where}{d.message}", file=out)


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _fact_value(fact: Fact) -> str:
    value = fact.value
    if isinstance(value, int):
        shown = f"{value:,}" if fact.kind != "founded" else str(value)
    elif isinstance(value, float):
        shown = f"{value:g}"
    else:
        shown = value
    return f"{shown} {fact.unit}" if fact.unit else shown


def _print_article(name: str, a: Article, out: TextIO) -> None:
    title = f" {a.title!r}" if a.title else ""
    print(
        f"{name}: article{title} ({a.lang}), {len(a.sections)} sections, {len(a.facts)} facts",
        file=out,
    )
    for section in a.sections:
        heading = "(lead)" if section.title is None else f"{'=' * section.level} {section.title}"
        counts = f"{len(section.paragraphs)} paragraphs, {len(section.items)} items"
        print(f"  {_clip(heading, 50):<52} {counts}", file=out)
        for item in section.items:
            print(f"    • {_clip(item, 72)}", file=out)
    if a.facts:
        print("  facts:", file=out)
        for fact in a.facts:
            qualifiers = " ".join(f"{k}={v}" for k, v in fact.qualifiers.items())
            print(f"    {fact.kind:<12} {_fact_value(fact):<14} {qualifiers}", file=out)
            print(f"    {'':<12} “{_clip(fact.sentence, 90)}”", file=out)
    _print_diagnostics_by_code(a.diagnostics, out)


def _print_diagnostics_by_code(diagnostics: Sequence[Diagnostic], out: TextIO) -> None:
    if not diagnostics:
        return
    print(f"  diagnostics ({len(diagnostics)}):", file=out)
    # Repairs repeat (a plain text may have hundreds of joined lines): one line per code.
    by_code: dict[str, list[str]] = {}
    severity: dict[str, str] = {}
    for d in diagnostics:
        by_code.setdefault(d.code, []).append(d.message)
        severity[d.code] = d.severity
    for code, messages in by_code.items():
        more = f" (and {len(messages) - 1} more)" if len(messages) > 1 else ""
        print(f"    {severity[code]:<7} {code:<32} {messages[0]}{more}", file=out)


#: The unit a claim's field implies, by the field's first dotted part.
_UNITS = {
    "area": "km²",
    "elevation_m": "m",
    "height": "m",
    "temperature": "°C",
    "share": "%",
    "distance": "km",
    "capacity": "MW",
}


def _claim_value(field: str, value: ClaimValue) -> str:
    """A claim's value as a person reads it: numbers grouped, with the field's unit.

    >>> _claim_value("population.total", 89079), _claim_value("founded", 1938)
    ('89,079', '1938')
    >>> _claim_value("area.total_km2", 47.0), _claim_value("temperature.01", -16.5)
    ('47 km²', '-16.5 °C')
    >>> _claim_value("coordinates", Coordinates(lat=47.783333, lon=67.7))
    '47.783333, 67.700000'
    """
    if isinstance(value, Coordinates):
        return f"{value.lat:.6f}, {value.lon:.6f}"
    if isinstance(value, str):
        return value
    if isinstance(value, int):
        shown = str(value) if field == "founded" else f"{value:,}"
    else:
        shown = f"{value:,.0f}" if value.is_integer() else f"{value:,.10g}"
    unit = _UNITS.get(field.split(".")[0])
    return f"{shown} {unit}" if unit else shown


def _print_profile(labels: Sequence[str], profile: Profile, out: TextIO) -> None:
    claims: list[Claim] = list(profile.claims.values())
    conflicts = sum(claim.conflict for claim in claims)
    title = f" {profile.name!r}" if profile.name else " (no name)"
    counts = f"{len(claims)} claims, {conflicts} conflicts" + (" (marked !)" if conflicts else "")
    print(f"profile{title} from {', '.join(labels)}: {counts}", file=out)
    if claims:
        _print_claims(claims, out)
    else:
        print("  (no claims: the sources state nothing a profile holds)", file=out)
    if profile.diagnostics:  # few, and each conflict's message names every value
        print(f"  diagnostics ({len(profile.diagnostics)}):", file=out)
        for d in profile.diagnostics:
            print(f"    {d.severity:<7} {d.code:<24} {d.message}", file=out)


def _print_claims(claims: Sequence[Claim], out: TextIO) -> None:
    # mark, field, value, as of, sources, reason; alternatives have no mark or field.
    rows = [("", "field", "value", "as of", "sources", "")]
    for claim in claims:
        rows.append(
            (
                "!" if claim.conflict else "",
                claim.field,
                _clip(_claim_value(claim.field, claim.value), 40),
                str(claim.as_of or ""),
                ", ".join(claim.sources),
                "",
            )
        )
        rows += [
            (
                "",
                "",
                "or " + _clip(_claim_value(claim.field, alt.value), 37),
                str(alt.as_of or ""),
                ", ".join(alt.sources),
                alt.reason,
            )
            for alt in claim.alternatives
        ]
    widths = [max(len(row[i]) for row in rows) for i in range(5)]
    for mark, field, value, as_of, sources, reason in rows:
        line = (
            f"  {mark:<1} {field:<{widths[1]}}  {value:<{widths[2]}}  "
            f"{as_of:<{widths[3]}}  {sources:<{widths[4]}}  {reason}"
        )
        print(line.rstrip(), file=out)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
