"""What `make package` checks (tools/check_dist.py), and the sdist configuration it checks."""

from __future__ import annotations

import io
import tarfile
import tomllib
import zipfile
from pathlib import Path

import pytest
from check_dist import SDIST_REQUIRED, main, readme_fixtures, sdist_problems, wheel_problems

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def _package_files() -> list[str]:
    """The package's files as they sit in the source tree (and so in the sdist)."""
    return sorted(
        path.relative_to(ROOT).as_posix()
        for path in (ROOT / "src" / "infobox").rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc"
    )


SDIST = sorted({*SDIST_REQUIRED, *_package_files(), "tests/test_models.py", "docs/usage.md"})
WHEEL = [name.removeprefix("src/") for name in _package_files()] + [
    "infobox-0.1.0.dist-info/METADATA",
    "infobox-0.1.0.dist-info/RECORD",
    "infobox-0.1.0.dist-info/licenses/LICENSE",
]


def test_a_complete_wheel_and_sdist_have_no_problem() -> None:
    """The listings of a good build pass, so each problem below is the edit's doing."""
    assert [] == sdist_problems(SDIST)
    assert [] == wheel_problems(WHEEL, SDIST)


@pytest.mark.parametrize(
    ("drop", "add", "problem"),
    [
        ("infobox/py.typed", None, "wheel: lacks infobox/py.typed"),
        ("infobox/locale/cldr.json", None, "wheel: lacks infobox/locale/cldr.json"),
        ("infobox-0.1.0.dist-info/licenses/LICENSE", None, "wheel: holds no licence file"),
        (None, "tests/test_models.py", "wheel: holds tests/test_models.py, which belongs"),
        (None, "fixtures/zhezkazgan/en.wiki", "wheel: holds fixtures/zhezkazgan/en.wiki, which"),
        (None, "infobox/__pycache__/x.cpython-311.pyc", "wheel: holds infobox/__pycache__/x"),
        (None, "infobox/notes.txt", "wheel: holds infobox/notes.txt, which the sdist's"),
        (None, "conftest.py", "wheel: holds conftest.py, outside the package"),
    ],
)
def test_each_wheel_problem_is_found(drop: str | None, add: str | None, problem: str) -> None:
    """A wheel without py.typed, its data or licence, or with tests or fixtures, fails."""
    names = [name for name in WHEEL if name != drop] + ([add] if add else [])
    assert [problem] == [p[: len(problem)] for p in wheel_problems(names, SDIST)]


@pytest.mark.parametrize(
    ("drop", "add", "problem"),
    [
        ("LICENSE", None, "sdist: lacks LICENSE"),
        ("tests/conftest.py", None, "sdist: lacks tests/conftest.py"),
        ("fixtures/zhezkazgan/en.wiki", None, "sdist: lacks fixtures/zhezkazgan/en.wiki"),
        (None, ".venv/bin/python", "sdist: holds .venv/bin/python, which is private"),
        (None, ".git/HEAD", "sdist: holds .git/HEAD, which is private"),
        (None, "src/infobox.egg-info/PKG-INFO", "sdist: holds src/infobox.egg-info/PKG-INFO"),
        (None, "docs/_build/html/index.html", "sdist: holds docs/_build/html/index.html"),
        (None, "tests/__pycache__/conftest.cpython-311.pyc", "sdist: holds tests/__pycache__/"),
    ],
)
def test_each_sdist_problem_is_found(drop: str | None, add: str | None, problem: str) -> None:
    """An sdist without what a packager needs, or with an environment or caches, fails."""
    names = [name for name in SDIST if name != drop] + ([add] if add else [])
    assert [problem] == [p[: len(problem)] for p in sdist_problems(names)]


def test_the_sdist_configuration_includes_what_the_check_requires() -> None:
    """Each required file's folder is in only-include, and every included path exists."""
    included = PYPROJECT["tool"]["hatch"]["build"]["targets"]["sdist"]["only-include"]
    for name in SDIST_REQUIRED:
        if name != "PKG-INFO":  # written by the build
            assert name.split("/")[0] in included, name
    for name in included:
        assert (ROOT / name).exists(), name


def test_the_wheel_is_the_package_alone() -> None:
    """The wheel target packages src/infobox, whose py.typed exists."""
    assert ["src/infobox"] == PYPROJECT["tool"]["hatch"]["build"]["targets"]["wheel"]["packages"]
    assert (ROOT / "src" / "infobox" / "py.typed").is_file()


def test_the_readme_examples_read_one_fixture_that_exists() -> None:
    """The only file the README's examples read is copied beside it for the wheel's run."""
    names = readme_fixtures((ROOT / "README.md").read_text(encoding="utf-8"))
    assert ["fixtures/dumps/enwiki-sample.xml.bz2"] == names
    assert (ROOT / names[0]).is_file()


def _archives(folder: Path, wheel: list[str], sdist: list[str]) -> Path:
    with zipfile.ZipFile(folder / "infobox-0.1.0-py3-none-any.whl", "w") as archive:
        for name in wheel:
            archive.writestr(name, "")
    with tarfile.open(folder / "infobox-0.1.0.tar.gz", "w:gz") as archive:
        for name in sdist:
            archive.addfile(tarfile.TarInfo(f"infobox-0.1.0/{name}"), io.BytesIO(b""))
    return folder


def test_main_reports_every_archive_problem_and_installs_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Bad archives give one line per problem and status 1, before any install."""
    wheel = [name for name in WHEEL if name != "infobox/py.typed"] + ["tests/test_x.py"]
    sdist = [name for name in SDIST if name != "LICENSE"] + [".venv/pyvenv.cfg"]
    assert 1 == main([str(_archives(tmp_path, wheel, sdist))])
    out, err = capsys.readouterr()
    assert [
        "check_dist: sdist: lacks LICENSE",
        "check_dist: sdist: holds .venv/pyvenv.cfg, which is private or generated",
        "check_dist: wheel: holds tests/test_x.py, which belongs in the sdist only",
        "check_dist: wheel: lacks infobox/py.typed (it is src/infobox/py.typed in the sdist)",
    ] == err.splitlines()
    assert "installed" not in out


def test_main_wants_exactly_one_wheel_and_one_sdist(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An empty or stale dist folder is one line and status 1, not a traceback."""
    assert 1 == main([str(tmp_path)])
    assert f"check_dist: {tmp_path} holds 0 files infobox-*.whl, not one\n" == (
        capsys.readouterr().err
    )
    (tmp_path / "infobox-0.1.0-py3-none-any.whl").write_bytes(b"not a zip")
    (tmp_path / "infobox-0.1.0.tar.gz").write_bytes(b"")
    assert 1 == main([str(tmp_path)])
    assert capsys.readouterr().err.startswith("check_dist: File is not a zip file")


def test_the_changelog_states_the_scheme_and_heads_with_the_version() -> None:
    """The preamble names the scheme; the newest entry is the version pyproject.toml has."""
    text = (ROOT / "docs" / "changelog.md").read_text(encoding="utf-8")
    preamble, _, entries = text.partition("\n## ")
    assert "[Semantic Versioning](https://semver.org/)" in preamble
    assert "0.x" in preamble
    assert PYPROJECT["project"]["version"] == entries.split()[0]
