#!/usr/bin/env bash
# Times the whole `yusuan booklet` command (JVM start included) against LibreOffice converting only
# the program's own tables workbook (xlsx → PDF), in the same run, and prints both and the ratio.
# Needs: java, mvn (to build the jar if missing), soffice (libreoffice-calc); hyperfine if present,
# otherwise repeated `date +%s%N` runs. Usage: tools/bench/booklet-vs-libreoffice.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-10}
jar=target/yusuan.jar
if [ ! -f "$jar" ]; then
    mvn -B -q package -DskipTests
fi
command -v soffice >/dev/null || { echo "soffice (LibreOffice) is needed: apt-get install libreoffice-calc-nogui" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
java -jar "$jar" sample --db "$work/sample.mv.db" >/dev/null
java -jar "$jar" xlsx --db "$work/sample.mv.db" --out "$work/tables.xlsx" >/dev/null
# LibreOffice's first start creates its user profile; keep that out of the timings.
profile="file://$work/lo-profile"
lo=(soffice "-env:UserInstallation=$profile" --headless --convert-to pdf --outdir "$work/lo" "$work/tables.xlsx")
"${lo[@]}" >/dev/null 2>&1
booklet=(java -jar "$jar" booklet --db "$work/sample.mv.db" --out "$work/booklet.pdf")
# The launcher as users run it (C1 only, serial GC, class-data sharing). Its first run records the
# class archive; that run is a booklet, so the archive holds the booklet's classes.
rm -f "$jar.jsa"
installer/yusuan booklet --db "$work/sample.mv.db" --out "$work/booklet2.pdf" > /dev/null
launcher=(installer/yusuan booklet --db "$work/sample.mv.db" --out "$work/booklet2.pdf")

echo "machine: $(nproc) CPUs, $(awk '/MemTotal/{printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1), $(soffice --version | head -1)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

if command -v hyperfine >/dev/null; then
    hyperfine --warmup 2 --runs "$runs" --export-json "$work/result.json" \
        -n booklet "${booklet[*]}" -n booklet-launcher "${launcher[*]}" -n libreoffice "${lo[*]}"
    python3 - "$work/result.json" <<'PY'
import json, sys
r = {x["command"]: x for x in json.load(open(sys.argv[1]))["results"]}
b, f, l = r["booklet"], r["booklet-launcher"], r["libreoffice"]
print(f"booklet     mean {b['mean']:.3f} s  median {b['median']:.3f} s  min {b['min']:.3f} s")
print(f"  launcher  mean {f['mean']:.3f} s  median {f['median']:.3f} s  min {f['min']:.3f} s")
print(f"libreoffice mean {l['mean']:.3f} s  median {l['median']:.3f} s  min {l['min']:.3f} s")
print(f"ratio booklet/libreoffice (median): {b['median'] / l['median']:.2f}; with launcher options {f['median'] / l['median']:.2f}")
PY
else
    time_runs() {  # prints the median of $runs runs, in seconds
        local samples=()
        for _ in $(seq "$runs"); do
            local t0; t0=$(date +%s%N); "$@" >/dev/null 2>&1; local t1; t1=$(date +%s%N)
            samples+=($(( (t1 - t0) / 1000000 )))
        done
        printf '%s\n' "${samples[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.3f", a[int((NR+1)/2)]/1000}'
    }
    "${booklet[@]}" >/dev/null; "${booklet[@]}" >/dev/null   # warm the file cache
    b=$(time_runs "${booklet[@]}")
    f=$(time_runs "${launcher[@]}")
    l=$(time_runs "${lo[@]}")
    echo "booklet     median $b s"
    echo "  launcher  median $f s"
    echo "libreoffice median $l s"
    awk -v b="$b" -v l="$l" 'BEGIN {printf "ratio booklet/libreoffice (median): %.2f\n", b / l}'
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "pages: booklet $(pdfinfo "$work/booklet.pdf" 2>/dev/null | awk '/^Pages/{print $2}'), libreoffice $(pdfinfo "$work/lo/tables.pdf" 2>/dev/null | awk '/^Pages/{print $2}')"
