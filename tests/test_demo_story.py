"""The paragraph `make demo` prints (tools/demo_story.py) is true of the demo's output."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from demo_story import READ_MORE, main, story

from infobox import Claim, Profile, parse_article, parse_infobox, parse_page, reconcile

ROOT = Path(__file__).resolve().parent.parent
ZHEZKAZGAN = ROOT / "fixtures" / "zhezkazgan"
FILES = ("en.wiki", "lv.txt", "en-old.txt")


def _story(folder: Path, capsys: pytest.CaptureFixture[str]) -> str:
    """The paragraph for the three sources in a folder, as one line."""
    assert 0 == main([str(folder / name) for name in FILES])
    out, err = capsys.readouterr()
    assert "" == err
    return " ".join(out.split())


def _copy(tmp_path: Path, *edits: tuple[str, str, str]) -> Path:
    """The three sources copied to tmp_path, with (file, old, new) edits applied."""
    for name in FILES:
        shutil.copy(ZHEZKAZGAN / name, tmp_path / name)
    for name, old, new in edits:
        text = (tmp_path / name).read_text(encoding="utf-8")
        assert old in text
        (tmp_path / name).write_text(text.replace(old, new), encoding="utf-8")
    return tmp_path


# The edits that remove each flaw from the sources.
RIGHT_NAME = ("en.wiki", "name                    = Balkhash", "name = Jezkazgan")
SMALLER_LAND = ("en.wiki", "area_land_km2           = 1761", "area_land_km2 = 40")
SAME_FOUNDING = ("en.wiki", "established_date       = 1939", "established_date = 1938")


def test_the_story_states_each_flaw_the_library_reports(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Name, land > total and the founding conflict, with the library's own values."""
    story = _story(ZHEZKAZGAN, capsys)
    page = (ZHEZKAZGAN / "en.wiki").read_text(encoding="utf-8")
    settlement = parse_infobox(page)
    articles = [
        (name, parse_article((ZHEZKAZGAN / name).read_text(encoding="utf-8"))) for name in FILES[1:]
    ]
    profile = reconcile(("en.wiki", parse_page(page)), *articles)
    # The wrong name: the infobox says Balkhash, its label and the lead say otherwise,
    # and the profile chose the name all three sources give.
    assert "Balkhash" == settlement.name
    assert {"name.differs-from-pushpin-label", "name.differs-from-lead-title"} <= {
        d.code for d in settlement.diagnostics
    }
    name = profile.claims["name"]
    assert ("Jezkazgan", ("en.wiki", "lv.txt", "en-old.txt"), True) == (
        name.value,
        name.sources,
        name.conflict,
    )
    assert (
        "the infobox of en.wiki names the place 'Balkhash', which its pushpin label and the "
        "lead's bold title contradict; the profile chose 'Jezkazgan' (en.wiki, lv.txt, "
        "en-old.txt) and marked the name as a conflict (!)."
    ) in story
    # Land > total, both kept and warned about.
    assert (1761, 47) == (settlement.area.land_km2, settlement.area.total_km2)
    [land] = settlement.diagnostics_with("area.land-exceeds-total")
    assert "warning" == land.severity
    assert "Its land area, 1,761 km², is larger than its total area, 47 km²" in story
    # The founding conflict: 1938 by two sources over 1939 by en.wiki.
    founded = profile.claims["founded"]
    assert (1938, ("lv.txt", "en-old.txt"), True) == (
        founded.value,
        founded.sources,
        founded.conflict,
    )
    assert [(1939, ("en.wiki",), "minority")] == [
        (a.value, a.sources, a.reason) for a in founded.alternatives
    ]
    assert (
        "The sources disagree on the founding year: lv.txt and en-old.txt say 1938, en.wiki "
        "says 1939; the profile chose 1938 and marked the conflict (!)."
    ) in story


def test_sources_without_the_flaws_get_no_sentence_about_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """With the name, the land area and the founding year put right, no flaw is told."""
    story = _story(_copy(tmp_path, RIGHT_NAME, SMALLER_LAND, SAME_FOUNDING), capsys)
    assert story.startswith("What you just saw: none of the flaws this demo is about")
    for claim in ("Balkhash", "land area, ", "founding year:", "(!)"):
        assert claim not in story


@pytest.mark.parametrize(
    ("edit", "gone", "kept"),
    [
        (RIGHT_NAME, "names the place", ("1,761 km², is larger", "founding year:")),
        (SMALLER_LAND, "land area", ("names the place 'Balkhash'", "founding year:")),
        (SAME_FOUNDING, "founding year", ("names the place 'Balkhash'", "1,761 km², is larger")),
    ],
    ids=["name", "area", "founding"],
)
def test_each_sentence_needs_its_flaw(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    edit: tuple[str, str, str],
    gone: str,
    kept: tuple[str, ...],
) -> None:
    """Removing one flaw removes its sentence and keeps the others."""
    story = _story(_copy(tmp_path, edit), capsys)
    assert gone not in story
    for sentence in kept:
        assert sentence in story


def test_without_the_name_sentence_the_area_names_the_page(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The area sentence says whose infobox it is when no sentence before it did."""
    story = _story(_copy(tmp_path, RIGHT_NAME), capsys)
    assert "What you just saw: the land area in en.wiki's infobox, 1,761 km², is larger" in story


@pytest.mark.parametrize(
    ("chosen", "conflict", "told"),
    [
        ("Jezkazgan", True, "; the profile chose 'Jezkazgan' (x.txt) and marked the name as"),
        ("Jezkazgan", False, "contradict; the profile chose 'Jezkazgan' (x.txt). Its land"),
        ("Balkhash", False, "its pushpin label and the lead's bold title contradict. Its land"),
    ],
)
def test_the_name_sentence_tells_what_the_profile_did(
    chosen: str, conflict: bool, told: str
) -> None:
    """The profile's choice is told only when it differs, and a conflict only when marked."""
    settlement = parse_infobox((ZHEZKAZGAN / "en.wiki").read_text(encoding="utf-8"))
    claim = Claim(field="name", value=chosen, sources=("x.txt",), conflict=conflict)
    told_story = " ".join(story("en.wiki", settlement, Profile(claims={"name": claim})).split())
    assert told in told_story
    assert (conflict and chosen != "Balkhash") == ("(!)" in told_story)


@pytest.mark.parametrize("page", [path for path, _ in READ_MORE])
def test_the_pages_it_points_to_exist(page: str) -> None:
    """Each page the paragraph sends the reader to is in docs/."""
    assert (ROOT / page).is_file()


def test_make_demo_tells_the_story_of_the_profiled_files() -> None:
    """The demo prints the paragraph after the profile, for the same files, before the dump."""
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    recipe = makefile.split("\ndemo:", 1)[1].split("\n\n", 1)[0]
    commands = [line.strip() for line in recipe.splitlines()[1:] if line.strip() != "@echo"]
    assert [
        "$(VENV)/bin/infobox parse $(DEMO_FILES)",
        "$(VENV)/bin/infobox profile $(PROFILE_FILES)",
        "$(PY) tools/demo_story.py $(PROFILE_FILES)",
    ] == commands[:3]
    assert commands[3].startswith("$(VENV)/bin/infobox dump ")
    [files] = re.findall(r"^PROFILE_FILES := (.*)$", makefile, re.M)
    assert [f"fixtures/zhezkazgan/{name}" for name in FILES] == files.split()


def test_a_missing_file_is_one_line_and_status_1(tmp_path: Path) -> None:
    """A bad input is infobox's own one-line message, with no traceback and no paragraph."""
    done = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "demo_story.py"), str(tmp_path / "gone.wiki")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert (1, "") == (done.returncode, done.stdout)
    assert [f"infobox: {tmp_path / 'gone.wiki'}: no such file"] == done.stderr.splitlines()


def test_no_files_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    """Without a page there is nothing to tell: usage on stderr, status 2."""
    assert 2 == main([])
    assert "usage: demo_story.py PAGE [SOURCE …]\n" == capsys.readouterr().err
