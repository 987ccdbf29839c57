# The two commands a newcomer needs: `make serve` and `make test`. Both create the virtual
# environment and install what they need on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SITE_STAMP := $(VENV)/.site-installed
TEST_STAMP := $(VENV)/.test-installed
BENCH_STAMP := $(VENV)/.bench-installed
SITE_DIR ?= site
PORT ?= 8000
# BROWSER=0 skips the browser tests, by choice: the summary line reports them as skipped.
BROWSER ?= 1
# Test processes (pytest-xdist): the suite's builds and browsers keep two cores busy. Work
# stealing: a worker that runs out takes the other's queued tests (with the default `load`,
# one worker sat idle behind the other's long builds: 182-189 s against 156-163 s).
JOBS ?= 2
# The benchmark's collection sizes and builds per size (`make bench`).
SIZES ?= 3,10,30,100
RUNS ?= 3
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve site offline test check bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(SITE_STAMP): requirements.txt pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.txt
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $@

$(TEST_STAMP): requirements-test.txt $(SITE_STAMP)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements-test.txt
	touch $@

$(BENCH_STAMP): requirements-bench.txt $(SITE_STAMP)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements-bench.txt
	touch $@

## Build and serve the site at http://127.0.0.1:$(PORT) (default 8000), rebuilding when docs/ or
## sources/ change. Checks the port first: a taken port is one line, not a build and a traceback.
serve: $(SITE_STAMP)
	@$(BIN)/python -c "import socket, sys; s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1); s.bind(('127.0.0.1', $(PORT)))" 2>/dev/null \
	  || { echo "Port $(PORT) is taken (another server is running there): stop it, or run 'make serve PORT=8001'."; exit 1; }
	$(BIN)/mkdocs serve --livereload --dev-addr 127.0.0.1:$(PORT)

## Build the site into site/, failing on any warning.
site: $(SITE_STAMP)
	$(BIN)/mkdocs build --strict --site-dir $(SITE_DIR)

## Build the site into site/ (strictly) with its offline copy, $(SITE_DIR)/synoptic-offline.zip. Every
## build writes the zip into the site it packs, so that the home page's download link always works.
offline: site
	@echo "Offline copy: $(SITE_DIR)/synoptic-offline.zip (unzip it, then open synoptic/index.html)"

## Validate editions, themes and annotations; print file:line for every problem.
check: $(SITE_STAMP)
	$(BIN)/python -m synoptic check

## Install what the tests need and run them all (unit, build and browser tests). The browser
## tests need Debian's Chromium (apt-get install chromium); BROWSER=0 skips them, and says so.
test: $(TEST_STAMP)
	$(BIN)/ruff check plugins scripts tests
	$(BIN)/ruff format --check plugins scripts tests
	SYNOPTIC_BROWSER=$(BROWSER) $(BIN)/python -m pytest -n $(JOBS) --dist worksteal

## Time Synoptic against a plain mkdocs-material build (SIZES=3,10,30,100 essays, RUNS=3 each) and
## rewrite docs/performance.md and its plot; minutes at the default sizes.
bench: $(BENCH_STAMP)
	$(BIN)/python scripts/bench.py --sizes $(SIZES) --runs $(RUNS)

clean:
	rm -rf site $(VENV)
