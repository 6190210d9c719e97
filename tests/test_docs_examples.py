"""Every code example in docs/ runs, and the output it shows is the output it gives.

- A ```python block with ``>>>`` lines is a doctest; one without is run as a script.
  A page's blocks run in order in one namespace, from the repository's root (the
  examples name ``fixtures/…`` as a reader there would): a temporary folder that
  links to the fixtures, so that what they write is thrown away.
- A ```text block that starts with ``$ infobox …`` is run through the command line and
  its output compared with what the page shows; a line ``…`` stands for any lines, and a
  line ending in ``…`` for any rest of that line.
- A block that cannot run here (a Spark cluster, a 22 GB dump) has the comment
  ``<!-- not run: why -->`` on the line before it.
"""

from __future__ import annotations

import doctest
import io
import json
import os
import re
import shlex
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

import pytest
from hypothesis import settings

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
PAGES = sorted(DOCS.glob("**/*.md"))

FENCE = re.compile(r"^```(?P<info>[^\n`]*)\n(?P<body>.*?)^```[ \t]*$", re.M | re.S)
NOT_RUN = re.compile(r"<!-- not run: (?P<why>[^\n]+?) -->\n\Z")


class Block(NamedTuple):
    """One fenced code block of a page."""

    page: str
    line: int
    info: str
    body: str
    not_run: str | None  # why it is not run, or None


def blocks(path: Path) -> list[Block]:
    """The fenced blocks of a Markdown page, in order."""
    text = path.read_text(encoding="utf-8")
    found = []
    for match in FENCE.finditer(text):
        before = NOT_RUN.search(text, 0, match.start())
        found.append(
            Block(
                str(path.relative_to(ROOT)),
                text.count("\n", 0, match.start()) + 1,
                match["info"].strip(),
                match["body"],
                before["why"] if before else None,
            )
        )
    return found


def python_pages() -> list[Path]:
    return [p for p in PAGES if any(b.info == "python" for b in blocks(p))]


@pytest.mark.parametrize("path", python_pages(), ids=lambda p: str(p.relative_to(DOCS)))
def test_python_examples_run(path: Path, tmp_path: Path) -> None:
    """Each page's Python blocks run in order; the doctests give the output they show.

    They run in a fresh interpreter, as a reader's would: nothing imported or warmed up
    by the suite, and Hypothesis's own settings, health checks included, rather than the
    suite's profiles (tests/conftest.py). Warnings are errors, and nothing may be
    written to stderr (an unclosed file, say).
    """
    (tmp_path / "fixtures").symlink_to(ROOT / "fixtures")  # files they write go to tmp_path
    suite = settings.get_profile(settings.get_current_profile_name())
    env = {**os.environ, "DOCS_DERANDOMIZE": "1" if suite.derandomize else ""}
    done = subprocess.run(
        [sys.executable, "-W", "error", __file__, str(path)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        check=False,
    )
    assert (0, "") == (done.returncode, done.stderr), done.stdout + done.stderr
    assert re.fullmatch(r"ran [1-9][0-9]* blocks\n", done.stdout), done.stdout


def run_page(path: Path) -> int:
    """Run a page's Python blocks in order in one namespace; how many ran."""
    namespace: dict[str, Any] = {"__name__": "__docs__"}
    ran = 0
    for block in blocks(path):
        if block.info != "python" or block.not_run:
            continue
        name = f"{block.page}:{block.line}"
        if ">>>" in block.body:
            test = doctest.DocTestParser().get_doctest(block.body, namespace, name, name, 0)
            out = io.StringIO()
            runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
            result = runner.run(test, out=out.write, clear_globs=False)
            if result.failed:
                sys.exit(out.getvalue())
            namespace.update(test.globs)  # DocTest ran on a copy; later blocks see its names
        else:
            exec(compile(block.body, name, "exec"), namespace)
        ran += 1
    return ran


def test_every_block_that_is_not_run_says_why() -> None:
    """A skipped block names its reason, and only code blocks are skipped."""
    for path in PAGES:
        for block in blocks(path):
            if block.not_run is not None:
                assert len(block.not_run) > 10, block
                assert block.info in {"python", "text", "sh"}, block


def test_every_command_is_run_or_says_why() -> None:
    """A shell block is never run, so it says why; a command in a text block is run."""
    unmarked = [
        f"{b.page}:{b.line}"
        for p in PAGES
        for b in blocks(p)
        if b.not_run is None
        and (b.info == "sh" or (b.info == "text" and re.match(r"(\$ )?infobox ", b.body)))
        and not b.body.startswith("$ infobox")
    ]
    assert [] == unmarked


# --- the command line ----------------------------------------------------------------

#: The jq filters the pages pipe JSON through, and the same selection in Python.
JQ: dict[str, Callable[[list[Any]], list[Any]]] = {
    ".settlement.population": lambda objs: [o["settlement"]["population"] for o in objs],
    ".article.facts[-1]": lambda objs: [o["article"]["facts"][-1] for o in objs],
    '.sources, .profile.claims["population.total"]': lambda objs: [
        x for o in objs for x in (o["sources"], o["profile"]["claims"]["population.total"])
    ],
}


def _jq(stdout: str, expression: str) -> str:
    decoder = json.JSONDecoder()
    objs, at = [], 0
    while at < len(stdout.rstrip()):
        obj, at = decoder.raw_decode(stdout, at)
        objs.append(obj)
        while at < len(stdout) and stdout[at].isspace():
            at += 1
    compact = {"separators": (",", ":"), "ensure_ascii": False}
    return "".join(json.dumps(x, **compact) + "\n" for x in JQ[expression](objs))  # type: ignore[arg-type]


def run_shown(command: str, cwd: Path) -> str:
    """The output of one ``$ infobox …`` line of a page, its jq filter applied."""
    command, _, jq = command.partition(" | jq -c ")
    argv = shlex.split(command)
    assert "infobox" == argv[0], command
    files = [a for arg in argv[1:] for a in (sorted(cwd.glob(arg)) if "*" in arg else [arg])]
    env = {**os.environ, "PYTHONUTF8": "1", "COLUMNS": "200"}
    done = subprocess.run(
        [sys.executable, "-m", "infobox", *map(str, files)],
        cwd=cwd,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        check=False,
    )
    out = done.stdout + done.stderr
    return _jq(done.stdout, shlex.split(jq)[0]) if jq else out


def shown_pattern(expected: list[str]) -> re.Pattern[str]:
    """A regular expression for output shown with ``…`` for what the page leaves out."""
    parts = []
    for line in expected:
        if line.strip() == "…":
            parts.append(r"(?:[^\n]*\n)*?")
        elif line.endswith("…"):
            parts.append(re.escape(line[:-1].rstrip()) + r"[^\n]*\n")
        else:
            parts.append(re.escape(line.rstrip()) + r"\n")
    return re.compile("".join(parts))


def shell_blocks() -> list[Block]:
    return [
        b
        for p in PAGES
        for b in blocks(p)
        if b.info == "text" and b.body.startswith("$ infobox") and not b.not_run
    ]


@pytest.mark.parametrize("block", shell_blocks(), ids=lambda b: f"{b.page}:{b.line}")
def test_command_line_examples_print_what_they_show(block: Block, tmp_path: Path) -> None:
    """Each `$ infobox …` of a page prints what the page shows after it."""
    (tmp_path / "fixtures").symlink_to(ROOT / "fixtures")
    sessions = re.split(r"^\$ ", block.body, flags=re.M)[1:]
    for session in sessions:
        command, *expected = session.rstrip("\n").split("\n")
        actual = run_shown(command, tmp_path)
        actual = "".join(line.rstrip() + "\n" for line in actual.splitlines())
        actual = re.sub(r" in \d+(?:\.\d+)? s$", " in … s", actual, flags=re.M)
        shown = [re.sub(r" in \d+(?:\.\d+)? s$", " in … s", line) for line in expected]
        assert shown_pattern(shown).fullmatch(actual), f"$ {command}\n{actual}"


def test_the_shown_pattern_leaves_out_only_what_is_marked() -> None:
    """`…` skips lines or a line's rest; every other line must be there as shown."""
    pattern = shown_pattern(["a", "…", "d e…"])
    assert pattern.fullmatch("a\nb\nc\nd e f\n")
    assert pattern.fullmatch("a\nd e\n")
    assert not pattern.fullmatch("a\nb\n")
    assert not pattern.fullmatch("x\nd e\n")
    assert not pattern.fullmatch("a\nd e\nz\n")


if __name__ == "__main__":
    # test_python_examples_run's fresh interpreter: Hypothesis's defaults as a reader
    # has them — the 200 ms deadline included, since without one the too_slow health
    # check allows 30 s instead of 1 s — derandomised when the suite's profile is.
    settings.register_profile("docs-reader", derandomize=bool(os.environ.get("DOCS_DERANDOMIZE")))
    settings.load_profile("docs-reader")
    sys.stdout.write(f"ran {run_page(Path(sys.argv[1]))} blocks\n")
