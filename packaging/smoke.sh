#!/usr/bin/env bash
# Smoke test of a build: packaging/smoke.sh DIST_DIR (e.g. dist/yicibanjie).
# Runs the executables as an office desk would: with no uv and no Python on PATH and
# an empty environment, in a throwaway data folder.
set -euo pipefail

dist=${1:?usage: packaging/smoke.sh DIST_DIR}
dist=$(cd "$dist" && pwd)
cli="$dist/yicibanjie-cli"
gui="$dist/yicibanjie"
[ -x "$cli" ] && [ -x "$gui" ] || { echo "smoke: no executables in $dist" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db="$work/smoke.sqlite3"
# The desk: an empty environment whose PATH is an empty folder, so no uv and no Python
# can be found, whatever the machine has installed.
mkdir -p "$work/home" "$work/bin"
desk=(env -i "PATH=$work/bin" "HOME=$work/home" "LANG=C.UTF-8"
      "APPROVALS_GUI_DATA_DIR=$work/data")

passed=0
failed=0
step() {  # step NAME COMMAND…: runs it, prints its output on failure
    local name=$1
    shift
    if out=$("$@" 2>&1); then
        echo "ok    $name"
        passed=$((passed + 1))
    else
        echo "FAIL  $name"
        echo "$out" | sed 's/^/      /'
        failed=$((failed + 1))
    fi
}

expected=$(sed -n 's/^version = "\(.*\)"/\1/p' "$(dirname "$0")/../pyproject.toml" | head -n 1)
version_is() {
    local got
    got=$("${desk[@]}" "$1" --version)
    echo "$got"
    [ -z "$expected" ] || [[ "$got" == *" $expected" ]]
}
step "cli --version" version_is "$cli"
step "gui --version" version_is "$gui"
step "cli --help lists the window's options" \
    sh -c '"$@" --help | grep -q -- "--lang"' _ "${desk[@]}" "$cli"
step "demo --count 20" "${desk[@]}" "$cli" demo --count 20 --db "$db"
step "check" "${desk[@]}" "$cli" check --db "$db"
step "export applications (xlsx)" \
    "${desk[@]}" "$cli" export applications --db "$db" --out "$work/applications.xlsx"
step "export stats (pdf)" "${desk[@]}" "$cli" export stats --db "$db" --out "$work/stats.pdf"
server_refused() {  # psycopg and its libpq load, and say so in one line
    local out
    if out=$("${desk[@]}" "$cli" check --db "postgresql://smoke@127.0.0.1:9/none" 2>&1); then
        return 1
    fi
    echo "$out"
    [ "$(wc -l <<<"$out")" -eq 1 ] && [[ "$out" == error:* ]] && [[ "$out" != *unexpected* ]]
}
step "an unreachable server is one line (psycopg)" server_refused
step "an unknown command is an error" sh -c '! "$@" restor >/dev/null 2>&1' _ "${desk[@]}" "$cli"

gui_runs() {  # the window for a few seconds, offscreen: a time-out is success
    local out code=0
    out=$(timeout 8 "${desk[@]}" QT_QPA_PLATFORM=offscreen "$gui" --db "$db" 2>&1) || code=$?
    echo "$out"
    if grep -q "Traceback" <<<"$out"; then
        return 1
    fi
    [ "$code" -eq 0 ] || [ "$code" -eq 124 ]
}
step "window starts (offscreen, 8 s)" gui_runs
step "users add (argon2)" sh -c 'printf "smoke-pass-1234\n" | "$@"' _ "${desk[@]}" "$cli" \
    users add smoke --role admin --password-stdin --db "$db"
logs="$work/data/logs/approvals_gui.log"
step "no error in the log" sh -c '! grep -E "ERROR|Traceback" "$1"' _ "$logs"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
