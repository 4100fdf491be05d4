# Two commands matter: `make run` and `make test`. `make help` lists the rest.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000

.DEFAULT_GOAL := help

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# The site needs requirements/base.txt; the tests add requirements/dev.txt.
$(VENV)/.installed-base: requirements/base.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements/base.txt
	touch $@

$(VENV)/.installed-dev: requirements/dev.txt $(VENV)/.installed-base
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements/dev.txt
	touch $@

build/.frontend: package-lock.json scripts/frontend.py scripts/family.scss | $(VENV)/.installed-base
	$(BIN)/python scripts/frontend.py
	touch $@

install: $(VENV)/.installed-base build/.frontend messages ## Install the site's packages and assets, compile translations

messages: | $(VENV)/.installed-base ## Compile the translation catalogues in locale/
	$(BIN)/python manage.py compile_translations

run: install ## Set up the demo site and serve it on http://127.0.0.1:8000 (PORT overrides)
	$(BIN)/python manage.py migrate --no-input -v 0
	$(BIN)/python manage.py load_demo
	@echo "Serving Tower Hamlets on http://localhost:$(PORT)/, Newham on http://newham.localhost:$(PORT)/, Telford & Wrekin on http://telford.localhost:$(PORT)/  demo users: README.md, password: better-together"
	$(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

test: install $(VENV)/.installed-dev ## Run the whole test suite on the embedded default
	DJANGO_SETTINGS_MODULE=config.settings.test $(BIN)/python scripts/pytest_passes.py $(PYTEST_ARGS)

lint: install $(VENV)/.installed-dev ## ruff, Django's checks, and migrations that are up to date
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python manage.py check --fail-level WARNING
	$(BIN)/python manage.py makemigrations --check --dry-run

oruk-schemas: install ## Re-take the ORUK validator's schemas into openreferral/schemas (network)
	$(BIN)/python manage.py retake_oruk_schemas

translations: install $(VENV)/.installed-dev ## Refresh locale/*/django.po from the source (needs GNU gettext)
	$(BIN)/python manage.py makemessages -l bn -l so --no-obsolete --ignore=.venv --ignore=node_modules --ignore=build

clean: ## Remove the virtualenv, built assets, database and media
	rm -rf $(VENV) build node_modules db.sqlite3* media staticfiles

.PHONY: help install messages run test lint oruk-schemas translations clean
