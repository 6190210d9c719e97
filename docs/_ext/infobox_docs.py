"""The documentation site's own Sphinx extension (``extensions`` in ``conf.py``).

Two jobs:

- **Public names for cross-references.** The classes and functions live in private
  modules (``infobox.models.Settlement``) but are documented under the names users
  import (``infobox.Settlement``). autodoc writes signatures with the defining module's
  names, so ``-n`` would report each of them as a reference to nothing; the
  ``missing-reference`` handler below resolves such a reference to the documented
  object that *is* the same Python object, and to nothing else.
- **The population chart** of the reconcile page: when the build starts, the three
  Zhezkazgan sources are parsed and reconciled, and every population claim (the value
  chosen and each alternative, by source and date) is drawn with matplotlib into
  ``_generated/zhezkazgan-population.svg``, which ``reconcile.md`` shows. Nothing is
  drawn by hand and no image is committed.
"""

from __future__ import annotations

import builtins
import importlib
from pathlib import Path
from typing import Any, NamedTuple

from docutils import nodes
from sphinx.addnodes import pending_xref
from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment
from sphinx.transforms.post_transforms import SphinxPostTransform

import infobox
from infobox import Profile, parse_article, parse_page, reconcile

#: The chart's file, relative to the documentation's source directory.
CHART = Path("_generated") / "zhezkazgan-population.svg"

#: The sources, in the order ``make demo`` and the reconcile page give them.
SOURCES = ("en.wiki", "lv.txt", "en-old.txt")

#: The population fields, in the profile's order, and the chart's title for each.
TITLES = {
    "population.total": "the city (population.total)",
    "population.urban": "the urban area (population.urban)",
    "population.metro": "the metropolitan area (population.metro)",
}


class Point(NamedTuple):
    """One population value a source gave: a point of the chart."""

    field: str  # population.total, population.urban or population.metro
    value: int
    year: int | None  # None: the source gives no date
    source: str
    chosen: bool  # the claim's value, rather than an alternative
    reason: str | None  # why an alternative lost (older, undated, …)


def zhezkazgan_profile(fixtures: Path) -> Profile:
    """The profile of the three Zhezkazgan sources, as ``infobox profile`` builds it."""
    folder = fixtures / "zhezkazgan"

    def read(name: str) -> str:
        return (folder / name).read_text(encoding="utf-8")

    return reconcile(
        ("en.wiki", parse_page(read("en.wiki"))),
        ("lv.txt", parse_article(read("lv.txt"))),
        ("en-old.txt", parse_article(read("en-old.txt"))),
    )


def population_points(profile: Profile) -> list[Point]:
    """Every population value of the profile's claims, one point per value and source."""
    points: list[Point] = []
    for field, claim in profile.claims.items():
        if not field.startswith("population."):
            continue
        year = claim.as_of.year if claim.as_of is not None else None
        for source in claim.sources:
            points.append(Point(field, int(claim.value), year, source, True, None))  # type: ignore[arg-type]
        for alt in claim.alternatives:
            alt_year = alt.as_of.year if alt.as_of is not None else None
            for source in alt.sources:
                points.append(Point(field, int(alt.value), alt_year, source, False, alt.reason))  # type: ignore[arg-type]
    return points


def draw_population_chart(points: list[Point], out: Path) -> None:
    """Draw the points as an SVG: one panel per field, years across, one colour per source."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D
    from matplotlib.ticker import StrMethodFormatter

    plt.rcParams["svg.hashsalt"] = "infobox"  # the same SVG on every build
    plt.rcParams["svg.fonttype"] = "none"  # text as text: searchable, selectable, smaller
    fields = sorted({p.field for p in points}, key=lambda f: list(TITLES).index(f))
    years = [p.year for p in points if p.year is not None]
    first, last = min(years) - 3, max(years) + 3
    undated_x = last + 9  # the undated values stand in a column of their own, shaded
    colours = dict(zip(SOURCES, ("#1f77b4", "#d62728", "#2ca02c"), strict=True))
    top = max(p.value for p in points) * 1.25

    fig, axes = plt.subplots(1, len(fields), figsize=(9, 4.4), dpi=100, sharey=True)
    for ax, field in zip(axes if len(fields) > 1 else [axes], fields, strict=True):
        ax.axvspan(last + 3, undated_x + 12, color="#eeeeee", zorder=0)
        mine = [p for p in points if p.field == field]
        undated = [p for p in mine if p.year is None]
        for p in mine:
            x: float = p.year if p.year is not None else undated_x
            if p.year is None and len(undated) > 1:  # side by side, never on top of each other
                x += (undated.index(p) - (len(undated) - 1) / 2) * 4
            colour = colours.get(p.source, "black")
            ax.scatter(
                x,
                p.value,
                s=90,
                facecolor=colour if p.chosen else "white",
                edgecolor=colour,
                linewidth=2,
                zorder=3,
            )
            note = f"{p.value:,}" + ("" if p.chosen else f"\n{p.reason}")
            left = p.year is None and undated.index(p) == 0 and len(undated) > 1
            ax.annotate(
                note,
                (x, p.value),
                textcoords="offset points",
                xytext=(-9, 6) if left else (9, 6),
                ha="right" if left else "left",
                fontsize=8,
                color=colour,
            )
        ax.set_title(TITLES.get(field, field), fontsize=10)
        ax.set_xlim(first, undated_x + 12)
        ticks = list(range(first + 3 - (first + 3) % 5, last + 1, 10))
        ax.set_xticks([*ticks, undated_x], [*map(str, ticks), "undated"])
        ax.set_xlabel("as of")
        ax.grid(axis="y", color="#dddddd")
    first_ax = axes[0] if len(fields) > 1 else axes
    first_ax.set_ylim(0, top)
    first_ax.yaxis.set_major_formatter(StrMethodFormatter("{x:,.0f}"))
    first_ax.set_ylabel("inhabitants")
    handles = [
        Line2D(
            [],
            [],
            marker="o",
            linestyle="",
            markersize=9,
            markerfacecolor=c,
            markeredgecolor=c,
            label=s,
        )
        for s, c in colours.items()
    ]
    handles.append(
        Line2D(
            [],
            [],
            marker="o",
            linestyle="",
            markersize=9,
            markerfacecolor="white",
            markeredgecolor="gray",
            label="open: an alternative, and why it lost",
        )
    )
    fig.legend(handles=handles, loc="lower center", ncol=4, fontsize=8, frameon=False)
    fig.suptitle(
        "Zhezkazgan: the population each source gives (filled: the value chosen)", fontsize=11
    )
    fig.tight_layout(rect=(0, 0.07, 1, 1))
    out.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(out, format="svg", metadata={"Date": None})
    plt.close(fig)


def _draw_chart(app: Sphinx) -> None:
    fixtures = Path(app.srcdir).parent / "fixtures"
    draw_population_chart(population_points(zhezkazgan_profile(fixtures)), app.srcdir / CHART)


def resolve(path: str) -> object | None:
    """The object a dotted name names, or None: ``infobox.models.Settlement``.

    Each part is an attribute of the one before, as in Python code, and a submodule only
    where there is no such attribute: ``infobox.reconcile`` is the function the package
    exports, not the module of the same name.
    """
    first, *rest = path.split(".")
    try:
        obj: object = importlib.import_module(first)
    except ImportError:
        return None
    for at, part in enumerate(rest, start=1):
        if hasattr(obj, part):
            obj = getattr(obj, part)
            continue
        try:
            obj = importlib.import_module(".".join([first, *rest[:at]]))
        except ImportError:
            return None
    return obj


#: id(object) → the name it is documented under; filled after the pages are read.
_PUBLIC_NAMES: dict[int, str] = {}


def _collect_public_names(app: Sphinx, env: BuildEnvironment) -> None:
    """Map every documented Python object to its documented name (``env-updated``)."""
    _PUBLIC_NAMES.clear()
    for fullname in sorted(env.get_domain("py").objects, key=len):  # type: ignore[attr-defined]
        obj = resolve(fullname)
        if obj is not None and not isinstance(obj, (str, int, float, tuple, frozenset)):
            _PUBLIC_NAMES.setdefault(id(obj), fullname)


def _missing_reference(
    app: Sphinx, env: BuildEnvironment, node: pending_xref, contnode: nodes.TextElement
) -> nodes.Element | None:
    """Resolve a reference to a private path of a documented object; show internals as code.

    - ``infobox.models.Settlement`` is ``infobox.Settlement``: linked to the latter.
    - A name of infobox that exists but has no page of its own (an internal module such
      as ``infobox.scan``, a type variable) is shown as code, without a link.
    - Anything else — a name that does not exist — stays a missing reference, which
      ``-n`` reports: a renamed or misspelt name fails the build.
    """
    if node.get("refdomain") != "py":
        return None
    target: str = node["reftarget"]
    module = node.get("py:module")
    candidates = [target] + ([f"{module}.{target}"] if module else [])
    for candidate in candidates:
        if not candidate.startswith("infobox"):
            continue
        obj = resolve(candidate)
        if obj is None:
            continue
        public = _PUBLIC_NAMES.get(id(obj))
        if public is None:
            return contnode  # it exists, but is not part of the documented API
        if public == target:
            continue
        domain: Any = env.get_domain("py")
        moved = node.deepcopy()
        moved["reftarget"] = public
        resolved: nodes.Element | None = domain.resolve_xref(
            env, node["refdoc"], app.builder, node["reftype"], public, moved, contnode
        )
        if resolved is None:  # documented as another kind (a class referred to as :obj:)
            found = domain.resolve_any_xref(
                env, node["refdoc"], app.builder, public, moved, contnode
            )
            resolved = found[0][1] if found else None
        return resolved
    return None


#: Names of the standard library and pyarrow that the API's signatures use, and their
#: pages. The build has no network (intersphinx cannot fetch python's objects.inv), so
#: ``setup`` writes these into a small local inventory that intersphinx reads instead:
#: the links go to the real documentation, and the build needs nothing online.
EXTERNAL: dict[str, tuple[str, dict[str, tuple[str, str]]]] = {
    "python": (
        "https://docs.python.org/3/",
        {
            f"collections.abc.{name}": ("py:class", "library/collections.abc.html")
            for name in ("Callable", "Collection", "Iterable", "Iterator", "Mapping", "Sequence")
        }
        | {
            "os.PathLike": ("py:class", "library/os.html"),
            "pathlib.Path": ("py:class", "library/pathlib.html"),
            "datetime.date": ("py:class", "library/datetime.html"),
            "datetime.date.fromisoformat": ("py:method", "library/datetime.html"),
        }
        | {
            name: ("py:class", "library/stdtypes.html")
            for name in ("str", "bytes", "tuple", "list", "dict", "set", "frozenset")
        }
        | {
            name: ("py:class", "library/functions.html")
            for name in ("int", "float", "bool", "type", "object")
        },
    ),
    "pyarrow": (
        "https://arrow.apache.org/docs/python/",
        {
            f"pyarrow.{name}": ("py:class", f"generated/pyarrow.{name}.html")
            for name in ("RecordBatch", "Schema", "Table")
        },
    ),
}


def write_inventories(folder: Path) -> dict[str, tuple[str, str]]:
    """Write EXTERNAL as Sphinx inventories in ``folder``; the ``intersphinx_mapping``."""
    import zlib

    folder.mkdir(parents=True, exist_ok=True)
    mapping: dict[str, tuple[str, str]] = {}
    for project, (base, names) in EXTERNAL.items():
        lines = [f"{name} {role} 1 {page}#{name} -" for name, (role, page) in sorted(names.items())]
        header = (
            "# Sphinx inventory version 2\n"
            f"# Project: {project}\n# Version: \n"
            "# The remainder of this file is compressed using zlib.\n"
        )
        path = folder / f"{project}.inv"
        path.write_bytes(header.encode() + zlib.compress(("\n".join(lines) + "\n").encode()))
        mapping[project] = (base, str(path))
    return mapping


class ExactBuiltins(SphinxPostTransform):
    """Make a reference to a builtin type (``str``, ``type``) name only the builtin.

    In a signature, Sphinx looks a type's name up "fuzzily" — any documented object whose
    name ends in it — so ``type[T]`` would link to ``Subdivision.type`` (an attribute),
    or warn that ``type`` is ambiguous. Before references are resolved, such references
    lose their context and their fuzziness: they find no object of the site, and the
    python inventory links them to the Python documentation.
    """

    default_priority = 5  # before ReferencesResolver (10)

    def run(self, **kwargs: Any) -> None:
        for node in self.document.findall(pending_xref):
            target = node.get("reftarget", "")
            if node.get("refdomain") == "py" and isinstance(getattr(builtins, target, None), type):
                for key in ("refspecific", "py:module", "py:class"):
                    if key in node:
                        del node[key]


def setup(app: Sphinx) -> dict[str, Any]:
    """Register the chart and the public-name resolver with Sphinx."""
    app.connect("builder-inited", _draw_chart)
    app.connect("env-updated", _collect_public_names)
    app.connect("missing-reference", _missing_reference)
    app.add_post_transform(ExactBuiltins)
    assert infobox.__all__  # the package the docs describe is importable
    return {"parallel_read_safe": True, "parallel_write_safe": True}
