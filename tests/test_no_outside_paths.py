"""No doc, docstring, test or script names a path outside the repository.

The sdist is the repository as a packager gets it: a path into the project's notes beside
the repository (the folder ``shared``), or an absolute path into this machine's work area,
points at nothing there, so a reader cannot follow it and a test that reads it fails. (This
file spells such paths in pieces, so that it can scan itself.)
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

SHARED, WORK = "shared" + "/", "/" + "work/"

#: The notes' folder however reached (``../`` or not), and absolute paths into the work
#: area; a word ending in "shared" or a URL's path is not one.
OUTSIDE = re.compile(rf"(?<![\w-]){SHARED}|(?<![\w.:/-]){WORK}")

#: Every file of our own words: code, docstrings, docs, tests, tools, build files.
FILES = sorted(
    path.relative_to(ROOT).as_posix()
    for pattern in (
        "src/**/*.py",
        "tests/**/*.py",
        "tools/*.py",
        "benchmarks/*.py",
        "docs/**/*.md",
        "docs/**/*.py",
        "fixtures/**/*.md",
        "fixtures/**/*.py",
        "*.md",
        "Makefile",
        "pyproject.toml",
        ".ci/*",
    )
    for path in ROOT.glob(pattern)
    if path.is_file()
    and not any(part.startswith(".venv") or part == "_build" for part in path.parts)
)

#: Files other branches of issue 15 put right. The marks are strict: once a file is
#: clean the test passes, xfail_strict fails it, and its entry here must go.
PENDING: dict[str, str] = {}  # a file still to be fixed, and why it is not yet


def test_the_scan_covers_the_files_that_named_outside_paths() -> None:
    """The files that once named such paths are among those scanned (the globs find them)."""
    for name in (
        "src/infobox/serialize.py",
        "src/infobox/values/coordinates.py",
        "src/infobox/values/timezones.py",
        "src/infobox/models.py",
        "docs/changelog.md",
        "tests/test_scan.py",
        "fixtures/zhezkazgan/README.md",
        "fixtures/dumps/make_wiki_samples.py",
        "README.md",
    ):
        assert name in FILES


@pytest.mark.parametrize(
    ("text", "outside"),
    [
        (f"``{SHARED}spec/model.md``", True),
        (f"../{SHARED}corpus/dumps", True),
        (f'Path("{WORK}{SHARED}seeds/x.txt")', True),
        (f"cd {WORK}main", True),
        ("shared between threads", False),
        ("a file-shared/ folder", False),
        (f"https://example.com{WORK}x", False),
        (f"example.com{WORK}x", False),
    ],
)
def test_the_pattern_finds_outside_paths_and_nothing_else(text: str, outside: bool) -> None:
    """The notes' folder and the work area are found; a word or a URL's path is not."""
    assert outside == (OUTSIDE.search(text) is not None)


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(name, marks=pytest.mark.xfail(reason=PENDING[name], strict=True))
        if name in PENDING
        else name
        for name in FILES
    ],
)
def test_no_file_names_a_path_outside_the_repository(name: str) -> None:
    """The file names no path into the notes' folder or the work area."""
    text = (ROOT / name).read_text(encoding="utf-8")
    found = [
        f"line {text.count(chr(10), 0, match.start()) + 1}: {match.group()}"
        for match in OUTSIDE.finditer(text)
    ]
    assert [] == found
