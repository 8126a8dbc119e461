# Set-up and everyday commands. On a fresh machine: `make site`, then `make test`.
# Everything the project needs is installed from here: Python packages into .venv (pinned by
# constraints.txt), and these Debian packages when they are missing (apt-get, as root or via sudo):
#   libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz0b fonts-dejavu-core  WeasyPrint (the PDF)
#   poppler-utils                                                     tests read the PDF back
#   chromium                                                          tests drive the site in a browser
APT_SITE := libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz0b fonts-dejavu-core
APT_TEST := poppler-utils chromium

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: site test install system-deps-site system-deps-test extract lint bench clean

site: install system-deps-site
	$(BIN)/briefing build

# Screenshots taken by the browser and PDF tests (home page light and dark, the timeline diagram in
# both schemes, the PDF's first three pages) are kept in test-artifacts/screenshots.
test: install system-deps-site system-deps-test
	BRIEFING_SCREENSHOTS=$${BRIEFING_SCREENSHOTS:-test-artifacts/screenshots} $(BIN)/pytest

# Throughput, build stages by size, incremental rebuild, memory and --jobs: bench/results.md.
bench: install system-deps-site
	$(BIN)/python bench/run.py

extract: install
	$(BIN)/briefing extract seeds --out site_src/data

lint: install
	$(BIN)/ruff check generator tests tools bench
	$(BIN)/mypy generator

install: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e ".[test]"
	touch $(STAMP)

system-deps-site:
	@sh tools/apt-ensure.sh $(APT_SITE)

system-deps-test:
	@sh tools/apt-ensure.sh $(APT_TEST)

clean:
	rm -rf site .pytest_cache test-artifacts
