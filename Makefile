# salesbook — one-command set-up for students, lecturers and CI.
#   make lab        set up .venv (first time only) and open JupyterLab on the welcome notebook
#   make test       set up .venv when needed, then run the whole test suite
#   make check      the quick loop (models, doctests, data, quiz and exercise banks; no kernels)
#   make present    presentation mode for lecturers (Voila, no code): make present HOOFDSTUK=4
#   make notebooks  re-execute every notebook in place (refreshes the stored outputs)
#   make data       regenerate the synthetic case data in data/ (fixed seeds: same files)
#   make bench      measure speed; writes benchmarks/latest.json
#   make lock       rewrite constraints.txt from the current .venv (after changing a pin)
#   make boek       rewrite the book references in the notebooks from data/boek.yaml (after filling in a §)

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.salesbook-installed
PORT   ?= 8888
PRESENT_PORT ?= 8866
HOOFDSTUK ?=
VOILA_FLAGS ?=

# Python keeps compiled modules in __pycache__ (git-ignored). Some containers switch that off
# (PYTHONDONTWRITEBYTECODE), and then every test process and every kernel compiles the package anew.
unexport PYTHONDONTWRITEBYTECODE

# JupyterLab refuses to run as root unless told it may (CI and containers run as root).
ROOT_FLAG := $(shell [ "$$(id -u)" = 0 ] && echo --allow-root)

.PHONY: setup lab test check present notebooks data bench lock boek clean help

help:
	@sed -n '2,11p' Makefile

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

# Both cores; a file stays on one worker (nbval runs a notebook's cells in order in one kernel).
test: $(STAMP)
	$(BIN)/python -m pytest -n 2 --dist loadfile

# The quick loop, no kernels and no browser: models, doctests, data, quiz and exercise banks.
check: $(STAMP)
	$(BIN)/python -m pytest -q -n 2 salesbook tests --ignore=tests/browser --ignore-glob='tests/test_widget*'

present: $(STAMP)
	@target=notebooks; \
	if [ -n "$(HOOFDSTUK)" ]; then \
	  nr=$$(printf '%02d' "$$(expr "$(HOOFDSTUK)" + 0 2>/dev/null)" 2>/dev/null); \
	  target=$$(ls notebooks/$${nr}_*.ipynb 2>/dev/null | head -n 1); \
	  if [ -z "$$target" ]; then \
	    echo "Hoofdstuk '$(HOOFDSTUK)' is er (nog) niet. Beschikbaar: $$(ls notebooks | sed -n 's/^\([0-9][0-9]\)_.*/\1/p' | tr '\n' ' ')"; \
	    exit 1; \
	  fi; \
	fi; \
	echo "Presentatiemodus: http://127.0.0.1:$(PRESENT_PORT)/ (stoppen met Ctrl+C)"; \
	JUPYTER_PATH="$(CURDIR)/present" $(BIN)/voila --template=projector --port=$(PRESENT_PORT) \
	  --Voila.ip=127.0.0.1 --Voila.port_retries=0 $(VOILA_FLAGS) "$$target"

notebooks: $(STAMP)
	$(BIN)/python tools/execute_notebooks.py

data: $(STAMP)
	$(BIN)/python -m salesbook.generate

boek: $(STAMP)
	$(BIN)/python -m salesbook.book --fix

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

lock: $(STAMP)
	@{ sed -n '1,3p' constraints.txt; $(BIN)/python -m pip freeze --exclude-editable | grep -v '^salesbook'; } > constraints.new
	@mv constraints.new constraints.txt
	@echo "constraints.txt bijgewerkt; pas pyproject.toml en environment.yml aan als een directe afhankelijkheid veranderde."

clean:
	rm -rf $(VENV) build *.egg-info
