# Pantau: `make run` (set up, then extract the bundled examples) and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.pantau-installed

.PHONY: run test lint train eval bench clean

$(STAMP): pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/pantau ingest examples --db pantau.db
	$(BIN)/pantau events --db pantau.db

test: $(STAMP)
	$(BIN)/ruff check src tests scripts benchmarks
	$(BIN)/python -m pytest

train: $(STAMP)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements-train.txt
	$(BIN)/python scripts/build_gazetteer.py
	$(BIN)/python scripts/train_models.py

eval: $(STAMP)
	$(BIN)/pantau eval ../shared/seed ../shared/eval/dev-id eval/dev-en

clean:
	rm -rf $(VENV) pantau.db
