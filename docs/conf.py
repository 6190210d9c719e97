"""Sphinx configuration for the infobox documentation site (``make docs``).

The pages are the Markdown files beside this one, read with MyST; the API reference is
generated from the docstrings by autodoc. ``make docs`` builds with ``-W -n``: every
warning, and every cross-reference that resolves to nothing, fails the build.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "_ext"))

from infobox_docs import write_inventories  # noqa: E402  (docs/_ext, put on the path above)

import infobox  # noqa: E402  (the installed package, in the venv that builds the docs)

project = "infobox"
author = "The infobox developers"
copyright = "the infobox developers; fixtures: Wikipedia text, CC BY-SA"
release = infobox.__version__
version = release

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.intersphinx",
    "sphinx.ext.viewcode",
    # The site's own pieces: the public-name cross-reference resolver and the chart of
    # the Zhezkazgan population claims, drawn from reconcile()'s output at build time.
    "infobox_docs",
]

source_suffix = {".md": "markdown"}
root_doc = "index"
exclude_patterns = ["_build", "Thumbs.db", ".DS_Store"]

# MyST: `{eval-rst}` blocks for autodoc, ``#heading`` anchors for the pages' links
# (cli.md#output-interruptions-and-failures), tables and definition lists as written.
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

# autodoc: members in source order, the signature's types also in the description.
autodoc_member_order = "bysource"
autodoc_typehints = "signature"
autodoc_preserve_defaults = False  # True shows attrs' generated attr_dict[...] defaults
add_module_names = False

html_theme = "furo"
html_title = f"infobox {release}"
html_static_path: list[str] = []

# intersphinx without the network: the build must work offline (CI may have no network,
# and the machine this was written on has none), so the few standard-library and pyarrow
# names the signatures use are written into local inventories (infobox_docs.EXTERNAL)
# that link to docs.python.org and arrow.apache.org.
intersphinx_mapping = write_inventories(HERE / "_generated" / "inventories")
intersphinx_timeout = 5

# The one name -n may not resolve, each with why:
nitpick_ignore = [
    # The type infobox.strategies' functions return. Hypothesis documents its strategies
    # by function, not this class, so no inventory has a page for it.
    ("py:class", "hypothesis.strategies.SearchStrategy"),
]
