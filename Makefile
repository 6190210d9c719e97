# The README's two set-up commands: `make demo` and `make test`.
# Both create .venv with the python3 on PATH and install the package into it.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
DEMO_FILES := fixtures/zhezkazgan/en.wiki
PROFILE_FILES := fixtures/zhezkazgan/en.wiki fixtures/zhezkazgan/lv.txt fixtures/zhezkazgan/en-old.txt

.PHONY: demo test lint typecheck unit docs package bench clean locale-data

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dump]'
	touch $@

$(VENV)/.installed-dev: pyproject.toml $(VENV)/.installed
	$(PY) -m pip install --quiet -e '.[dev,dump,dask,docs]'
	touch $@

# The infobox of the newest source, then one profile reconciled from all three sources,
# then a paragraph on what these showed (the flaws, told from the same commands' JSON
# output by tools/demo_story.py), then every settlement of a sample dump as a table
# (.venv/demo-settlements.jsonl).
demo: $(VENV)/.installed
	$(VENV)/bin/infobox parse $(DEMO_FILES)
	@echo
	$(VENV)/bin/infobox profile $(PROFILE_FILES)
	@echo
	$(PY) tools/demo_story.py $(PROFILE_FILES)
	@echo
	$(VENV)/bin/infobox dump fixtures/dumps/enwiki-sample-multistream.xml.bz2 \
		-o $(VENV)/demo-settlements.jsonl --force

test: lint typecheck unit docs package

lint: $(VENV)/.installed-dev
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

typecheck: $(VENV)/.installed-dev
	$(PY) -m mypy

unit: $(VENV)/.installed-dev
	$(PY) -m pytest -n auto

# The sdist and wheel as a release builds them (isolated), their metadata as PyPI renders
# it, then tools/check_dist.py: each archive's members, and the README's examples run
# against the wheel installed into a fresh environment, from outside the source tree.
package: $(VENV)/.installed-dev
	rm -rf dist
	$(PY) -m build --outdir dist .
	$(PY) -m twine check --strict dist/*
	$(PY) tools/check_dist.py dist

# The documentation site in docs/_build/html: every warning is an error (-W), and so is
# every cross-reference that does not resolve (-n); --keep-going lists them all at once.
# -E reads every page afresh: Sphinx does not see a changed docstring, and a page read
# before would not repeat its warnings.
docs: $(VENV)/.installed-dev
	$(PY) -m sphinx -E -W -n --keep-going -b html docs docs/_build/html

bench: $(VENV)/.installed-dev
	$(PY) benchmarks/bench_parse.py
	$(PY) benchmarks/bench_tree.py
	$(PY) benchmarks/bench_article.py
	$(PY) benchmarks/bench_memory.py
	$(PY) benchmarks/bench_dump.py --exports-only

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache .hypothesis build dist docs/_build docs/_generated

# Regenerate src/infobox/locale/cldr.json from the installed babel (CLDR); review the diff.
locale-data: $(VENV)/.installed-dev
	$(PY) -m infobox.locale.generate
