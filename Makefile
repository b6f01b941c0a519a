# The two commands a newcomer needs: `make run` (serve the site with demo content on SQLite) and
# `make test` (the whole suite; set DATABASE_URL to run it on PostgreSQL).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
LANGS := -l pt -l fr -l es

.PHONY: run test install install-dev install-browser lint messages

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed

install-dev: $(VENV)/.installed-dev

run: install
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_demo_content
	$(BIN)/python manage.py ensure_admin
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

# PYTEST_ARGS passes options on, e.g. make test PYTEST_ARGS='-m "not browser"'.
test: install-dev
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# What the browser tests need besides Python: Debian's Chromium and axe-core (pinned in
# tests/browser/package-lock.json). Without them `make test` skips the browser tests, saying why.
install-browser:
	[ -x /usr/bin/chromium ] || apt-get install -y --no-install-recommends chromium
	npm ci --prefix tests/browser --no-audit --no-fund

lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# Refresh the gettext catalogs from the code and templates, then compile them (needs GNU gettext).
messages: install
	$(BIN)/python manage.py makemessages $(LANGS) --no-obsolete --add-location file --ignore '$(VENV)/*' --ignore 'var/*' --ignore 'node_modules/*'
	$(BIN)/python manage.py compilemessages $(LANGS) --ignore '$(VENV)/*'
