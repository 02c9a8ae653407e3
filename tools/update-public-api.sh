#!/usr/bin/env bash
# Rewrites the PublicAPI.Unshipped.txt of each packed library (src/NewsModel, src/NewsModel.AspNetCore, or the project
# folders given as arguments) from the code: the PublicApiAnalyzers code fix, run by dotnet format.
# Review the diff: every line is a public API change. Fails when a file comes out empty.
set -euo pipefail
cd "$(dirname "$0")/.."
projects=("$@")
if (( ${#projects[@]} == 0 )); then
  projects=(src/NewsModel src/NewsModel.AspNetCore)
fi
for project in "${projects[@]}"; do
  api="$project/PublicAPI.Unshipped.txt"
  printf '#nullable enable\n' > "$api"
  dotnet format analyzers "$project/$(basename "$project").csproj" --diagnostics RS0016 --severity info >/dev/null 2>&1 || true
  { head -n 1 "$api"; tail -n +2 "$api" | LC_ALL=C sort -u; } > "$api.tmp" && mv "$api.tmp" "$api"
  if (( $(wc -l < "$api") < 2 )) && (( $(wc -l < "$project/PublicAPI.Shipped.txt") < 2 )); then
    echo "error: $api came out empty (did the project build?)" >&2
    exit 1
  fi
done
git --no-pager diff --stat -- "${projects[@]/%//PublicAPI.Unshipped.txt}" || true
