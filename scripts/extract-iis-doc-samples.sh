#!/bin/bash
# Collects the complete C++ samples of the IIS native-code API reference from a
# checkout of the public IIS documentation repository (DOCS_REPO) into OUTDIR, as
# NNN-name.cpp: every fenced C++ block of a reference page, and every sample file
# a page pulls in with [!code-cpp[...](path)], that defines a module or filter
# entry point (RegisterModule, or GetFilterVersion/HttpFilterProc).
# A sample reached from several pages is written once.
# The output is third-party text: keep it outside the repository.
set -eu

if [ $# -ne 2 ]; then
    echo "usage: $0 DOCS_REPO OUTDIR" >&2
    exit 2
fi
ref=$1/iis/web-development-reference/native-code-api-reference
out=$2
[ -d "$ref" ] || { echo "$0: no $ref" >&2; exit 1; }
mkdir -p "$out"

seen=$(mktemp)
block=$(mktemp)
trap 'rm -f "$seen" "$block"' EXIT

# True when the file is a whole program that defines (not merely mentions or
# declares, as a reference page's syntax block does) an entry point.
defines_entry_point() {
    grep -q '#include' "$1" &&
        grep -Eq '^[^/;]*\b(RegisterModule|GetFilterVersion|HttpFilterProc)[[:space:]]*\([^;]*$' "$1"
}

keep() { # FILE NAME
    defines_entry_point "$1" || return 0
    local sum
    sum=$(cksum < "$1" | cut -d' ' -f1)
    grep -qx "$sum" "$seen" && return 0
    echo "$sum" >> "$seen"
    cp "$1" "$out/$(printf '%03d' "$(wc -l < "$seen")")-$2.cpp"
}

for page in "$ref"/*.md; do
    base=$(basename "$page" .md)
    # Fenced blocks (```cpp or bare ```), NUL-separated, CRs removed.
    while IFS= read -r -d '' text; do
        printf '%s\n' "$text" > "$block"
        keep "$block" "$base"
    done < <(awk '
        { sub(/\r$/, "") }
        /^[ \t]*```/ {
            if (inside) { inside = 0; printf "%c", 0; next }
            lang = $0; sub(/^[ \t]*```/, "", lang); gsub(/[ \t]/, "", lang)
            if (lang == "" || lang == "cpp" || lang == "c++" || lang == "c") inside = 1
            next
        }
        inside { print }
    ' "$page")
    # Sample files pulled in by reference, relative to the page.
    grep -o '\[!code-cpp\[[^]]*\]([^)#]*' "$page" | sed 's/.*](//' | sort -u |
        while IFS= read -r rel; do
            f=$ref/$rel
            [ -f "$f" ] && keep "$f" "$(basename "$f" .cpp)"
        done
done
echo "$(wc -l < "$seen") samples written to $out"
