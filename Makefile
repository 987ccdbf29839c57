# The two commands a newcomer needs: `make serve` and `make test`. Both create the virtual
# environment and install what they need on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SITE_STAMP := $(VENV)/.site-installed
TEST_STAMP := $(VENV)/.test-installed
SITE_DIR ?= site
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve site test check clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(SITE_STAMP): requirements.txt pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.txt
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $@

$(TEST_STAMP): requirements-test.txt $(SITE_STAMP)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements-test.txt
	touch $@

## Build and serve the site at http://127.0.0.1:8000, rebuilding when docs/ or sources/ change.
serve: $(SITE_STAMP)
	$(BIN)/mkdocs serve --livereload --dev-addr 127.0.0.1:8000

## Build the site into site/, failing on any warning.
site: $(SITE_STAMP)
	$(BIN)/mkdocs build --strict --site-dir $(SITE_DIR)

## Validate editions, themes and annotations; print file:line for every problem.
check: $(SITE_STAMP)
	$(BIN)/python -m synoptic check

## Install what the tests need and run them all (unit, build and browser tests).
test: $(TEST_STAMP)
	$(BIN)/python -m pytest

clean:
	rm -rf site $(VENV)
