# `make run` and `make test` set everything up from a fresh clone.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TS := $(wildcard resources/i18n/*.ts)
QM := $(TS:.ts=.qm)
# As root, make installs missing Debian packages; otherwise it names them.
SYSDEPS_ACTION := $(if $(filter 0,$(shell id -u)),install,check)

.PHONY: run test lint format bench translations update-translations sysdeps-run sysdeps-test dist dist-check clean

run: sysdeps-run $(STAMP) translations
	$(BIN)/diptych

test: sysdeps-test $(STAMP) translations lint
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

bench: sysdeps-test $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.bench

translations: $(STAMP) $(QM)

%.qm: %.ts
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# Refresh the .ts sources from the code; then translate with pyside6-linguist.
update-translations: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete -locations none $$(find viewer -name '*.py' | sort) $(addprefix -ts ,$(TS))

sysdeps-run:
	@packaging/sysdeps.sh $(SYSDEPS_ACTION) run

sysdeps-test:
	@packaging/sysdeps.sh $(SYSDEPS_ACTION) test

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

# A standalone onedir build in dist/diptych (packaging/diptych.spec), self-tested
# offscreen, then the portable tarball and the .deb (packaging/package.sh).
dist: $(STAMP) translations
	@packaging/dist.sh $(BIN)

# As root: install the .deb and the portable tarball into a minimal Debian
# chroot and run them there (packaging/dist-check.sh). It makes them with
# `make dist` only when they are missing, so `make dist && make dist-check`
# builds once.
dist-check:
	@packaging/dist-check.sh

clean:
	rm -rf $(VENV) build dist resources/i18n/*.qm
