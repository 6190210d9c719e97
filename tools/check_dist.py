"""Check the built sdist and wheel, then run the README's examples against the installed wheel.

``make package`` builds both archives (``python -m build``), checks their metadata
(``twine check --strict``) and then runs this script on the output directory::

    .venv/bin/python tools/check_dist.py dist

It fails (exit status 1, one line per problem) unless:

- the wheel holds the package and its metadata only: every file under ``src/infobox``
  of the sdist, ``py.typed`` among them, the licence, and no ``tests/``, ``fixtures/``,
  ``docs/`` or byte code;
- the sdist holds what a downstream packager needs to build, test and document the
  package (the sources, tests, fixtures, docs, benchmarks, tools, README, LICENSE,
  Makefile, pyproject.toml) and nothing private or generated (``.venv``, ``.git``,
  caches, build output);
- neither archive is larger than its budget (:data:`MAX_BYTES`);
- the wheel, installed with its ``hypothesis`` and ``dump`` extras into a fresh virtual
  environment, passes every example of README.md, run from a temporary directory
  outside the source tree (so ``src/`` cannot be imported by accident) that holds only
  README.md and the fixture files its examples name; ``infobox`` must be imported from
  that environment's site-packages, and its ``infobox`` script must print the version.

The environment is made without pip (``venv --without-pip``: 0.2 s; with pip, 5-10 s) and
filled by this interpreter's pip (``pip --python``), from pip's cache when it can.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import zipfile
from collections.abc import Collection, Iterable, Sequence
from pathlib import Path, PurePosixPath
from typing import Final

#: The package's import name, and the extras the README's examples need.
PACKAGE: Final = "infobox"
EXTRAS: Final = "hypothesis,dump"

#: Files the sdist must hold: enough to build, test (``make test``) and document it.
SDIST_REQUIRED: Final = (
    "PKG-INFO",
    "pyproject.toml",
    "README.md",
    "LICENSE",
    "Makefile",
    "src/infobox/__init__.py",
    "src/infobox/py.typed",
    "tests/conftest.py",
    "fixtures/zhezkazgan/en.wiki",
    "docs/model.md",
    "docs/changelog.md",
    "benchmarks/bench_parse.py",
    "tools/check_dist.py",
)

#: Path parts that mark something private or generated; no member of either archive
#: may have one.
GENERATED_PARTS: Final = frozenset(
    {
        ".venv",
        ".git",
        "__pycache__",
        ".mypy_cache",
        ".pytest_cache",
        ".ruff_cache",
        ".hypothesis",
        ".ipynb_checkpoints",
        "_build",
        "_generated",
        "build",
        "dist",
    }
)

#: Top-level directories of the source tree that belong in the sdist only.
SOURCE_TREE_ONLY: Final = frozenset({"tests", "fixtures", "docs", "benchmarks", "tools", "src"})

#: Size budgets in bytes, about 1.5 times the sizes of 0.1.0 (wheel 0.5 MB, sdist
#: 5.6 MB, most of it the dump fixtures): a stray large file fails the check.
MAX_BYTES: Final = {"wheel": 1_000_000, "sdist": 8_000_000}

#: A fixture path written in the README, e.g. ``"fixtures/dumps/enwiki-sample.xml.bz2"``.
_FIXTURE: Final = re.compile(r"""["'](fixtures/[^"'\s]+)["']""")


def generated(name: str) -> bool:
    """Whether an archive member is private or generated: a cache, an environment, byte code.

    >>> generated("infobox-0.1.0/src/infobox/__pycache__/models.cpython-311.pyc")
    True
    >>> generated("infobox-0.1.0/src/infobox/models.py"), generated("x.egg-info/PKG-INFO")
    (False, True)
    """
    path = PurePosixPath(name)
    return any(
        part in GENERATED_PARTS or part.endswith(".egg-info") for part in path.parts
    ) or path.suffix in {".pyc", ".pyo"}


def sdist_members(names: Iterable[str]) -> list[str]:
    """The sdist's member names without their first part, the ``name-version/`` folder.

    >>> sdist_members(["infobox-0.1.0/PKG-INFO", "infobox-0.1.0/src/infobox/py.typed"])
    ['PKG-INFO', 'src/infobox/py.typed']
    """
    return sorted(name.split("/", 1)[1] for name in names if "/" in name.strip("/"))


def sdist_problems(members: Collection[str]) -> list[str]:
    """What is wrong with an sdist, given its members (relative to its top folder).

    >>> sdist_problems(["PKG-INFO", "tests/conftest.py", ".venv/bin/python"])[-1]
    'sdist: holds .venv/bin/python, which is private or generated'
    >>> [p for p in sdist_problems(["tests/conftest.py"]) if "conftest" in p]
    []
    """
    present = set(members)
    problems = [f"sdist: lacks {name}" for name in SDIST_REQUIRED if name not in present]
    problems += [
        f"sdist: holds {name}, which is private or generated"
        for name in sorted(present)
        if generated(name)
    ]
    return problems


def wheel_problems(names: Collection[str], sdist: Collection[str]) -> list[str]:
    """What is wrong with a wheel, given its members and the sdist's (relative) members.

    Its package must be exactly the sdist's ``src/infobox`` (so a data file or
    ``py.typed`` left out of the wheel shows here); besides the package, only its
    ``.dist-info`` folder.

    >>> sdist = ["src/infobox/__init__.py", "src/infobox/py.typed"]
    >>> wheel_problems(["infobox/__init__.py", "infobox-0.1.0.dist-info/RECORD"], sdist)
    ['wheel: lacks infobox/py.typed (it is src/infobox/py.typed in the sdist)', \
'wheel: holds no licence file (.dist-info/licenses/)']
    >>> wheel_problems(["tests/test_x.py"], [])[0]
    'wheel: holds tests/test_x.py, which belongs in the sdist only'
    """
    problems: list[str] = []
    prefix = f"src/{PACKAGE}/"
    expected = {name.removeprefix("src/") for name in sdist if name.startswith(prefix)}
    for name in sorted(names):
        top = PurePosixPath(name).parts[0]
        if generated(name):
            problems.append(f"wheel: holds {name}, which is private or generated")
        elif top in SOURCE_TREE_ONLY:
            problems.append(f"wheel: holds {name}, which belongs in the sdist only")
        elif top != PACKAGE and not top.endswith(".dist-info"):
            problems.append(f"wheel: holds {name}, outside the package and its metadata")
        elif top == PACKAGE and name not in expected:
            problems.append(f"wheel: holds {name}, which the sdist's src/{PACKAGE} lacks")
    required = {f"{PACKAGE}/py.typed", f"{PACKAGE}/__init__.py"} | {
        name for name in expected if not generated(name)
    }
    problems += [
        f"wheel: lacks {name} (it is src/{name} in the sdist)"
        for name in sorted(required - set(names))
    ]
    if not any(".dist-info/licenses/" in name for name in names):
        problems.append("wheel: holds no licence file (.dist-info/licenses/)")
    return problems


def readme_fixtures(readme: str) -> list[str]:
    """The fixture files the README's examples (``>>>`` and ``...`` lines) read.

    >>> readme_fixtures('>>> read("fixtures/a.xml")' + chr(10) + "infobox parse fixtures/b.wiki")
    ['fixtures/a.xml']
    """
    found: set[str] = set()
    for line in readme.splitlines():
        if line.lstrip().startswith((">>>", "...")):
            found.update(_FIXTURE.findall(line))
    return sorted(found)


#: Run in the fresh environment, isolated (``-I``: neither the current directory nor
#: PYTHONPATH is on sys.path) and with warnings as errors, as the test suite runs.
_RUN_README: Final = """\
import doctest, pathlib, sys, sysconfig
import infobox
site = pathlib.Path(sysconfig.get_paths()["purelib"]).resolve()
where = pathlib.Path(infobox.__file__).resolve()
if site not in where.parents:
    sys.exit(f"infobox was imported from {where}, not from {site}")
if not (where.parent / "py.typed").is_file():
    sys.exit(f"the installed package {where.parent} has no py.typed")
result = doctest.testfile("README.md", module_relative=False)
print(f"README.md: {result.attempted} examples, {result.failed} failed, with {where}")
sys.exit(1 if result.failed or not result.attempted else 0)
"""


def _run(args: Sequence[str | Path], cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(arg) for arg in args], cwd=cwd, capture_output=True, text=True, check=False
    )


def _failed(what: str, done: subprocess.CompletedProcess[str], shown: bool = False) -> list[str]:
    """The problem a failed command is, with its output unless that was ``shown`` already."""
    if done.returncode == 0:
        return []
    output = (done.stderr if shown else done.stdout + done.stderr).strip()
    return [f"{what} failed (status {done.returncode})" + (f":\n{output}" if output else "")]


def _install_and_run(wheel: Path, readme: Path, root: Path, version: str) -> list[str]:
    """Install the wheel into a fresh environment and run the README's examples with it."""
    with tempfile.TemporaryDirectory(prefix="infobox-wheel-") as scratch:
        env, work = Path(scratch) / "env", Path(scratch) / "work"
        started = time.perf_counter()
        made = _run([sys.executable, "-m", "venv", "--without-pip", env])
        if problems := _failed("making the environment", made):
            return problems
        python = env / "bin" / "python"
        pip = [sys.executable, "-m", "pip", "--python", str(python)]
        installed = _run(
            [*pip, "install", "--quiet", "--no-compile", f"{wheel.resolve()}[{EXTRAS}]"]
        )
        if problems := _failed(f"pip install {wheel.name}[{EXTRAS}]", installed):
            return problems
        print(f"installed {wheel.name}[{EXTRAS}] in {time.perf_counter() - started:.1f} s")
        work.mkdir()
        shutil.copy2(readme, work / "README.md")
        for name in readme_fixtures(readme.read_text(encoding="utf-8")):
            source = root / name
            if not source.is_file():
                return [f"README.md reads {name}, which does not exist"]
            (work / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, work / name)
        started = time.perf_counter()
        ran = _run([python, "-I", "-W", "error", "-c", _RUN_README], cwd=work)
        print(ran.stdout.strip() or "README.md: no result")
        problems = _failed("the README's examples against the wheel", ran, shown=True)
        print(f"ran the README's examples in {time.perf_counter() - started:.1f} s")
        script = _run([env / "bin" / PACKAGE, "--version"], cwd=work)
        problems += _failed("the installed infobox script", script)
        if script.returncode == 0 and script.stdout.strip() != f"{PACKAGE} {version}":
            problems.append(f"the installed script says {script.stdout.strip()!r}")
        return problems


def _one(folder: Path, pattern: str) -> Path:
    found = sorted(folder.glob(pattern))
    if len(found) != 1:
        raise LookupError(f"{folder} holds {len(found)} files {pattern}, not one")
    return found[0]


def main(argv: Sequence[str] | None = None) -> int:
    """Check the archives in a folder (``dist`` by default); print the problems, return 0 or 1.

    >>> main(["no-such-folder"])  # says on stderr that it holds no wheel
    1
    """
    args = list(sys.argv[1:] if argv is None else argv)
    folder = Path(args[0] if args else "dist")
    root = Path(__file__).resolve().parent.parent
    try:
        wheel, sdist = _one(folder, f"{PACKAGE}-*.whl"), _one(folder, f"{PACKAGE}-*.tar.gz")
        with zipfile.ZipFile(wheel) as archive:
            wheel_names = archive.namelist()
        with tarfile.open(sdist) as archive:
            sdist_names = sdist_members(m.name for m in archive.getmembers() if m.isfile())
    except (LookupError, OSError, zipfile.BadZipFile, tarfile.TarError) as error:
        print(f"check_dist: {error}", file=sys.stderr)
        return 1
    version = wheel.name.split("-")[1]
    for path, count in ((wheel, len(wheel_names)), (sdist, len(sdist_names))):
        print(f"{path.name}: {path.stat().st_size:,} bytes, {count} files")
    problems = sdist_problems(sdist_names) + wheel_problems(wheel_names, sdist_names)
    problems += [
        f"{kind}: {path.stat().st_size:,} bytes, over its budget of {MAX_BYTES[kind]:,}"
        for kind, path in (("wheel", wheel), ("sdist", sdist))
        if path.stat().st_size > MAX_BYTES[kind]
    ]
    if not problems:
        problems = _install_and_run(wheel, root / "README.md", root, version)
    for problem in problems:
        print(f"check_dist: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
