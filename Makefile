# Two entry points, both working on a fresh machine with only Python 3.11+:
#   make run   - set up, then run the bot (Discord if DISCORD_TOKEN is set, else a console chat)
#   make test  - set up, then run every test
# Without make (Windows): see docs/hosting.md, "Without make".
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
RUN_STAMP  := $(VENV)/.installed-run
TEST_STAMP := $(VENV)/.installed-test
LINT_STAMP := $(VENV)/.installed-lint

.PHONY: run test lint setup install docs bench clean

# First, before anything is installed: is $(PYTHON) 3.11 or newer, can it make a virtual
# environment, and was .venv made by it? (A .venv of another Python is removed, to be rebuilt.)
ifeq ($(filter clean,$(MAKECMDGOALS)),)
PYTHON_PROBLEM := $(shell problem=$$($(PYTHON) tools/check_python.py $(VENV)) || echo "$${problem:-$(PYTHON) does not run: faqbot needs Python 3.11 or newer (python.org; Debian/Ubuntu: apt install python3 python3-venv), then: make PYTHON=/path/to/python3.11 run}")
ifneq ($(PYTHON_PROBLEM),)
$(error $(PYTHON_PROBLEM))
endif
endif

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# `make run` installs what the bot needs only; `make test` adds the test tools.
$(RUN_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(TEST_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(RUN_STAMP)

$(LINT_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[lint]'
	touch $@

# setup: everything, tests included (for development); install: what the bot needs only (servers).
setup: $(TEST_STAMP)
install: $(RUN_STAMP)

run: $(RUN_STAMP)
	$(BIN)/faqbot

# The browser test needs Debian's chromium, the store tests marked postgres Debian's postgresql
# (the tests start their own server): installed here when missing (as root); if that fails, the
# tests still run and those tests fail with the reason.
test: $(TEST_STAMP)
	-@sh tests/outreach/ensure_chromium.sh
	-@sh tests/ensure_postgresql.sh
	$(BIN)/python -m pytest

# Style, formatting, types and the layer order (pyproject.toml: [tool.ruff], [tool.mypy],
# [tool.importlinter]). CI runs it before the tests.
lint: $(LINT_STAMP)
	$(BIN)/ruff check bot benchmarks tests tools
	$(BIN)/ruff format --check bot benchmarks tests tools
	$(BIN)/mypy
	$(BIN)/lint-imports

# The example export under docs/ (a test checks it is in sync with the FAQ and config.yaml as
# committed; uncommitted FAQ edits made from Discord never turn it red).
docs: $(RUN_STAMP)
	$(BIN)/faqbot export --no-changelog --format html --output docs/faq.html
	$(BIN)/faqbot export --no-changelog --format md --output docs/faq.md
	$(BIN)/faqbot export --no-changelog --format json --output docs/faq.json

bench: $(TEST_STAMP)
	$(BIN)/python benchmarks/latency.py
	$(BIN)/python benchmarks/accuracy.py

# Removes the virtual environment (make run or make test builds it again); data/ is kept.
clean:
	rm -rf $(VENV)
