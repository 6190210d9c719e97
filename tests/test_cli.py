"""The infobox command line, run as a user runs it: a subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
PAGE = FIXTURES / "zhezkazgan" / "en.wiki"


def run(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[str]:
    completed = subprocess.run(
        [sys.executable, "-m", "infobox.cli", *args],
        input=stdin.decode("utf-8", "surrogateescape"),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert "Traceback" not in completed.stderr
    return completed


def test_parse_prints_a_summary_with_diagnostics() -> None:
    """The summary names the file, the values and the diagnostics."""
    result = run("parse", str(PAGE))
    assert 0 == result.returncode
    assert f"{PAGE}: Infobox settlement 'Balkhash'" == result.stdout.splitlines()[0]
    assert "47.783333, 67.700000 (KZ)" in result.stdout
    assert "89,079 (2023)" in result.stdout
    assert "area.land-exceeds-total" in result.stdout
    assert "" == result.stderr


def test_parse_json_prints_one_object_per_file() -> None:
    """--json gives one JSON object per line with the file and the settlement."""
    result = run("parse", "--json", str(PAGE), str(PAGE))
    assert 0 == result.returncode
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [str(PAGE), str(PAGE)] == [r["file"] for r in records]
    assert 89079 == records[0]["settlement"]["population"]["total"]


def test_parse_reads_standard_input() -> None:
    """- reads the page from stdin."""
    result = run("parse", "--json", "-", stdin=PAGE.read_bytes())
    assert 0 == result.returncode
    assert "-" == json.loads(result.stdout)["file"]


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: d / "missing.wiki", "no such file"),
        (lambda d: d, "is a directory"),
        (lambda d: _write(d / "empty.wiki", b""), "the file is empty"),
        (lambda d: _write(d / "bin.wiki", b"\x00\x01\x02{{Infobox settlement}}"), "binary"),
        (
            lambda d: _write(
                d / "latin1.wiki", "{{Infobox settlement|name=Zürich}}".encode("latin-1")
            ),
            "is not UTF-8: byte 0xfc at offset 27 (line 1)",
        ),
        (
            lambda d: _write(d / "person.wiki", b"{{Infobox person|name=X}}"),
            "no settlement infobox",
        ),
    ],
    ids=["missing", "directory", "empty", "binary", "not-utf8", "no-infobox"],
)
def test_bad_input_is_one_line_and_the_other_files_still_run(
    tmp_path: Path, make: object, message: str
) -> None:
    """Each bad input gives one stderr line naming it, exit 1, and the good file is still done."""
    bad = make(tmp_path)  # type: ignore[operator]
    result = run("parse", str(bad), str(PAGE))
    assert 1 == result.returncode
    [line] = result.stderr.splitlines()
    assert line.startswith(f"infobox: {bad}: ")
    assert message in line
    assert f"{PAGE}: Infobox settlement" in result.stdout


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    "args",
    [("parse", "--bogus", "x"), ("frobnicate",), ("parse",), ()],
    ids=["unknown-option", "unknown-command", "no-files", "no-command"],
)
def test_usage_errors_exit_2(args: tuple[str, ...]) -> None:
    """Usage errors say so briefly on stderr and exit 2."""
    result = run(*args)
    assert 2 == result.returncode
    assert "error" in result.stderr
    assert "" == result.stdout


def test_help_shows_examples() -> None:
    """parse --help has examples."""
    result = run("parse", "--help")
    assert 0 == result.returncode
    assert "examples:" in result.stdout


def test_console_script_is_installed() -> None:
    """The infobox command is on the venv's PATH (installed by pyproject's scripts)."""
    script = Path(sys.executable).parent / "infobox"
    completed = subprocess.run(
        [str(script), "--version"], capture_output=True, text=True, check=False, timeout=60
    )
    assert 0 == completed.returncode
    assert completed.stdout.startswith("infobox ")


# --- infobox article ---------------------------------------------------------------------

LV = FIXTURES / "zhezkazgan" / "lv.txt"
EN_OLD = FIXTURES / "zhezkazgan" / "en-old.txt"


def test_article_prints_sections_and_facts() -> None:
    """The summary names the file, title, language, sections, items and facts."""
    result = run("article", str(EN_OLD))
    assert 0 == result.returncode
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"{EN_OLD}: article 'Jezkazgan' (en), 3 sections, ")
    assert "== Born in Jezkazgan" in result.stdout
    assert "• Oleg Yankovsky, a Russian actor" in result.stdout
    assert any(line.split()[:2] == ["population", "90,000"] for line in lines)
    assert "year=1999" in result.stdout
    assert "" == result.stderr


def test_article_json_and_language_option() -> None:
    """--json prints one object per file; --lang is used as given."""
    result = run("article", "--json", "--lang", "lv", str(LV), str(EN_OLD))
    assert 0 == result.returncode
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["article"]["lang"] for r in records] == ["lv", "lv"]
    kinds = {fact["kind"] for fact in records[0]["article"]["facts"]}
    assert {"population", "share", "distance", "temperature", "founded"} <= kinds


def test_article_bad_input_is_one_line_and_the_other_files_still_run(tmp_path: Path) -> None:
    """A bad file is one stderr line with exit 1; the good file is still printed."""
    bad = _write(tmp_path / "latin1.txt", "Zürich ir pilsēta Šveicē".encode("cp1257"))
    result = run("article", str(bad), str(LV))
    assert 1 == result.returncode
    [line] = result.stderr.splitlines()
    assert line.startswith(f"infobox: {bad}: is not UTF-8")
    assert f"{LV}: article" in result.stdout


def test_article_bad_language_is_a_usage_error() -> None:
    """--lang with something that is not a code exits 2 with one message."""
    result = run("article", "--lang", "Latvian", str(LV))
    assert 2 == result.returncode
    assert "ISO 639" in result.stderr
    assert "" == result.stdout


def test_article_help_shows_examples() -> None:
    """article --help has examples."""
    result = run("article", "--help")
    assert 0 == result.returncode
    assert "examples:" in result.stdout
