#!/usr/bin/env bash
# Runs the workstation's test classes (src/test/java/org/yusuan/workbench/app/**, the headless UI
# tests among them) N times in a row and counts failures per class (docs/reliability.md, "The UI
# tests, N runs in a row").
#
#   tools/reliability/ui-repeat.sh N            # N rounds
#   tools/reliability/ui-repeat.sh N --beside   # N rounds while `mvn -B verify` of a copy of this
#                                               # tree runs beside them, over and over (a busy machine)
#
# The classes are compiled once (mvn test-compile); each round then runs surefire alone on them,
# with the pom's settings (Monocle, headless). A class whose report is missing after a round (its
# JVM died) counts as failed. UI_REPEAT_UNTIL=HH:MM (UTC) starts no round after that time; the
# table then covers the rounds run. Reports of every round are kept under target/ui-repeat/round-K/;
# the table is printed and written to target/ui-repeat/summary.txt. Offline (-o) unless
# MVN_ONLINE=1. Exit status 0 when no round failed.
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds=${1:?usage: ui-repeat.sh N [--beside]}
beside=${2:-}
offline=-o
[ "${MVN_ONLINE:-0}" = 1 ] && offline=
out=target/ui-repeat
pattern='org/yusuan/workbench/app/**/*Test'

mvn -B -q $offline test-compile
rm -rf "$out"
mkdir -p "$out"

besidePid=
copy=
if [ "$beside" = "--beside" ]; then
    copy=$(mktemp -d)
    # the working tree as it is (committed or not), without build output
    tar --exclude=./target --exclude=./.git -cf - . | tar -xf - -C "$copy"
    (
        cd "$copy"
        n=0
        while true; do
            n=$((n + 1))
            if mvn -B $offline verify >"$copy/verify-$n.log" 2>&1; then r=ok; else r=FAILED; fi
            echo "$(date -u +%H:%M:%S) beside verify $n: $r" >>"$copy/beside.log"
        done
    ) &
    besidePid=$!
    echo "beside: mvn -B verify looping in $copy (pid $besidePid)"
fi
cleanup() {
    if [ -n "$besidePid" ]; then
        # the loop and the Maven (and forked test JVMs) it started, by their ids
        for pid in $(pgrep -P "$besidePid" 2>/dev/null) "$besidePid"; do
            pkill -TERM -P "$pid" 2>/dev/null || true
            kill -TERM "$pid" 2>/dev/null || true
        done
        cp "$copy/beside.log" "$out/beside.log" 2>/dev/null || true
        for log in "$copy"/verify-*.log; do
            [ -f "$log" ] && { echo "== $(basename "$log")"; grep -a '^\[ERROR\]   ' "$log" || true; }
        done >"$out/beside-failures.txt" 2>/dev/null || true
        rm -rf "$copy"
    fi
}
trap cleanup EXIT

until_epoch=
if [ -n "${UI_REPEAT_UNTIL:-}" ]; then
    until_epoch=$(date -u -d "$UI_REPEAT_UNTIL" +%s)
    # A time of day already past means tomorrow's: a run started at 23:40 until 00:58 (comparing
    # the clock's text stopped such a run before its first round).
    [ "$until_epoch" -le "$(date +%s)" ] && until_epoch=$((until_epoch + 86400))
fi
done_rounds=0
for k in $(seq "$rounds"); do
    if [ -n "$until_epoch" ] && [ "$(date +%s)" -ge "$until_epoch" ]; then
        echo "stopping after $done_rounds rounds: it is past $UI_REPEAT_UNTIL UTC" | tee -a "$out/rounds.txt"
        break
    fi
    rm -rf target/surefire-reports
    start=$(date +%s)
    status=ok
    mvn -B $offline surefire:test -Dtest="$pattern" -Dsurefire.failIfNoSpecifiedTests=false \
        >"$out/round-$k.log" 2>&1 || status=failed
    mkdir -p "$out/round-$k"
    cp target/surefire-reports/TEST-*.xml "$out/round-$k/" 2>/dev/null || true
    done_rounds=$k
    echo "round $k: $status in $(( $(date +%s) - start )) s, load $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$out/rounds.txt"
done

python3 - "$out" "$done_rounds" src/test/java/org/yusuan/workbench/app <<'PY' | tee "$out/summary.txt"
import glob, os, sys, xml.etree.ElementTree as ET
out, rounds, src = sys.argv[1], int(sys.argv[2]), sys.argv[3]
classes = sorted(os.path.relpath(p, "src/test/java")[:-5].replace("/", ".")
                 for p in glob.glob(src + "/**/*Test.java", recursive=True))
failed = {c: 0 for c in classes}
tests = {c: 0 for c in classes}
notes = []
for k in range(1, rounds + 1):
    seen = set()
    for report in glob.glob(f"{out}/round-{k}/TEST-*.xml"):
        suite = ET.parse(report).getroot()
        name = suite.get("name")
        if name not in failed:
            continue
        seen.add(name)
        tests[name] = int(suite.get("tests"))
        bad = int(suite.get("failures")) + int(suite.get("errors"))
        if bad:
            failed[name] += 1
            for case in suite.iter("testcase"):
                for problem in list(case.findall("failure")) + list(case.findall("error")):
                    message = (problem.get("message") or problem.get("type") or "").splitlines()[0][:160] if (problem.get("message") or problem.get("type")) else ""
                    notes.append(f"round {k}: {name.split('.')[-1]}.{case.get('name')}: {message}")
    for name in classes:
        if name not in seen:
            failed[name] += 1
            notes.append(f"round {k}: {name.split('.')[-1]}: no report (the class did not run or its JVM died)")
print(f"{rounds} rounds, {len(classes)} classes")
print(f"{'class':32s} {'tests':>5s} {'failed rounds':>13s}")
for name in classes:
    print(f"{name.split('.')[-1]:32s} {tests[name]:5d} {failed[name]:6d} / {rounds}")
print(f"rounds with a failure: {len({n.split(':')[0] for n in notes})} of {rounds}")
for note in notes:
    print("  " + note)
sys.exit(1 if notes else 0)
PY
