#!/usr/bin/env bash
# Times the whole `yusuan booklet` command (JVM start included) against LibreOffice converting only
# the program's own tables workbook (xlsx → PDF), in the same run, and prints both and the ratio.
#
# The commands are interleaved: each round runs all three, in an order that rotates from round to
# round, so that the drift of a shared machine (a third between runs minutes apart, see
# docs/performance.md) falls on all of them alike. Reported: median and fastest wall time, median
# CPU time (user + system), and the ratio of the medians.
#
# Needs: java, mvn (to build the jar if missing), python3, soffice (libreoffice-calc).
# Usage: tools/bench/booklet-vs-libreoffice.sh [ROUNDS]      (default 10 rounds, 1 warm-up round)
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds=${1:-10}
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
soffice "-env:UserInstallation=$profile" --headless --convert-to pdf --outdir "$work/lo" "$work/tables.xlsx" \
    >/dev/null 2>&1
# The launcher as users run it (C1 only, serial GC, class-data sharing). Its first run records the
# class archive; that run is a booklet, so the archive holds the booklet's classes.
rm -f "$jar.jsa"
installer/yusuan booklet --db "$work/sample.mv.db" --out "$work/booklet-launcher.pdf" >/dev/null

echo "machine: $(nproc) CPUs, $(awk '/MemTotal/{printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1), $(soffice --version | head -1)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

python3 - "$rounds" \
    "booklet=java -jar $jar booklet --db $work/sample.mv.db --out $work/booklet.pdf" \
    "launcher=installer/yusuan booklet --db $work/sample.mv.db --out $work/booklet-launcher.pdf" \
    "libreoffice=soffice -env:UserInstallation=$profile --headless --convert-to pdf --outdir $work/lo $work/tables.xlsx" \
    <<'PY'
import resource, shlex, statistics, subprocess, sys, time

rounds = int(sys.argv[1])
commands = [arg.split("=", 1) for arg in sys.argv[2:]]
wall = {name: [] for name, _ in commands}
cpu = {name: [] for name, _ in commands}
for r in range(rounds + 1):                      # round 0 warms the file cache and is not counted
    shift = r % len(commands)
    for name, command in commands[shift:] + commands[:shift]:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(shlex.split(command), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        elapsed = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if r > 0:
            wall[name].append(elapsed)
            cpu[name].append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)

median = {name: statistics.median(wall[name]) for name in wall}
print(f"{rounds} interleaved rounds")
print(f"{'command':12s} {'median':>8s} {'fastest':>8s} {'CPU median':>11s}")
for name in wall:
    print(f"{name:12s} {median[name]:7.3f}s {min(wall[name]):7.3f}s {statistics.median(cpu[name]):10.3f}s")
lo = median["libreoffice"]
print(f"ratio booklet/libreoffice (medians): {median['booklet'] / lo:.2f} with java -jar, "
      f"{median['launcher'] / lo:.2f} with the launcher (installer/yusuan)")
PY
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "pages: booklet $(pdfinfo "$work/booklet.pdf" 2>/dev/null | awk '/^Pages/{print $2}'), libreoffice $(pdfinfo "$work/lo/tables.pdf" 2>/dev/null | awk '/^Pages/{print $2}')"
