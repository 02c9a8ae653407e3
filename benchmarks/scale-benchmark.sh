#!/usr/bin/env bash
# The scale benchmark of issue 10: generates 10,000 and 100,000 pages with tools/make-corpus (page-text files, seed 1)
# and times `newsmodel convert` of each to one NDJSON file with --parallel 1 and with every core, from three inputs: the
# folder of page-text files, the same files in one stored zip, and their NDJSON (JSON to NDJSON). It prints pages/s
# (the command's own summary, which leaves out the process start; and by wall clock), pages per CPU-second
# (user + system time: the cost per core whatever the machine's load), and the peak
# working set (maximum resident set size, from /usr/bin/time -v).
#
# --parallel 1 runs are pinned to one core (taskset -c 0): "per core" is then literal. For the page-text inputs each of
# them follows a run of the floor on the same core (`NewsModel.Benchmarks convert-floor`: read each page, decode it to
# UTF-16, encode it back to UTF-8, write it; no parsing and no JSON), so the floor's pages/s and convert's share of it
# come from the same minute of a machine whose speed varies from run to run. Each convert run is made by the JIT-compiled
# command and by the native one (`-p:NativeCli=true`, rows "(native)"); BUILDS chooses (default "jit native").
#
#   benchmarks/scale-benchmark.sh [work-folder]      (default: a temporary folder, removed afterwards)
#
# Needs GNU time (/usr/bin/time) and python3 (to write the zip). Each run is repeated RUNS times (default 2); every run's
# line is printed. INPUTS chooses the inputs (default "folder zip ndjson").
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
work="${1:-}"
if [[ -z "$work" ]]; then
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
fi
runs="${RUNS:-2}"
inputs="${INPUTS:-folder zip ndjson}"
cores="$(nproc)"

dotnet build -c Release "$root/tools/make-corpus" -v quiet -nologo > /dev/null
dotnet build -c Release "$root/samples/NewsModel.Cli" -v quiet -nologo > /dev/null
corpus_tool="$root/tools/make-corpus/bin/Release/net10.0/MakeCorpus.dll"
dotnet build -c Release "$root/benchmarks/NewsModel.Benchmarks" -v quiet -nologo > /dev/null
cli="$root/samples/NewsModel.Cli/bin/Release/net10.0/NewsModel.Cli.dll"
floor="$root/benchmarks/NewsModel.Benchmarks/bin/Release/net10.0/NewsModel.Benchmarks.dll"
builds="${BUILDS:-jit native}"
if [[ " $builds " == *" native "* ]]; then
  dotnet publish -c Release "$root/samples/NewsModel.Cli" -p:NativeCli=true -o "$work/native-cli" -v quiet -nologo > /dev/null
fi

# One table row from a run's GNU time log: input, pages, --parallel, the summary's pages/s, the log.
row() {
  local wall cpu rss
  wall="$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s }' "$5")"
  cpu="$(awk -F': ' '/User time/ { u = $2 } /System time/ { s = $2 } END { print u + s }' "$5")"
  rss="$(awk -F': ' '/Maximum resident set size/ { printf "%.0f MB", $2 / 1024 }' "$5")"
  awk -v i="$1" -v c="$2" -v p="$3" -v m="$4" -v w="$wall" -v cpu="$cpu" -v r="$rss" \
    'BEGIN { printf "| %s | %d | %d | %s | %.2f | %.0f | %.2f | %.0f | %s |\n", i, c, p, m, w, c / w, cpu, c / cpu, r }'
}

printf '| input | pages | --parallel | pages/s (summary) | wall s | pages/s (wall) | CPU s (user+sys) | pages per CPU-second | peak working set |\n'
printf '|---|---:|---:|---:|---:|---:|---:|---:|---:|\n'
for count in 10000 100000; do
  corpus="$work/corpus-$count"
  [[ -d "$corpus" ]] || dotnet "$corpus_tool" --count "$count" --seed 1 --out "$corpus" 2> /dev/null
  for input in $inputs; do
    case "$input" in
      folder) source="$corpus" ;;
      zip)
        source="$work/corpus-$count.zip"
        [[ -f "$source" ]] || python3 - "$corpus" "$source" <<'PY'
import os, sys, zipfile
root, target = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(target, "w", zipfile.ZIP_STORED) as archive:
    for folder, folders, files in os.walk(root):
        folders.sort()
        for name in sorted(files):
            path = os.path.join(folder, name)
            archive.write(path, os.path.relpath(path, root))
PY
        ;;
      ndjson)
        source="$work/corpus-$count.ndjson"
        [[ -f "$source" ]] || dotnet "$cli" convert "$corpus" --to ndjson --out "$source" --quiet
        ;;
      *) echo "unknown input '$input' (folder, zip, ndjson)" >&2; exit 2 ;;
    esac
    # One untimed read first, so that no timed run reads from the disk rather than the page cache.
    find "$source" -type f -exec cat {} + > /dev/null
    for parallel in 1 "$cores"; do
      for _ in $(seq "$runs"); do
        pin=()
        if [[ "$parallel" == 1 ]]; then
          command -v taskset > /dev/null && pin=(taskset -c 0)
          if [[ "$input" != ndjson ]]; then
            log="$work/floor.log"
            /usr/bin/time -v "${pin[@]}" dotnet "$floor" convert-floor "$source" "$work/floor.out" 2> "$log"
            row "$input (floor)" "$count" 1 "$(sed -n 's/^Floor: .*: \([0-9,]*\) pages\/s\.$/\1/p' "$log")" "$log"
          fi
        fi
        for build in $builds; do
          log="$work/time.log"
          if [[ "$build" == native ]]; then
            command=("$work/native-cli/NewsModel.Cli")
            label="$input (native)"
          else
            command=(dotnet "$cli")
            label="$input"
          fi
          /usr/bin/time -v "${pin[@]}" "${command[@]}" convert "$source" --to ndjson --out "$work/out.ndjson" --parallel "$parallel" 2> "$log"
          row "$label" "$count" "$parallel" "$(sed -n 's/^Converted .*: \([0-9,]*\) pages\/s\.$/\1/p' "$log")" "$log"
        done
      done
    done
  done
done
