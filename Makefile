# Two commands matter: `make run` (the app on the bundled corpus) and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test index lint bench bench-full clean cluster test-cluster whoosh3-tests

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $(STAMP)

run: $(STAMP)  ## open the app; the first run builds the index
	$(BIN)/search-app

test: $(STAMP)  ## the whole test suite, live SolrCloud tests included when Java + Maven are there (CI runs exactly this)
	SEARCH_APP_CLUSTER=auto $(BIN)/python -m pytest

index: $(STAMP)
	$(BIN)/search-app index

lint: $(STAMP)
	$(BIN)/ruff check index search_app bench tests
	$(BIN)/ruff format --check index search_app bench tests

bench: $(STAMP)  ## bundled + real corpora, a few minutes
	$(BIN)/python -m bench --quick

bench-full: $(STAMP)  ## adds 100k and 1M paragraphs; long
	$(BIN)/python -m bench --full

cluster: $(STAMP)  ## a local 2-node SolrCloud (Java 17 + Maven; Ctrl+C stops it)
	$(BIN)/python -m index.backends.solr_local $(CLUSTER_ARGS)

test-cluster: $(STAMP)  ## only the tests against a live SolrCloud (they fail if Java/Maven are missing)
	SEARCH_APP_CLUSTER=1 $(BIN)/python -m pytest tests/cluster

whoosh3-tests: $(STAMP)  ## the pinned whoosh3's own test suite, with our patches installed
	$(BIN)/python -m bench.whoosh3_suite -q

clean:
	rm -rf $(VENV) .search-index .pytest_cache
