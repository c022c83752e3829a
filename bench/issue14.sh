#!/usr/bin/env bash
# The whole issue-14 table in one command: both stores (SQLite, PostgreSQL) × both corpora (archive, long-form), each
# imported into an empty and into a non-empty store beside its same-state floor, then search p50/p99 on both stores.
#
#   bench/issue14.sh [size-mb]      # default 100 (each corpus); results in bench/results/issue14.json
#
# Starts (or reuses) the shared throw-away PostgreSQL of .ci/postgres; never stops it. Run from anywhere.
set -euo pipefail
cd "$(dirname "$0")/.."
eval "$(.ci/postgres start)"
dotnet build -c Release bench/StoryBot.Bench -v q -nologo
exec dotnet bench/StoryBot.Bench/bin/Release/net10.0/StoryBot.Bench.dll --size-mb "${1:-100}" --corpus both --store both \
    --only import,search --work "${STORYBOT_BENCH_WORK:-/tmp/storybot-bench-issue14}" --out bench/results/issue14.json
