# The README's two commands. Both set everything up on a fresh machine.
#   make build  - create .venv, install kg, build the graph of seeds/ into out/
#   make test   - the same set-up with the test extras and Chromium, then the whole suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: build test install install-test browser bench clean

build: install
	$(BIN)/kg build seeds

test: install-test browser
	$(BIN)/pytest -q

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

install: $(VENV)/.installed
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e .
	touch $@

install-test: $(VENV)/.installed-test
$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e '.[test]'
	touch $(VENV)/.installed $@

# The browser tests drive Debian's Chromium through Playwright (no browser download).
browser:
	@bash .ci/install-chromium

bench: install
	$(BIN)/python bench/run_all.py

clean:
	rm -rf out .pytest_cache
