"""The package's public face: what it exports and how it is documented."""

from __future__ import annotations

import inspect

import infobox


def test_all_is_sorted_and_complete() -> None:
    """__all__ is sorted and lists exactly the public names the package defines."""
    public = {name for name in vars(infobox) if not name.startswith("_")}
    modules = {name for name, value in vars(infobox).items() if inspect.ismodule(value)}
    assert sorted(infobox.__all__) == infobox.__all__
    assert set(infobox.__all__) == public - modules


def test_every_public_name_has_a_docstring_with_an_example() -> None:
    """Every exported class and function documents itself with a runnable example."""
    missing = [
        name
        for name in infobox.__all__
        if ">>>" not in (inspect.getdoc(getattr(infobox, name)) or "")
    ]
    assert [] == missing


def test_version_has_one_source() -> None:
    """__version__ is the version written once, in pyproject.toml."""
    import tomllib
    from pathlib import Path

    pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
    declared = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["version"]
    assert declared == infobox.__version__
