#!/usr/bin/env bash
# Refresh the .ts sources from the code, then compile the .qm files.
# Chinese is the source language; approvals_gui_en.ts holds the English text.
set -euo pipefail
cd "$(dirname "$0")/../.."
sources=$(find approvals_gui -name '*.py' | sort)
ts=resources/translations/approvals_gui_en.ts
before=$(mktemp --suffix=.ts)
trap 'rm -f "$before"' EXIT
cp "$ts" "$before"
uv run pyside6-lupdate $sources -no-obsolete -locations none -ts "$ts"
# lupdate drops the plural forms of some messages it reads from Python: put them back.
uv run python resources/translations/keep_plurals.py "$before" "$ts"
uv run pyside6-lrelease resources/translations/approvals_gui_en.ts -qm resources/translations/approvals_gui_en.qm
# Qt's own strings its Chinese file lacks: kept by hand.
uv run pyside6-lrelease resources/translations/qtbase_extra_zh_CN.ts -qm resources/translations/qtbase_extra_zh_CN.qm
