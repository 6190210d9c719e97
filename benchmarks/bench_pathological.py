"""Growth of parsing time on pathological infoboxes, with and without scan.prepare.

For each construct that makes mwparserfromhell slow when it never closes, the script
builds an infobox whose value repeats it n times and 8n times, and times
locate + prepare + mwparserfromhell.parse in one process. Linear work grows about 8
times when the input grows 8 times; quadratic work grows about 64 times. For
comparison it times locate + mwparserfromhell.parse of the same slice without
prepare, at smaller sizes so that the quadratic runs end in seconds.

Run: ``.venv/bin/python benchmarks/bench_pathological.py [--n N] [--raw-n N]``;
``--scan-only`` times locate + prepare alone (the pre-scan's own scaling).
"""

from __future__ import annotations

import argparse
import gc
import time

import mwparserfromhell

from infobox.scan import locate, prepare

#: name -> the unit repeated inside the infobox's value.
CONSTRUCTS: dict[str, str] = {
    "<ref> unclosed": "<ref>a ",
    "<div> unclosed": "<div>a ",
    "<small> unclosed": "<small>x ",
    "<nowiki> unclosed": "<nowiki>x ",
    '<span style=" no quote': '<span style="a ',
    "<span no >": "<span x ",
    "a<b": "a<b ",
    "</br no >": "</br ",
    "[http:// no ]": "[http://a.b x ",
    "[[a| no ]]": "[[a|b ",
    "{| no |}": "\n{|\n",
    "<!-- no -->": "<!-- x ",
    "{{{x| no }}}": "{{{x|",
    "'' unpaired": "''a\n",
    "</small> stray": "</small> ",
    "all of them": '[[a|<ref>{{{x|[http://b c <span style="<!--',
    "[[a]] closed": "[[a]] ",
    "{{a|[[b]]}} closed": "{{a|[[b]]}} ",
    "\\n|a= lines": "\n|a=b ",
    "{{Infobox settlement}} after": "}}{{Infobox settlement|",
    "{{a|[[b]] unclosed": "{{a|[[b]] ",
    "<ref>{{a|[[b]]}} unclosed": "<ref>{{a|[[b]]}} ",
    "\\n|a no =": "\n|a ",
}

#: How much smaller than --raw-n the unprepared runs are, where they are slowest
#: (at the default size, "all of them" unprepared takes minutes: 335 s for 8 x 125).
RAW_DIVISOR = {'<span style=" no quote': 2, "<span no >": 2, "a<b": 2, "</br no >": 2}
RAW_DIVISOR["all of them"] = 16


def page(unit: str, n: int) -> str:
    return "{{Infobox settlement|a=" + unit * n + "|b=1}}"


def seconds(text: str, *, prepared: bool, repeat: int, parse: bool = True) -> float:
    """The best of ``repeat`` timings of locating [preparing] and [parsing] ``text``."""
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        began = time.perf_counter()
        found = locate(text)
        assert found is not None
        if prepared:
            source = prepare(text, found.start, found.end).text
        else:
            source = text[found.start : found.end]
        if parse:
            mwparserfromhell.parse(source + ("" if found.terminated else "}}"))
        best = min(best, time.perf_counter() - began)
    return best


def main() -> None:
    """Print, for each construct, the time ratio from n to 8n with and without prepare."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=4000, help="repetitions with prepare")
    parser.add_argument("--raw-n", type=int, default=250, help="repetitions without prepare")
    parser.add_argument(
        "--scan-only", action="store_true", help="time locate + prepare alone, without parsing"
    )
    arguments = parser.parse_args()
    n, raw_n = arguments.n, arguments.raw_n
    if arguments.scan_only:
        print("seconds for locate + prepare alone at n and 8n; linear ≈ 8, quadratic ≈ 64")
        print(f"{'construct':24} {'n':>10} {'n':>7} {'8n':>7} {'ratio':>6}")
        for name, unit in CONSTRUCTS.items():
            small = seconds(page(unit, n), prepared=True, repeat=5, parse=False)
            large = seconds(page(unit, 8 * n), prepared=True, repeat=3, parse=False)
            print(f"{name:24} {n:>10} {small:7.3f} {large:7.3f} {large / small:6.1f}", flush=True)
        return
    print("seconds for locate + [prepare +] parse at n and 8n; linear ≈ 8, quadratic ≈ 64")
    header = f"{'construct':24} {'prepared':>10} {'n':>7} {'8n':>7} {'ratio':>6}"
    print(header + f" | {'raw':>6} {'n':>7} {'8n':>7} {'ratio':>6}")
    for name, unit in CONSTRUCTS.items():
        small = seconds(page(unit, n), prepared=True, repeat=3)
        large = seconds(page(unit, 8 * n), prepared=True, repeat=2)
        m = max(1, raw_n // RAW_DIVISOR.get(name, 1))
        raw_small = seconds(page(unit, m), prepared=False, repeat=3)
        raw_large = seconds(page(unit, 8 * m), prepared=False, repeat=1)
        print(
            f"{name:24} {n:>10} {small:7.3f} {large:7.3f} {large / small:6.1f}"
            f" | {m:>6} {raw_small:7.3f} {raw_large:7.3f} {raw_large / raw_small:6.1f}",
            flush=True,
        )


if __name__ == "__main__":
    main()
