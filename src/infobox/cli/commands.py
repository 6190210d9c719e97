"""The commands ``parse``, ``article`` and ``profile``, and the argument parser."""

from __future__ import annotations

import argparse
import sys

from ..article import parse_article
from ..article.reader import looks_like_wikitext
from ..errors import LanguageCodeError, NoInfoboxError
from ..models import Article, Page, Settlement
from ..page import parse_page
from ..reconcile import reconcile
from ..serialize import to_dict
from ..settlement import parse_infobox
from ..templates.registry import is_wiki_code
from . import dump
from .inputs import InputProblem, inputs, labels, problem
from .show import print_article, print_profile, print_summary
from .streams import print_json, say

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
  infobox dump enwiki-…-multistream.xml.bz2 -o settlements.parquet   # a whole dump
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


def parser() -> argparse.ArgumentParser:
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
        "--wiki",
        type=_wiki_code,
        metavar="CODE",
        help="the wiki the pages are from (en, ru, it, …), whose conventions for numbers, "
        "dates and country names apply; the template's wiki when omitted",
    )
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
    dump.add_parser(commands)
    return parser


def _language_code(value: str) -> str:
    try:
        parse_article("", value)
    except LanguageCodeError as error:
        raise argparse.ArgumentTypeError(str(error)) from None
    return value


def _wiki_code(value: str) -> str:
    if not is_wiki_code(value):
        raise argparse.ArgumentTypeError(str(LanguageCodeError(value, param="wiki")))
    return value


_NO_INFOBOX = "no settlement infobox ({{Infobox settlement}} or an alias)"


def _run_parse(args: argparse.Namespace) -> int:
    status = 0
    for name, text in inputs(args.files):
        if isinstance(text, InputProblem):
            problem(name, str(text))
            status = max(status, text.status)
            continue
        try:
            settlement = parse_infobox(text, wiki=args.wiki)
        except NoInfoboxError as error:
            found = "" if error.found is None else f"; the first infobox is {error.found}"
            problem(name, f"{_NO_INFOBOX} found{found}")
            status = 1
            continue
        if args.json:
            record = {"file": name, "settlement": to_dict(settlement)}
            print_json(record)
        else:
            print_summary(name, settlement, sys.stdout)
    return status


def _run_article(args: argparse.Namespace) -> int:
    status = 0
    for name, text in inputs(args.files):
        if isinstance(text, InputProblem):
            problem(name, str(text))
            status = max(status, text.status)
            continue
        article = parse_article(text, args.lang)
        if args.json:
            record = {"file": name, "article": to_dict(article)}
            print_json(record)
        else:
            print_article(name, article, sys.stdout)
    return status


def _run_profile(args: argparse.Namespace) -> int:
    files: list[str] = args.files
    if files.count("-") > 1:
        say(args.usage.rstrip("\n"))
        say("infobox profile: error: - (standard input) may be given only once")
        return 2
    status = 0
    sources: list[tuple[str, Settlement | Article | Page]] = []
    for (name, text), label in zip(inputs(files), labels(files), strict=True):
        if isinstance(text, InputProblem):
            problem(name, str(text))
            status = max(status, text.status)
            continue
        sources.append(
            (label, parse_page(text) if looks_like_wikitext(text) else parse_article(text))
        )
    if not sources:
        return max(status, 1)
    profile = reconcile(*sources)
    names = [label for label, _ in sources]
    if args.json:
        print_json({"sources": names, "profile": to_dict(profile)})
    else:
        print_profile(names, profile, sys.stdout)
    return status
