# LEEF MEE — `make help` lists the targets.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000
PG_URL ?= postgres://postgres@127.0.0.1:5432

.DEFAULT_GOAL := help
.PHONY: help browser pdftools java lighthouse setup assets run serve migrate demo messages compilemessages test test-postgres lint check audit audit-ci clean bench bench-postgres bench-kaart mutants

help: ## List the targets
	@grep -E '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "}; {printf "  make %-16s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	@command -v msgfmt >/dev/null || { echo "Installing gettext (msgfmt) for the translations"; \
	  apt-get update -qq && apt-get install -y -qq gettext >/dev/null; }
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

browser: ## Install Debian's chromium for the browser tests (needs root; skipped otherwise)
	@if command -v chromium >/dev/null; then :; \
	elif [ "$$(id -u)" = 0 ]; then echo "Installing chromium for the browser tests"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	else echo "chromium is not installed: the browser tests will be skipped (CI=true makes them fail)"; fi

pdftools: ## Install Debian's poppler-utils (pdftoppm) for the print-colour test (needs root; skipped otherwise)
	@if command -v pdftoppm >/dev/null; then :; \
	elif [ "$$(id -u)" = 0 ]; then echo "Installing poppler-utils for the print-colour test"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils >/dev/null; \
	else echo "pdftoppm is not installed: the print-colour test will be skipped (CI=true makes it fail)"; fi

java: ## Install Debian's default-jre-headless for the Nu Html Checker (vnu) in the tests (needs root; skipped otherwise)
	@if command -v java >/dev/null; then :; \
	elif [ "$$(id -u)" = 0 ]; then echo "Installing Java for the Nu Html Checker"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless >/dev/null; \
	else echo "java is not installed: the HTML checker test will be skipped (CI=true makes it fail)"; fi

setup: $(STAMP) node_modules/.installed compilemessages browser pdftools java ## Create or update .venv, node_modules, chromium, pdftoppm and java

lighthouse: setup ## Lighthouse scores (mobile, desktop) of the demo on gunicorn with the production settings
	$(PY) scripts/lighthouse.py

assets: ## Refresh the vendored front-end files (Leaflet) from the npm registry after changing package.json
	npm ci --no-audit --no-fund
	mkdir -p kaart/static/kaart/vendor/leaflet
	cp node_modules/leaflet/dist/leaflet.js node_modules/leaflet/dist/leaflet.js.map node_modules/leaflet/dist/leaflet.css kaart/static/kaart/vendor/leaflet/
	cp -r node_modules/leaflet/dist/images kaart/static/kaart/vendor/leaflet/
	cp node_modules/leaflet/LICENSE kaart/static/kaart/vendor/leaflet/LICENSE
	@# What the vendored files reference (source maps) must be there too: collectstatic's manifest
	@# storage fails on a missing reference, and then every production page is a 500.
	@for f in kaart/static/kaart/vendor/leaflet/*.js kaart/static/kaart/vendor/leaflet/*.css; do \
	  for ref in $$(grep -o 'sourceMappingURL=[^ *]*' "$$f" | cut -d= -f2); do \
	    cp "node_modules/leaflet/dist/$$ref" kaart/static/kaart/vendor/leaflet/ || exit 1; \
	  done; \
	done

bench-kaart: migrate ## Map pages only, on the development database: generate OFFERINGS=2000 and print p50/p95 and queries
	$(PY) manage.py generate_bench_data --offerings $${OFFERINGS:-2000}
	$(PY) bench/kaart.py

compilemessages: $(STAMP) ## Compile the .po files in locale/
	$(PY) manage.py compilemessages --ignore=.venv --ignore=node_modules -v0

migrate: setup ## Apply the database migrations
	$(PY) manage.py migrate --noinput -v0

demo: migrate ## Load the demo content (idempotent) for the port `make run` serves on (PORT)
	$(PY) manage.py load_demo --port $(PORT)

run: demo ## Set everything up, load the demo content and serve the site on http://127.0.0.1:8000/ (PORT=...)
	@echo "LEEF MEE: http://$(HOST):$(PORT)/  admin: http://$(HOST):$(PORT)/admin/ (see README for the demo accounts)"
	@echo "Second municipality: http://kustmeer.localhost:$(PORT)/"
	PORT=$(PORT) $(PY) manage.py runserver $(HOST):$(PORT)

messages: setup ## Extract interface strings into the .po files
	$(PY) manage.py makemessages -l nl -l en -l pl -l uk -l ar -l tr --ignore=.venv --ignore=node_modules --no-obsolete

test: setup ## Run the whole test suite (SQLite by default; DATABASE_URL selects another database)
	$(PY) -m pytest

test-postgres: setup ## Run the test suite against a fresh PostgreSQL database (browser tests: see `make test`)
	@db=leefmee_test_$$$$; \
	psql "$(PG_URL)/postgres" -qc "CREATE DATABASE $$db" && \
	DATABASE_URL="$(PG_URL)/$$db" $(PY) -m pytest --create-db -m "not browser"; status=$$?; \
	psql "$(PG_URL)/postgres" -qc "DROP DATABASE IF EXISTS $$db" >/dev/null; \
	psql "$(PG_URL)/postgres" -qc "DROP DATABASE IF EXISTS test_$$db" >/dev/null; exit $$status

bench: setup ## Benchmark on a separate SQLite file: SCALE=1 (10,000 offerings), server time, queries, gunicorn load
	$(PY) bench/run.py --scale $${SCALE:-0.2} $(BENCH_ARGS)

bench-postgres: setup ## The same benchmark on a fresh PostgreSQL database leefmee_bench (PG_URL)
	$(PY) bench/run.py --scale $${SCALE:-0.2} --database-url "$(PG_URL)/leefmee_bench" $(BENCH_ARGS)

check: lint ## Django system checks, migrations check and lint (ruff, import contracts)
	$(PY) manage.py check
	$(PY) manage.py makemigrations --check --dry-run

# --strict: a package that could not be checked (for example because neither PyPI's JSON API nor
# api.osv.dev can be reached) fails the audit too; an audit that did not run is never a pass.
AUDIT_SERVICE ?= pypi
audit: setup ## Check the installed packages for known vulnerabilities (pip-audit; fails if it cannot check)
	@$(VENV)/bin/pip-audit --strict --skip-editable --progress-spinner off -s $(AUDIT_SERVICE) \
	  || { status=$$?; echo "make audit: FAILED (exit $$status): known vulnerabilities above, or the vulnerability" \
	       "service ($(AUDIT_SERVICE)) could not be reached and packages were not checked. Not a pass." >&2; exit $$status; }

audit-ci: setup ## CI's audit: fails on known vulnerabilities; reports NOT CHECKED when no service is reachable
	$(PY) scripts/audit.py $(AUDIT_SERVICE)

mutants: setup ## Mutation testing of the rules on rights, visibility, filters, readiness, readability, retention and limits (not in CI; MODULES=... for some)
	$(PY) scripts/mutanten.py $(MODULES)

lint: setup ## ruff, and the import contracts in pyproject.toml (import-linter: imports flow one way)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports --no-cache

clean: ## Remove the virtualenv, the SQLite database and generated files
	rm -rf $(VENV) node_modules db.sqlite3 lighthouse.sqlite3 media staticfiles .pytest_cache test-results mutants
