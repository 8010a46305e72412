# Two commands for a fresh machine: `make run` (set up, start the app) and `make test`
# (set up, run every check). Both create .venv and install pinned packages on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
VENDOR := src/aceml/web/static/vendor
VENDOR_STAMP := $(VENDOR)/.installed
SWAGGER := node_modules/swagger-ui-dist
CODEMIRROR := node_modules/codemirror

.PHONY: run test check install bench clean

# Front-end assets come from the npm registry at setup and are served by the app itself.
$(VENDOR_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --silent
	mkdir -p $(VENDOR)/swagger-ui
	cp $(SWAGGER)/swagger-ui-bundle.js $(SWAGGER)/swagger-ui.css $(SWAGGER)/LICENSE $(SWAGGER)/NOTICE $(VENDOR)/swagger-ui/
	mkdir -p $(VENDOR)/codemirror $(VENDOR)/chart.js
	cp $(CODEMIRROR)/lib/codemirror.js $(CODEMIRROR)/lib/codemirror.css $(CODEMIRROR)/mode/python/python.js \
	   $(CODEMIRROR)/addon/edit/matchbrackets.js $(CODEMIRROR)/addon/edit/closebrackets.js \
	   $(CODEMIRROR)/LICENSE $(VENDOR)/codemirror/
	cp node_modules/chart.js/dist/chart.umd.min.js node_modules/chart.js/LICENSE.md $(VENDOR)/chart.js/
	touch $(VENDOR_STAMP)

$(STAMP): pyproject.toml requirements/constraints.txt $(VENDOR_STAMP)
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c requirements/constraints.txt -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(BIN)/aceml serve

test: $(STAMP)
	$(MAKE) check

check: $(STAMP)
	$(BIN)/ruff format --check src tests benchmarks
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy src
	$(BIN)/mypy tests benchmarks
	$(BIN)/lint-imports
	$(BIN)/aceml content validate
	$(BIN)/pytest --cov --cov-report=term

bench: $(STAMP)
	$(BIN)/python benchmarks/cli_startup.py

clean:
	rm -rf $(VENV) node_modules $(VENDOR) .pytest_cache .mypy_cache .ruff_cache .coverage htmlcov
