#!/usr/bin/env bash
# Start-up time of the workstation (installer/yusuan-workbench on the sample budget) against
# LibreOffice Calc opening the same budget's 13 tables (the xlsx `yusuan xlsx` writes), both as a
# user starts them, in one X server (Xvfb), and prints medians and their ratio (docs/performance.md,
# "Start-up vs LibreOffice Calc").
#
# "Interactive" is measured the same way for both, from outside, without any help from the program:
# the time from the start of the process until a top-level window whose title names the opened file
# exists (`xdotool search --name`, polled every 10 ms). The workstation sets that title right after
# it has opened the file and shown the budget in the main window (WorkbenchApplication.open); Calc
# names its document window once the workbook is loaded. Then the process is ended (SIGTERM) and the
# next run starts.
#
# Cold run (one): a fresh home folder (no preferences, no LibreOffice profile), no class-data
# archive next to the jar (the launcher records it on that run), and the kernel's page cache dropped
# (`sync; echo 3 > /proc/sys/vm/drop_caches`) when this is allowed (as root outside a container);
# the script says whether it was. Warm runs: ROUNDS runs each, interleaved, the order alternating.
#
# Needs: java, mvn (builds target/yusuan.jar if missing), Xvfb, xdotool, python3, soffice.
# Usage: tools/bench/startup-vs-calc.sh [ROUNDS]      (default 10 warm rounds)
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds=${1:-10}
jar=target/yusuan.jar
[ -f "$jar" ] || mvn -B -q package -DskipTests
for tool in soffice Xvfb xdotool python3; do
    command -v "$tool" >/dev/null || { echo "$tool is needed (apt-get install libreoffice-calc xvfb xdotool)" >&2; exit 2; }
done

work=$(mktemp -d)
display=":$((90 + RANDOM % 100))"
Xvfb "$display" -screen 0 1366x768x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true; rm -rf "$work"' EXIT
export DISPLAY=$display NO_AT_BRIDGE=1 LANG=C.UTF-8
for _ in $(seq 100); do xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.1; done

# The same budget for both: the sample, and its tables as Calc opens them. Distinct names, so that
# one program's title never matches the other's.
java -jar "$jar" sample --db "$work/ws-sample.mv.db" >/dev/null
java -jar "$jar" xlsx --db "$work/ws-sample.mv.db" --out "$work/calc-tables.xlsx" >/dev/null

echo "machine: $(nproc) CPUs, $(lscpu | sed -n 's/^Model name: *//p' | head -1), $(awk '/MemTotal/{printf "%.1f GiB", $2/1048576}' /proc/meminfo)"
echo "java: $(java -version 2>&1 | head -1); $(soffice --version | head -1)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

python3 - "$rounds" "$work" "$jar" <<'PY'
import os, shutil, signal, statistics, subprocess, sys, time

rounds, work, jar = int(sys.argv[1]), sys.argv[2], sys.argv[3]
home = os.path.join(work, "home")

def env():
    e = dict(os.environ)
    e["HOME"] = home            # the workstation's preferences and Calc's profile live here
    return e

def drop_caches():
    try:
        subprocess.run(["sync"], check=True)
        with open("/proc/sys/vm/drop_caches", "w") as f:
            f.write("3\n")
        return "dropped"
    except OSError as e:
        return f"not dropped ({e.strerror})"

COMMANDS = {
    "workstation": (["installer/yusuan-workbench", os.path.join(work, "ws-sample.mv.db")], "ws-sample\\.mv\\.db"),
    "calc": (["soffice", "--calc", "--norestore", os.path.join(work, "calc-tables.xlsx")], "calc-tables\\.xlsx"),
}

def window(pattern):
    return subprocess.run(["xdotool", "search", "--name", pattern], capture_output=True).returncode == 0

def run(name):
    command, pattern = COMMANDS[name]
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               start_new_session=True)
    elapsed = None
    while time.perf_counter() - start < 120:
        if window(pattern):
            elapsed = time.perf_counter() - start
            break
        if process.poll() is not None:
            break
        time.sleep(0.01)
    os.killpg(process.pid, signal.SIGTERM)      # the launcher records its class archive as it exits
    try:
        process.wait(60)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
    # Calc may leave its soffice.bin behind in the session; wait until no window is left.
    deadline = time.perf_counter() + 30
    while window(pattern) and time.perf_counter() < deadline:
        time.sleep(0.05)
    if elapsed is None:
        sys.exit(f"{name}: no window within 120 s")
    return elapsed

# Cold: nothing of either program's state left, the file cache dropped if allowed.
shutil.rmtree(home, ignore_errors=True)
os.makedirs(home)
for archive in (jar + ".workbench.jsa",):
    if os.path.exists(archive):
        os.remove(archive)
cold = {}
for name in ("workstation", "calc"):
    state = drop_caches()
    cold[name] = run(name)
    print(f"cold {name:12s} {cold[name]:6.3f}s  (page cache {state})", flush=True)
print(f"class-data archive recorded by the cold run: {os.path.exists(jar + '.workbench.jsa')}")

warm = {"workstation": [], "calc": []}
for r in range(rounds):
    order = ["workstation", "calc"] if r % 2 == 0 else ["calc", "workstation"]
    for name in order:
        warm[name].append(run(name))
    print(f"round {r + 1:2d}: workstation {warm['workstation'][-1]:6.3f}s  calc {warm['calc'][-1]:6.3f}s", flush=True)

print(f"\n{rounds} warm rounds (interleaved)")
print(f"{'program':12s} {'cold':>7s} {'median':>7s} {'fastest':>7s} {'slowest':>7s}")
for name in warm:
    print(f"{name:12s} {cold[name]:6.3f}s {statistics.median(warm[name]):6.3f}s {min(warm[name]):6.3f}s {max(warm[name]):6.3f}s")
ratio = statistics.median(warm["workstation"]) / statistics.median(warm["calc"])
print(f"ratio workstation/calc (warm medians): {ratio:.2f}; cold: {cold['workstation'] / cold['calc']:.2f}")
PY
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
