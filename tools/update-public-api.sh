#!/usr/bin/env bash
# Rewrites PublicAPI.Unshipped.txt of every project in src/ that has one (or of the project folders given as
# arguments), from the code (the PublicApiAnalyzers code fixes RS0016/RS0017, run by dotnet format), then builds the
# projects to prove the files are complete.
# Fails loudly, restoring the previous files, when dotnet format fails, when a project with a public API ends up with
# an empty API list, or when the build still reports an undeclared (RS0016) or removed (RS0017) symbol.
# Review the diff: every line is a public API change.
set -euo pipefail
cd "$(dirname "$0")/.."

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
projects=()
folders=("$@")
(( ${#folders[@]} > 0 )) || folders=(src/*/)
for folder in "${folders[@]}"; do
  project="${folder%/}/$(basename "${folder%/}").csproj"
  [[ -f "$project" ]] || { printf 'update-public-api: error: no project %s\n' "$project" >&2; exit 1; }
  # Projects without a tracked public API (the build-time generator) are left alone.
  if [[ -f "$(dirname "$project")/PublicAPI.Unshipped.txt" ]]; then
    projects+=("$project")
  fi
done

restore_all() {
  for project in "${projects[@]}"; do
    local dir; dir="$(dirname "$project")"
    [[ -f "$work/${dir//\//_}" ]] && cp "$work/${dir//\//_}" "$dir/PublicAPI.Unshipped.txt"
  done
}
fail() { restore_all; printf 'update-public-api: error: %s Every PublicAPI.Unshipped.txt is as it was.\n' "$*" >&2; exit 1; }
entries() { grep -cv -e '^#nullable' -e '^[[:space:]]*$' "$1" || true; }

(( ${#projects[@]} > 0 )) || fail "no src/*/PublicAPI.Unshipped.txt found."
for project in "${projects[@]}"; do
  dir="$(dirname "$project")"
  cp "$dir/PublicAPI.Unshipped.txt" "$work/${dir//\//_}"
done

for project in "${projects[@]}"; do
  dir="$(dirname "$project")"
  api="$dir/PublicAPI.Unshipped.txt"
  printf '==> dotnet format (RS0016, RS0017): %s\n' "$project"
  printf '#nullable enable\n' > "$api"
  if ! dotnet format analyzers "$project" --diagnostics RS0016 RS0017 --severity info > "$work/format.log" 2>&1; then
    cat "$work/format.log" >&2
    fail "dotnet format failed for $project."
  fi
  { head -n 1 "$api"; tail -n +2 "$api" | LC_ALL=C sort -u; } > "$api.tmp" && mv "$api.tmp" "$api"
  if (( $(entries "$api") == 0 && $(entries "$dir/PublicAPI.Shipped.txt") == 0 )); then
    cat "$work/format.log" >&2
    fail "$api came out empty while nothing is shipped: the code fix did not run."
  fi
done

for project in "${projects[@]}"; do
  printf '==> check: dotnet build %s\n' "$project"
  if ! dotnet build "$project" -c Release -nologo > "$work/build.log" 2>&1; then
    if grep -E 'error RS00(16|17)' "$work/build.log" | sort -u >&2; then
      fail "the public API is still undeclared or removed after the fix."
    fi
    grep -E ': error ' "$work/build.log" | sort -u >&2 || tail -n 30 "$work/build.log" >&2
    fail "$project does not build for another reason; fix that first."
  fi
done

for project in "${projects[@]}"; do
  api="$(dirname "$project")/PublicAPI.Unshipped.txt"
  printf '%s: %s entries\n' "$api" "$(entries "$api")"
done
git --no-pager diff --stat -- 'src/*/PublicAPI.Unshipped.txt' || true
