# SIMFONI Latih: `make run` serves the demo, `make test` runs the whole suite.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
HOST   ?= 127.0.0.1:8000

.PHONY: run test lint install install-dev chromium migrate messages bench bench-load clean

$(VENV)/bin/activate:
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt $(VENV)/bin/activate
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements-dev.txt requirements.txt $(VENV)/.installed
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

migrate: install
	$(PY) manage.py migrate --no-input -v0

run: migrate
	$(PY) manage.py seed_demo
	@echo ""
	@echo "SIMFONI Latih is at http://$(HOST)/  (stop with Ctrl+C)"
	$(PY) manage.py runserver $(HOST)

# Browser tests drive Debian's Chromium; nothing is downloaded by Playwright itself.
chromium:
	@command -v chromium >/dev/null 2>&1 || test -x /usr/bin/chromium || { \
	  echo "Installing Debian's chromium for the browser tests..."; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=""; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; }

test: install-dev chromium
	$(PY) -m pytest $(PYTEST_ARGS)

# ruff with the security (S) and bugbear (B) rules; see ruff.toml for the few justified exceptions.
lint: install-dev
	$(VENV)/bin/ruff check .

# Regenerates the Indonesian catalogue after msgids change (needs gettext).
messages: install
	$(PY) manage.py makemessages -l id --no-location --ignore=$(VENV) --ignore=staticfiles
	$(PY) manage.py compilemessages -l id --ignore=$(VENV)

bench: install-dev
	$(PY) -m benchmarks

# The load harness starts and stops its own gunicorn; e.g. LOAD_ARGS="--trainees 1000 --burst 500".
bench-load: install-dev
	$(PY) -m benchmarks load $(LOAD_ARGS)

clean:
	rm -rf $(VENV) var staticfiles .pytest_cache .hypothesis
