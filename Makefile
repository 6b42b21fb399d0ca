# The two commands of the README, plus serve and bench. Everything runs from the project's own .venv.
PYTHON ?= python3
export NO_MKDOCS_2_WARNING := 1  # Material prints a banner about MkDocs 2 on every build
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: site test serve bench same-site clean

# constraints.txt: the tested version of every package, dependencies of dependencies too;
# npm ci: Pagefind, the search index the build makes (package.json, package-lock.json)
$(STAMP): pyproject.toml constraints.txt package.json package-lock.json
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c constraints.txt -e ".[test]"
	npm ci --no-audit --no-fund --loglevel=error
	touch $(STAMP)

site: $(STAMP)
	$(BIN)/mkdocs build --strict

serve: $(STAMP)
	$(BIN)/mkdocs serve --livereload

test: $(STAMP)
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python benchmarks/scale.py --table 7 70 700

# the site byte for byte as revision REF builds it, on the seed and on 70 plans with a git history
REF ?= main
same-site: $(STAMP)
	PLANSITE_SAME_SITE_AS=$(REF) $(BIN)/python -m pytest -q tests/test_same_site.py
	$(BIN)/python benchmarks/same_site.py --ref $(REF) --plans 70

clean:
	rm -rf site build .pytest_cache node_modules && find docs -mindepth 1 ! -name .gitignore -delete
