#!/usr/bin/env bash
# score_zoo.sh DIR…: parse every page of each gold folder in one process and score it (score_parse.py).
set -uo pipefail
cd "$(dirname "$0")/.."
scorer=${SCORER:-../shared/tools/score_parse.py}
for dir in "$@"; do
    out=$(mktemp -d)
    .venv/bin/python manage.py parse_page "$dir"/*.txt --out "$out" >/dev/null
    printf '%-28s ' "$(basename "$dir")"
    .venv/bin/python "$scorer" --gold "$dir" --pred "$out" -q ${REQUIRE:-} | tail -1
    rm -rf "$out"
done
