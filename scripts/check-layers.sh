#!/bin/sh
# check-layers.sh [SRC_DIR]: fails if a folder of the engine (filters/src) includes a
# header of a folder above it or beside it. The order, lowest first (docs/architecture.md):
#   memory  <-  base  <-  core  <-  { isapi, native, static, appconfig, filtering, protocol }  <-  config
# Those six are peers: none includes another. config (w3host's settings) reads the file
# with appconfig's parser. native/bridge is part of native.
# Files directly in SRC_DIR (the composition root, extensions.c) may include any folder.
# A folder that is not in the order fails too, so that a new one gets its place.
set -eu
src=${1:-filters/src}

rank() {
    case $1 in
    memory) echo 0 ;;
    base) echo 1 ;;
    core) echo 2 ;;
    isapi | native | static | appconfig | filtering | protocol) echo 3 ;;
    config) echo 4 ;;
    *) echo "" ;;
    esac
}

[ -d "$src" ] || { echo "check-layers: no folder $src" >&2; exit 2; }
bad=0
files=$(find "$src" -mindepth 2 -type f \( -name '*.c' -o -name '*.cpp' -o -name '*.h' \) | sort)
for file in $files; do
    rel=${file#"$src"/}
    folder=${rel%%/*}
    own=$(rank "$folder")
    if [ -z "$own" ]; then
        echo "check-layers: $rel: folder '$folder' has no place in the order" >&2
        bad=1
        continue
    fi
    # Engine headers are included as "folder/name.h" from SRC_DIR; a name without a
    # folder is the file's own folder's or a public one (filters/include, compat).
    targets=$(sed -n 's/^[[:space:]]*#[[:space:]]*include[[:space:]]*"\([^"]*\/[^"]*\)".*/\1/p' "$file")
    for target in $targets; do
        to=${target%%/*}
        [ "$to" = "$folder" ] && continue
        other=$(rank "$to")
        if [ -z "$other" ]; then
            echo "check-layers: $rel includes \"$target\": '$to' is no engine folder" >&2
            bad=1
        elif [ "$other" -ge "$own" ]; then
            echo "check-layers: $rel includes \"$target\": $folder may include only folders below it" >&2
            bad=1
        fi
    done
done
if [ "$bad" -ne 0 ]; then
    echo "check-layers: dependencies must run one way: memory <- base <- core <- {isapi, native, static, appconfig, filtering, protocol} <- config" >&2
    exit 1
fi
echo "check-layers: $(echo "$files" | wc -l | tr -d ' ') files, dependencies run one way"
