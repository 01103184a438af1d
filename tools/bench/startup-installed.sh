#!/usr/bin/env bash
# Start-up time of the installed program (the .deb's yusuan-workbench) against `mvn javafx:run` from
# a source checkout and the source build's fast launcher (installer/yusuan-workbench on
# target/yusuan.jar, the reference of "Start-up vs LibreOffice Calc"), all opening the same budget
# in one X server (Xvfb) — docs/performance.md, "Installed program". The method of tools/bench/startup-vs-calc.sh: from the start of the process
# until a top-level window whose title names the opened file exists (`xdotool search --name`, polled
# every 10 ms; the workstation sets that title once the budget is shown), then SIGTERM.
#
# The package is unpacked with `dpkg -x` into a temporary root and its postinst's class archive made
# there (installer/linux/make-class-archive.sh), so nothing is installed on the machine.
# Cold run (one each): a fresh home folder and the page cache dropped when allowed (root outside a
# container); for the package that is its first start after installation, for the jar launcher a
# run without its class archive (it records it then). Warm: ROUNDS runs each,
# interleaved, the order alternating.
#
# Needs: Xvfb, xdotool, python3, dpkg-deb, mvn (offline: the dependencies already downloaded).
# Usage: tools/bench/startup-installed.sh PACKAGE.deb [ROUNDS]      (default 5 warm rounds)
set -euo pipefail
cd "$(dirname "$0")/../.."
deb=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
rounds=${2:-5}
for tool in Xvfb xdotool python3 dpkg-deb mvn; do
    command -v "$tool" >/dev/null || { echo "$tool is needed" >&2; exit 2; }
done

work=$(mktemp -d)
display=":$((90 + RANDOM % 100))"
Xvfb "$display" -screen 0 1366x768x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true; rm -rf "$work"' EXIT
export DISPLAY=$display NO_AT_BRIDGE=1 LANG=C.UTF-8
for _ in $(seq 100); do xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.1; done

dpkg-deb -x "$deb" "$work/root"
app="$work/root/opt/yusuan-workbench"
"$app/lib/app/make-class-archive.sh"
# A copy of the sample per program, so that one's title never matches another's.
"$app/bin/yusuan" sample --db "$work/pkg-sample.mv.db" >/dev/null
cp "$work/pkg-sample.mv.db" "$work/src-sample.mv.db"
cp "$work/pkg-sample.mv.db" "$work/jar-sample.mv.db"
mvn -B -o -q compile >/dev/null # javafx:run starts from target/classes
[ -f target/yusuan.jar ] || mvn -B -o -q package -DskipTests

echo "package: $(basename "$deb") $(du -k "$deb" | cut -f1) KB; unpacked $(du -sk "$work/root" | cut -f1) KB (class archive included)"
echo "machine: $(nproc) CPUs, $(awk '/MemTotal/{printf "%.1f GiB", $2/1048576}' /proc/meminfo); load before: $(cut -d' ' -f1-3 /proc/loadavg)"

python3 - "$rounds" "$work" "$app" <<'PY'
import os, shutil, signal, statistics, subprocess, sys, time

rounds, work, app = int(sys.argv[1]), sys.argv[2], sys.argv[3]
home = os.path.join(work, "home")
COMMANDS = {
    "package": ([os.path.join(app, "bin", "yusuan-workbench"), os.path.join(work, "pkg-sample.mv.db")], "pkg-sample\\.mv\\.db"),
    "jar": (["installer/yusuan-workbench", os.path.join(work, "jar-sample.mv.db")], "jar-sample\\.mv\\.db"),
    "javafx:run": (["mvn", "-B", "-o", "-q", "javafx:run", "-Dyusuan.db=" + os.path.join(work, "src-sample.mv.db")], "src-sample\\.mv\\.db"),
}

def drop_caches():
    try:
        subprocess.run(["sync"], check=True)
        with open("/proc/sys/vm/drop_caches", "w") as f:
            f.write("3\n")
        return "dropped"
    except OSError as e:
        return f"not dropped ({e.strerror})"

def window(pattern):
    return subprocess.run(["xdotool", "search", "--name", pattern], capture_output=True).returncode == 0

def run(name):
    command, pattern = COMMANDS[name]
    env = dict(os.environ, HOME=home)
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               start_new_session=True)
    elapsed = None
    while time.perf_counter() - start < 180:
        if window(pattern):
            elapsed = time.perf_counter() - start
            break
        if process.poll() is not None:
            break
        time.sleep(0.01)
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(60)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
    deadline = time.perf_counter() + 30
    while window(pattern) and time.perf_counter() < deadline:
        time.sleep(0.05)
    if elapsed is None:
        sys.exit(f"{name}: no window within 180 s")
    return elapsed

cold = {}
archive = "target/yusuan.jar.workbench.jsa" # the jar launcher's, recorded by its first (cold) run
if os.path.exists(archive):
    os.remove(archive)
for name in COMMANDS:
    shutil.rmtree(home, ignore_errors=True)
    os.makedirs(home)
    state = drop_caches()
    cold[name] = run(name)
    print(f"cold {name:11s} {cold[name]:6.3f}s  (page cache {state})", flush=True)

warm = {name: [] for name in COMMANDS}
for r in range(rounds):
    order = list(COMMANDS) if r % 2 == 0 else list(reversed(COMMANDS))
    for name in order:
        warm[name].append(run(name))
    print(f"round {r + 1:2d}: " + "  ".join(f"{n} {warm[n][-1]:6.3f}s" for n in COMMANDS), flush=True)

print(f"\n{rounds} warm rounds (interleaved)")
print(f"{'program':11s} {'cold':>7s} {'median':>7s} {'fastest':>7s} {'slowest':>7s}")
for name in warm:
    print(f"{name:11s} {cold[name]:6.3f}s {statistics.median(warm[name]):6.3f}s {min(warm[name]):6.3f}s {max(warm[name]):6.3f}s")
PY
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
