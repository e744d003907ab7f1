# SpotIt: the two commands are `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP_RUN := $(VENV)/.installed-run
STAMP_TEST := $(VENV)/.installed-test
STAMP_BUNDLE := $(VENV)/.installed-bundle
# A real learning record store for tests/lrs and `make bench`: Ralph, in its own venv
# (its pinned dependencies never meet SpotIt's), from tests/lrs/ralph-requirements.txt.
RALPH_VENV := .venv-ralph
RALPH_REQUIREMENTS := tests/lrs/ralph-requirements.txt
STAMP_RALPH := $(RALPH_VENV)/.installed
# `make bundle` output, and the program in it that `make bundle-check` starts.
BUNDLE_DIST := dist
BUNDLE_APP := $(BUNDLE_DIST)/SpotIt/SpotIt
ifeq ($(shell uname -s),Darwin)
BUNDLE_APP := $(BUNDLE_DIST)/SpotIt.app/Contents/MacOS/SpotIt
endif

# The translations (docs/translations.md): .ts files under version control, compiled to
# the .qm files the app loads.
TS_FILES := $(wildcard src/spotit/gui/translations/spotit_*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)

.PHONY: run test bench lint screenshots clean bundle bundle-check icons packaging-tools lrs-server \
	translations i18n-update

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Reinstall only when the project definition changes.
$(STAMP_RUN): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(STAMP_TEST): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(STAMP_RUN)

# Remade from scratch when the requirements change, so nothing of an old pin is left.
$(STAMP_RALPH): $(RALPH_REQUIREMENTS)
	rm -rf $(RALPH_VENV)
	$(PYTHON) -m venv $(RALPH_VENV)
	$(RALPH_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(RALPH_VENV)/bin/python -m pip install --quiet -r $(RALPH_REQUIREMENTS)
	touch $@

lrs-server: $(STAMP_RALPH)

%.qm: %.ts | $(STAMP_RUN)
	$(BIN)/pyside6-lrelease -silent -removeidentical $< -qm $@

translations: $(QM_FILES)

# After changing texts in the code: bring the .ts files up to date, then translate.
i18n-update: $(STAMP_RUN)
	$(BIN)/python tools/i18n.py update

run: $(STAMP_RUN) translations
	$(BIN)/spotit

# lint-imports: the layer contracts in pyproject.toml ([tool.importlinter]); no cache
# folder is left in the checkout.
test: $(STAMP_TEST) packaging-tools $(STAMP_RALPH) translations
	$(BIN)/lint-imports --no-cache
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -p no:cacheprovider

bench: $(STAMP_TEST) $(STAMP_RALPH) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench

screenshots: $(STAMP_TEST) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshots.py docs/screenshots --all
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/investigate_screenshots.py docs/images
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/editor_screenshots.py docs/images
	sh packaging/require-tools.sh
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/page_screenshots.py docs/images

lint: $(STAMP_TEST)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/lint-imports --no-cache

# The desktop app: dist/SpotIt (dist/SpotIt.app on macOS), runs with no Python installed.
$(STAMP_BUNDLE): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[bundle]'
	touch $@ $(STAMP_RUN)

bundle: $(STAMP_BUNDLE) translations
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN \
		--distpath $(BUNDLE_DIST) --workpath build/pyinstaller packaging/spotit.spec
	@du -sh $(BUNDLE_DIST)/SpotIt

# Starts the built app offscreen on its own content; fails if anything is missing from it.
bundle-check: bundle
	env -u SPOTIT_DATA_DIR -u SPOTIT_CONTENT_DIR QT_QPA_PLATFORM=offscreen $(BUNDLE_APP) --self-test

# Re-render the PNG/ICO/ICNS icons after editing packaging/icons/spotit.svg.
icons: $(STAMP_RUN)
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/render_icons.py

# System tools that tests/packaging run (installed when root, else the apt command is printed).
packaging-tools:
	@sh packaging/require-tools.sh

clean:
	rm -rf $(VENV) $(RALPH_VENV) build dist src/*.egg-info .pytest_cache .hypothesis
