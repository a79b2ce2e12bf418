#!/usr/bin/env bash
# Refresh the .ts sources from the code, then compile the .qm files.
# Chinese is the source language; approvals_gui_en.ts holds the English text.
set -euo pipefail
cd "$(dirname "$0")/../.."
sources=$(find approvals_gui -name '*.py' | sort)
uv run pyside6-lupdate $sources -no-obsolete -locations none -ts resources/translations/approvals_gui_en.ts
uv run pyside6-lrelease resources/translations/approvals_gui_en.ts -qm resources/translations/approvals_gui_en.qm
# Qt's own strings its Chinese file lacks: kept by hand.
uv run pyside6-lrelease resources/translations/qtbase_extra_zh_CN.ts -qm resources/translations/qtbase_extra_zh_CN.qm
