"""The infobox command line, run as a user runs it: a subprocess."""

from __future__ import annotations

import json
import re
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


# --- infobox profile ---------------------------------------------------------------------

THREE = (str(PAGE), str(LV), str(EN_OLD))


def _cells(line: str) -> list[str]:
    """A table line as its conflict mark and its cells (an empty as-of leaves no cell)."""
    return [line[2:3].strip(), *re.split(r" {2,}", line[4:].strip())]


def _claim_block(stdout: str, field: str) -> list[list[str]]:
    """The cells of one claim's line and of its alternatives' lines below it."""
    lines = stdout.splitlines()
    start = next(i for i, line in enumerate(lines) if _cells(line)[1] == field)
    block = [_cells(lines[start])]
    for line in lines[start + 1 :]:
        if not _cells(line)[1].startswith("or "):
            break
        block.append(_cells(line))
    return block


def test_profile_prints_claims_alternatives_and_conflicts() -> None:
    """The three Zhezkazgan sources give one profile: chosen values, alternatives, conflicts."""
    result = run("profile", *THREE)
    assert 0 == result.returncode
    assert "" == result.stderr
    header = result.stdout.splitlines()[0]
    assert header.startswith("profile 'Jezkazgan' from en.wiki, lv.txt, en-old.txt: ")
    assert "2 conflicts (marked !)" in header
    name = _claim_block(result.stdout, "name")
    assert ["!", "name", "Jezkazgan", "en.wiki, lv.txt, en-old.txt"] == name[0]
    assert ["", "or Balkhash", "en.wiki", "minority"] in name[1:]
    population = _claim_block(result.stdout, "population.total")
    assert ["", "population.total", "89,079", "2023", "en.wiki"] == population[0]
    assert [["", "or 90,000", "1999", "en-old.txt", "older"]] == population[1:]
    founded = _claim_block(result.stdout, "founded")
    assert ["!", "founded", "1938", "lv.txt, en-old.txt"] == founded[0]
    assert [["", "or 1939", "en.wiki", "minority"]] == founded[1:]


def test_profile_shows_numbers_with_their_units() -> None:
    """Numbers are grouped, floats lose needless decimals, units follow the field."""
    result = run("profile", *THREE)
    values = {
        cells[1]: cells[2] for cells in map(_cells, result.stdout.splitlines()[2:]) if cells[2:]
    }
    assert "47.783333, 67.700000" == values["coordinates"]
    assert "47 km²" == values["area.total_km2"]
    assert "300 m" == values["elevation_m"]
    assert "-16 °C" == values["temperature.01"]
    assert "55 %" == values["share.Kazakhs"]
    assert "400 km" == values["distance.Baikonur Cosmodrome"]
    assert "207 MW" == values["capacity.Kazakhmys Power Plant"]
    assert "220 m" == values["height.main chimney"]


def test_profile_lines_are_aligned_and_plain() -> None:
    """Every claim's value starts in one column, and there are no colour codes."""
    result = run("profile", *THREE)
    lines = result.stdout.splitlines()
    header = lines[1]
    column = header.index("value")
    for field in ("name", "founded", "population.total", "region"):
        [line] = [line for line in lines if line[4:].startswith(field + " ")]
        assert " " == line[column - 1]
        assert " " != line[column], line
    assert "\x1b" not in result.stdout


def test_profile_json_is_one_object() -> None:
    """--json prints one object with the source labels and the profile."""
    result = run("profile", "--json", *THREE)
    assert 0 == result.returncode
    record = json.loads(result.stdout)
    assert ["en.wiki", "lv.txt", "en-old.txt"] == record["sources"]
    claims = record["profile"]["claims"]
    assert 89079 == claims["population.total"]["value"]
    assert "2023" == claims["population.total"]["as_of"]
    assert claims["founded"]["conflict"] is True
    assert {"name", "coordinates", "founded", "population.total", "region"} <= set(claims)


def test_profile_reads_standard_input_once() -> None:
    """- reads one source from stdin, labelled stdin; a second - is a usage error."""
    result = run("profile", "--json", "-", str(LV), stdin=PAGE.read_bytes())
    assert 0 == result.returncode
    assert ["stdin", "lv.txt"] == json.loads(result.stdout)["sources"]
    twice = run("profile", "-", "-", stdin=PAGE.read_bytes())
    assert 2 == twice.returncode
    assert "only once" in twice.stderr
    assert "" == twice.stdout


def test_profile_labels_clashing_base_names_by_path(tmp_path: Path) -> None:
    """Two files with one base name are labelled by their paths as given."""
    copy = tmp_path / "lv.txt"
    copy.write_bytes(LV.read_bytes())
    result = run("profile", "--json", str(LV), str(copy), str(PAGE))
    assert [str(LV), str(copy), "en.wiki"] == json.loads(result.stdout)["sources"]


def test_profile_reads_each_file_by_its_content(tmp_path: Path) -> None:
    """A wikitext file is read as a page (infobox and all), whatever its name."""
    page = _write(tmp_path / "page.txt", PAGE.read_bytes())
    result = run("profile", "--json", str(page))
    claims = json.loads(result.stdout)["profile"]["claims"]
    assert ["page.txt"] == claims["elevation_m"]["sources"]


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: d / "missing.wiki", "no such file"),
        (lambda d: d, "is a directory"),
        (lambda d: _write(d / "empty.wiki", b""), "the file is empty"),
        (lambda d: _write(d / "bin.wiki", b"\x00\x01\x02{{Infobox settlement}}"), "binary"),
        (
            lambda d: _write(d / "latin1.txt", "Zürich is a city.".encode("latin-1")),
            "is not UTF-8: byte 0xfc at offset 1 (line 1)",
        ),
    ],
    ids=["missing", "directory", "empty", "binary", "not-utf8"],
)
def test_profile_bad_input_is_one_line_and_the_rest_is_profiled(
    tmp_path: Path, make: object, message: str
) -> None:
    """A bad file is one stderr line, exit 1; the profile is built from the other files."""
    bad = make(tmp_path)  # type: ignore[operator]
    result = run("profile", "--json", str(bad), str(PAGE), str(LV))
    assert 1 == result.returncode
    [line] = result.stderr.splitlines()
    assert line.startswith(f"infobox: {bad}: ")
    assert message in line
    assert ["en.wiki", "lv.txt"] == json.loads(result.stdout)["sources"]


def test_profile_mixed_inputs_report_every_bad_file(tmp_path: Path) -> None:
    """Each bad file gets its own line; the good ones are still profiled and printed."""
    missing = tmp_path / "missing.wiki"
    empty = _write(tmp_path / "empty.txt", b"")
    result = run("profile", str(missing), str(PAGE), str(empty), str(EN_OLD))
    assert 1 == result.returncode
    assert [
        f"infobox: {missing}: no such file",
        f"infobox: {empty}: the file is empty",
    ] == result.stderr.splitlines()
    assert result.stdout.startswith("profile 'Jezkazgan' from en.wiki, en-old.txt: ")


def test_profile_with_no_readable_file_prints_nothing(tmp_path: Path) -> None:
    """When no file can be read there is no profile: stdout is empty and the status 1."""
    missing = tmp_path / "missing.wiki"
    result = run("profile", str(missing), str(tmp_path))
    assert 1 == result.returncode
    assert "" == result.stdout
    assert 2 == len(result.stderr.splitlines())


@pytest.mark.parametrize(
    "args",
    [("profile", "--bogus", str(LV)), ("profile",)],
    ids=["unknown-option", "no-files"],
)
def test_profile_usage_errors_exit_2(args: tuple[str, ...]) -> None:
    """An unknown option or no file is a usage error: exit 2, nothing on stdout."""
    result = run(*args)
    assert 2 == result.returncode
    assert "error" in result.stderr
    assert "" == result.stdout


def test_profile_help_shows_examples() -> None:
    """profile --help has examples."""
    result = run("profile", "--help")
    assert 0 == result.returncode
    assert "examples:" in result.stdout
    assert "infobox profile --json" in result.stdout


def test_profile_of_a_source_that_states_nothing() -> None:
    """A readable source with no claims gives a profile that says so, with exit 0."""
    result = run("profile", "-", stdin=b"x")
    assert 0 == result.returncode
    assert [
        "profile (no name) from stdin: 0 claims, 0 conflicts",
        "  (no claims: the sources state nothing a profile holds)",
    ] == result.stdout.splitlines()


def test_main_help_lists_every_command_with_examples() -> None:
    """infobox --help names parse, article and profile, with examples."""
    result = run("--help")
    assert 0 == result.returncode
    assert all(command in result.stdout for command in ("parse", "article", "profile"))
    assert "examples:" in result.stdout


def test_parse_wiki_gives_the_conventions(tmp_path: Path) -> None:
    """--wiki reads the values as that wiki writes them; a bad code is one usage error."""
    page = tmp_path / "p.wiki"
    page.write_text("{{Infobox settlement|name=X|area_total_km2=891,68}}", encoding="utf-8")
    result = run("parse", "--json", "--wiki", "ru", str(page))
    settlement = json.loads(result.stdout)["settlement"]
    assert (settlement["wiki"], settlement["area"]["total_km2"]) == ("ru", 891.68)
    assert "  wiki           en" in run("parse", str(page)).stdout
    bad = run("parse", "--wiki", "Russian", str(page))
    assert bad.returncode == 2
    assert "wiki must be a Wikipedia's language code" in bad.stderr
