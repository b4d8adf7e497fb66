# salesbook — one-command set-up for students, lecturers and CI.
#   make lab        set up .venv (first time only) and open JupyterLab on the welcome notebook
#   make test       set up .venv when needed, then run the whole test suite
#   make notebooks  re-execute every notebook in place (refreshes the stored outputs)
#   make lock       rewrite constraints.txt from the current .venv (after changing a pin)

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.salesbook-installed
PORT   ?= 8888

# JupyterLab refuses to run as root unless told it may (CI and containers run as root).
ROOT_FLAG := $(shell [ "$$(id -u)" = 0 ] && echo --allow-root)

.PHONY: setup lab test notebooks lock clean help

help:
	@sed -n '2,6p' Makefile

setup: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' || { \
	  echo "salesbook heeft Python 3.11 of nieuwer nodig; '$(PYTHON)' is $$($(PYTHON) --version 2>&1)."; \
	  echo "Installeer Python 3.11+ of geef een andere aan: make $(MAKECMDGOALS) PYTHON=python3.12"; exit 1; }
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@if command -v uv >/dev/null 2>&1; then \
	  echo "Pakketten installeren met uv ..."; \
	  uv pip install --quiet --python $(BIN)/python -c constraints.txt -e '.[lab,test]'; \
	else \
	  echo "Pakketten installeren met pip (de eerste keer duurt dit een paar minuten) ..."; \
	  $(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[lab,test]'; \
	fi
	@touch $(STAMP)

lab: $(STAMP)
	$(BIN)/jupyter lab $(ROOT_FLAG) --port=$(PORT) notebooks/00_welkom.ipynb

test: $(STAMP)
	$(BIN)/python -m pytest

notebooks: $(STAMP)
	$(BIN)/python tools/execute_notebooks.py

lock: $(STAMP)
	@{ sed -n '1,3p' constraints.txt; $(BIN)/python -m pip freeze --exclude-editable | grep -v '^salesbook'; } > constraints.new
	@mv constraints.new constraints.txt
	@echo "constraints.txt bijgewerkt; pas pyproject.toml en environment.yml aan als een directe afhankelijkheid veranderde."

clean:
	rm -rf $(VENV) build *.egg-info
