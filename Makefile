# `make run` and `make test` set everything up themselves: a .venv with the project installed.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PORT ?= 7440

.PHONY: run test lint bench clean browser extension-test
NODE_DEPS := extension/node_modules/.package-lock.json

# Reinstall only when the project's metadata changed (the install is editable, so code edits need none).
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/newsdigest serve --port $(PORT)

lint: $(STAMP)
	$(BIN)/ruff check server tests bench training

# The browser tests drive Debian's Chromium (no browser download); install it when missing and root.
browser:
	@command -v chromium >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null; } || \
		echo "chromium is not installed and cannot be: the browser tests will be skipped"

# The extension's own tools (web-ext) come from the npm registry, pinned by its package-lock.json.
$(NODE_DEPS): extension/package.json extension/package-lock.json
	cd extension && npm ci --no-audit --no-fund --loglevel=error

extension-test: $(NODE_DEPS)
	cd extension && npm test --silent && npm run lint --silent

test: $(STAMP) lint browser extension-test
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python bench/clip_roundtrip.py

clean:
	rm -rf $(VENV) build .build.spare .build.lock .pytest_cache .ruff_cache test-artifacts extension/node_modules
