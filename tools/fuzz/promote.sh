#!/usr/bin/env bash
# Turns the findings of the last run into regression inputs for FuzzRegressionTest:
#
#   tools/fuzz/promote.sh workbook|catalog
#
# Copies the minimised input (or, for a timeout, the original) of every finding in
# target/fuzz/<target>/findings/ to src/test/resources/fuzz/regressions/<target>/, named after its
# failure signature (and a hash of it); a name already there is kept (the first example of a signature stays).
set -euo pipefail

cd "$(dirname "$0")/../.."
target="${1:?workbook or catalog}"
to="src/test/resources/fuzz/regressions/${target}"
mkdir -p "$to"
for finding in target/fuzz/"${target}"/findings/*/; do
    # A short readable part and a hash of the whole signature: truncated slugs alone collide.
    hash="$(head -1 "$finding/finding.txt" | sha1sum | cut -c1-6)"
    name="$(basename "$finding" | sed -E 's/^[0-9]+-//' | cut -c1-48 | sed -E 's/-+$//')-$hash"
    source="$(ls -d "$finding"minimised* 2>/dev/null | head -1 || true)"
    [ -n "$source" ] || source="$(ls -d "$finding"original* | head -1)"
    file="$(basename "$source")"
    ext=""
    [[ "$file" == *.* ]] && ext=".${file##*.}"
    if [ -e "$to/$name$ext" ]; then
        echo "kept     $to/$name$ext"
    else
        cp -r "$source" "$to/$name$ext"
        echo "promoted $to/$name$ext  ($(head -1 "$finding/finding.txt"))"
    fi
done
