#!/bin/sh
# check-exports.sh TOOL MODULE NAME...
#   Lists the functions MODULE exports (TOOL: nm for an ELF .so, objdump for a PE .dll)
#   and fails unless they are exactly NAME..., in any order.
set -eu
tool=$1
module=$2
shift 2
case $tool in
*objdump*) actual=$("$tool" -p "$module" |
               sed -n '/^\[Ordinal\/Name Pointer\] Table/,/^$/s/^[[:space:]]*\[ *[0-9]*\] //p') ;;
*) actual=$("$tool" -D --defined-only "$module" | awk '{print $3}') ;;
esac
actual=$(printf '%s\n' $actual | sort)
expected=$(printf '%s\n' "$@" | sort)
if [ "$actual" != "$expected" ]; then
    echo "exports of $module:"
    echo "$actual"
    echo "expected:"
    echo "$expected"
    exit 1
fi
echo "exports of $module: $(echo $actual)"
