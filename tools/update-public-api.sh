#!/usr/bin/env bash
# Rewrites src/NewsModel/PublicAPI.Unshipped.txt from the code (the PublicApiAnalyzers code fix, run by dotnet format).
# Review the diff: every line is a public API change.
set -euo pipefail
cd "$(dirname "$0")/.."
api=src/NewsModel/PublicAPI.Unshipped.txt
printf '#nullable enable\n' > "$api"
dotnet format analyzers src/NewsModel/NewsModel.csproj --diagnostics RS0016 --severity info >/dev/null 2>&1 || true
{ head -n 1 "$api"; tail -n +2 "$api" | LC_ALL=C sort -u; } > "$api.tmp" && mv "$api.tmp" "$api"
git --no-pager diff --stat -- "$api" || true
