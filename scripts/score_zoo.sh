#!/usr/bin/env bash
# score_zoo.sh DIR…: parse every page of each gold folder in one process and score it (score_parse.py).
# REQUIRE="--require segmentation=0.95 …" makes a folder below a figure fail the script (exit 1).
set -uo pipefail
cd "$(dirname "$0")/.."
scorer=${SCORER:-../shared/tools/score_parse.py}
rc=0
for dir in "$@"; do
    out=$(mktemp -d)
    .venv/bin/python manage.py parse_page "$dir"/*.txt --out "$out" >/dev/null || rc=1
    printf '%-28s ' "$(basename "$dir")"
    # shellcheck disable=SC2086  # REQUIRE holds several options
    .venv/bin/python "$scorer" --gold "$dir" --pred "$out" -q ${REQUIRE:-} | tail -1 || rc=1
    rm -rf "$out"
done
exit "$rc"
