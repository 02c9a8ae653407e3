#!/usr/bin/env bash
# Compiles every C# block of README.md and src/*/README.md against the packed NewsModel packages, and runs the quick start.
#
#   tools/readme-snippets.sh            (after: dotnet pack <each package> -c Release -o artifacts, as .ci/run does)
#
# Each ```csharp block goes into samples/NewsModel.PackageConsumer/Generated/, one file per block, with #line directives,
# so that a compile error names the README's own file and line. A block is a fragment unless the comment on the last
# non-blank line before it says otherwise (HTML comments do not show on GitHub or NuGet):
#
#   (no comment)                            a fragment: the body of a method, its `using X;` lines moved to the file's top,
#                                           `using NewsModel;` added; compiled, never run.
#   <!-- snippet: uses NewsPage page, string text -->
#                                           a fragment that reads names the README introduced earlier: they become the
#                                           method's parameters (type and name, as in C#).
#   <!-- snippet: web; uses ... -->         a fragment of an ASP.NET Core app: the Web SDK's implicit usings are added.
#   <!-- snippet: program -->               a whole program (top-level statements): the consumer's Program.cs, built and
#                                           run. Exactly one block is the program: the README's quick start.
#   <!-- snippet: skip REASON -->           not compiled; the reason is printed.
#
# The consumer restores into a package folder of its own (NUGET_PACKAGES), so that no NewsModel of the same version
# cached by an earlier build is used. Exits non-zero if a block does not compile or the quick start fails.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
root="$PWD"
consumer="$root/samples/NewsModel.PackageConsumer"
generated="$consumer/Generated"
version="$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' Directory.Build.props)"

for package in NewsModel NewsModel.Extensions.Localization NewsModel.Interchange NewsModel.AspNetCore; do
  if [[ ! -f "artifacts/$package.$version.nupkg" ]]; then
    echo "error: artifacts/$package.$version.nupkg is missing: run 'dotnet pack src/$package -c Release -o artifacts' first." >&2
    exit 1
  fi
done

rm -rf "$generated" "$consumer/bin" "$consumer/obj"
mkdir -p "$generated"

# Writes the blocks of one README; prints one line per block (what it became) on standard output.
extract() {
  awk -v readme="$1" -v path="$root/$1" -v out="$generated" '
    function trim(s) { sub(/^[ \t]+/, "", s); sub(/[ \t]+$/, "", s); return s }
    function emit(   parts, count, i, part, kind, uses, web, file, usings, have, u, cls, line) {
      kind = "fragment"; uses = ""; web = 0
      count = split(directive, parts, ";")
      for (i = 1; i <= count; i++) {
        part = trim(parts[i])
        if (part == "") continue
        if (part ~ /^skip( |$)/) { printf "  skipped: %s:%d: %s\n", readme, start, trim(substr(part, 5)); return }
        else if (part == "program") kind = "program"
        else if (part == "web") web = 1
        else if (part ~ /^uses /) uses = trim(substr(part, 6))
        else { printf "error: %s:%d: unknown snippet directive \"%s\"\n", readme, start - 1, part > "/dev/stderr"; failed = 1; return }
      }
      if (kind == "program") {
        if (programs++ > 0) { printf "error: %s:%d: a second program block (only the quick start is one)\n", readme, start - 1 > "/dev/stderr"; failed = 1; return }
        file = out "/Program.cs"
        printf "// Written by tools/readme-snippets.sh from %s, the C# block at line %d. Do not edit.\n", readme, start > file
        printf "#line %d \"%s\"\n", start, path > file
        for (i = 1; i <= n; i++) print lines[i] > file
        close(file)
        printf "  program:  %s:%d (Program.cs)\n", readme, start
        return
      }
      cls = readme; gsub(/[^A-Za-z0-9]+/, "_", cls); cls = cls "_L" start
      file = out "/" cls ".cs"
      # The block'"'"'s own using directives go to the top of the file; their lines stay, empty, so that line numbers hold.
      usings = ""; delete have
      for (i = 1; i <= n; i++) {
        if (lines[i] ~ /^using [A-Za-z_][A-Za-z0-9_.]*;[ \t]*$/) {
          u = trim(lines[i]); if (!(u in have)) { have[u] = 1; usings = usings u "\n" }; lines[i] = ""
        }
      }
      if (!("using NewsModel;" in have)) usings = "using NewsModel;\n" usings
      if (web) {
        usings = usings "using Microsoft.AspNetCore.Builder;\nusing Microsoft.AspNetCore.Hosting;\nusing Microsoft.AspNetCore.Http;\n" \
                        "using Microsoft.AspNetCore.Routing;\nusing Microsoft.Extensions.Configuration;\nusing Microsoft.Extensions.DependencyInjection;\n" \
                        "using Microsoft.Extensions.Hosting;\nusing Microsoft.Extensions.Logging;\n"
      }
      printf "// Written by tools/readme-snippets.sh from %s, the C# block at line %d. Do not edit.\n", readme, start > file
      printf "%s\nnamespace ReadmeSnippets;\n\ninternal static class %s\n{\n", usings, cls > file
      printf "    public static async Task Run(%s)\n    {\n#line %d \"%s\"\n", uses, start, path > file
      for (i = 1; i <= n; i++) print lines[i] > file
      printf "#line default\n        await Task.CompletedTask;\n    }\n}\n" > file
      close(file)
      printf "  fragment: %s:%d%s\n", readme, start, uses == "" ? "" : " (uses " uses ")"
    }
    !inside && /^```csharp[ \t]*$/ {
      inside = 1; start = NR + 1; n = 0
      directive = ""
      if (previous ~ /^<!-- snippet: .* -->[ \t]*$/) { directive = previous; sub(/^<!-- snippet: */, "", directive); sub(/ *-->[ \t]*$/, "", directive) }
      next
    }
    inside && /^```/ { inside = 0; emit(); previous = ""; next }
    inside { lines[++n] = $0; next }
    /[^ \t]/ { previous = $0 }
    END {
      if (inside) { printf "error: %s: a C# block is not closed\n", readme > "/dev/stderr"; failed = 1 }
      exit failed
    }
  ' "$1"
}

echo "C# blocks of the READMEs, into ${generated#"$root"/}:"
for readme in README.md src/*/README.md; do
  extract "$readme"
done
if [[ ! -f "$generated/Program.cs" ]]; then
  echo "error: no block is marked <!-- snippet: program --> (the README's quick start)." >&2
  exit 1
fi

# A package folder of its own: the packages come from artifacts/ as packed now, not from any cache.
# NEWSMODEL_CONSUMER_PACKAGES names a folder to keep; by default a new one is made and removed at the end.
if [[ -n "${NEWSMODEL_CONSUMER_PACKAGES:-}" ]]; then
  export NUGET_PACKAGES="$NEWSMODEL_CONSUMER_PACKAGES"
else
  NUGET_PACKAGES="$(mktemp -d)"
  export NUGET_PACKAGES
  trap 'rm -rf "$NUGET_PACKAGES"' EXIT
fi
echo "Building ${consumer#"$root"/} against NewsModel $version from artifacts/ (warnings are errors; packages in $NUGET_PACKAGES)"
dotnet build "$consumer" -c Release -p:NewsModelVersion="$version" -nologo -clp:NoSummary -v:q

echo "Running the quick start (Program.cs)"
mkdir -p artifacts
dotnet run --project "$consumer" -c Release --no-build -p:NewsModelVersion="$version" > artifacts/quick-start.txt
if ! grep -qx 'Same page after JSON: True' artifacts/quick-start.txt; then
  echo "error: the quick start did not print 'Same page after JSON: True' (artifacts/quick-start.txt)." >&2
  exit 1
fi
head -n 6 artifacts/quick-start.txt
echo "... ($(wc -l < artifacts/quick-start.txt) lines in artifacts/quick-start.txt)"
