# Two entry points, both working on a fresh machine with only Python 3.11+:
#   make run   - set up, then run the bot (Discord if DISCORD_TOKEN is set, else a console chat)
#   make test  - set up, then run every test
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test setup docs bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

setup: $(STAMP)

run: $(STAMP)
	$(BIN)/faqbot

# The browser test needs Debian's chromium, the store tests marked postgres Debian's postgresql
# (the tests start their own server): installed here when missing (as root); if that fails, the
# tests still run and those tests fail with the reason.
test: $(STAMP)
	-@sh tests/outreach/ensure_chromium.sh
	-@sh tests/ensure_postgresql.sh
	$(BIN)/python -m pytest

# The example export under docs/ (a test checks it is in sync with the FAQ and config.yaml).
docs: $(STAMP)
	$(BIN)/faqbot export --format html --output docs/faq.html
	$(BIN)/faqbot export --format md --output docs/faq.md
	$(BIN)/faqbot export --format json --output docs/faq.json

bench: $(STAMP)
	$(BIN)/python benchmarks/latency.py
	$(BIN)/python benchmarks/accuracy.py

clean:
	rm -rf $(VENV)
