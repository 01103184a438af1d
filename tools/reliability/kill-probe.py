#!/usr/bin/env python3
"""Kills the program (SIGKILL) at random moments and checks the budget file afterwards.

Usage: tools/reliability/kill-probe.py [RUNS_PER_SCENARIO [SCENARIO_WORD]] (default 40; 7 scenarios;
e.g. `kill-probe.py 40 edits` runs only the edits, `kill-probe.py 20 bureau` the bureau's store)
Needs: mvn -B package -DskipTests (target/yusuan.jar) and the test classes with their class path
(the script builds them with Maven if missing). Results: docs/reliability.md.

After every kill the file is opened twice with `yusuan info`; both opens must agree and hold
either the old or the new budget whole, and what the program acknowledged must be there. The bureau's
scenarios do the same with an H2 consolidation store (`bureau status` and `bureau tables`): the
department's old package or the new one, whole, and the new one once 已接收 was printed.
"""
import csv, os, random, shutil, subprocess, sys, tempfile, time, pathlib

ROOT = pathlib.Path(__file__).resolve().parents[2]
JAR = ROOT / "target" / "yusuan.jar"
SAMPLE = ROOT / "src/main/resources/org/yusuan/workbench/sample/shangdang-2023"
V3_FIXTURE = ROOT / "src/test/resources/released/schema-3-sample.mv.db"
LINES_OLD, LINES_NEW = 38, 20038
ORIGINAL_FIRST_AMOUNT = 8037500  # the sample's first basic line, in 元


def java(*args, **kw):
    return subprocess.Popen(["java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", *args],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, **kw)


def info_lines(db):
    """The number of basic lines `info` reports, or an error string."""
    out = subprocess.run(["java", "-jar", str(JAR), "info", "--db", str(db)], capture_output=True, text=True).stdout
    for line in out.splitlines():
        if line.startswith("基本支出明细："):
            return int(line.split("：")[1].split(" ")[0])
    return "ERROR " + out.strip().splitlines()[0] if out.strip() else "ERROR (no output)"


def kill_at(proc, seconds, marker=None):
    """Kill `proc` `seconds` after start (or after `marker` appears); returns its output so far."""
    fd = proc.stdout.fileno()
    os.set_blocking(fd, False)
    output = b""
    start = time.monotonic()
    armed = marker is None
    while True:
        try:
            chunk = os.read(fd, 65536)
        except BlockingIOError:
            chunk = b""
        output += chunk
        if not armed and marker.encode() in output:
            armed, start = True, time.monotonic()
        if armed and time.monotonic() - start >= seconds:
            break
        if proc.poll() is not None and not chunk:
            break
        time.sleep(0.002)
    proc.kill()
    proc.wait()
    os.set_blocking(fd, True)
    output += proc.stdout.read()
    return output.decode("utf-8", "replace")


def big_workbook(folder):
    book = folder / "big"
    shutil.copytree(SAMPLE, book)
    (book / "README.md").unlink(missing_ok=True)
    rows = list(csv.reader(open(book / "基本支出.csv", encoding="utf-8")))
    header, body = rows[0], rows[1:]
    out = [header] + body
    i = 0
    while len(out) < LINES_NEW + 1:
        r = list(body[i % len(body)])
        r[5] = "%d.%02d" % (100 + i, i % 100)
        out.append(r)
        i += 1
    with open(book / "基本支出.csv", "w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(out)
    return book


def scenario_import(work, base, book, after_success):
    db = work / "k.mv.db"
    shutil.copy(base, db)
    proc = java("-jar", str(JAR), "import", "--db", str(db), str(book))
    out = kill_at(proc, random.uniform(0, 0.4) if after_success else random.uniform(0, 5.0),
                  marker="已导入" if after_success else None)
    a, b = info_lines(db), info_lines(db)
    acknowledged = "已导入" in out
    ok = a == b and a in (LINES_OLD, LINES_NEW) and (not acknowledged or a == LINES_NEW)
    return ok, f"ack={acknowledged} opens={a}/{b}"


def scenario_sample(work):
    db = work / "s.mv.db"
    for f in work.glob("*s.*mv.db"):
        f.unlink()
    proc = java("-jar", str(JAR), "sample", "--db", str(db))
    out = kill_at(proc, random.uniform(0, 3.0))
    acknowledged = "已创建示例预算" in out
    if not db.exists():
        return not acknowledged, f"ack={acknowledged} no file"
    a, b = info_lines(db), info_lines(db)
    return a == b == LINES_OLD, f"ack={acknowledged} opens={a}/{b}"


def scenario_migration(work):
    db = work / "m.mv.db"
    shutil.copy(V3_FIXTURE, db)
    proc = java("-jar", str(JAR), "info", "--db", str(db))
    kill_at(proc, random.uniform(0, 2.5))
    a, b = info_lines(db), info_lines(db)
    return a == b == LINES_OLD, f"opens={a}/{b}"


def scenario_edits(work, base, classpath):
    db = work / "e.mv.db"
    shutil.copy(base, db)
    proc = java("-cp", classpath, "org.yusuan.workbench.service.EditLoopMain", str(db), "200")
    # The JVM start and the open take seconds on a loaded machine; most kills must fall in the edits.
    out = kill_at(proc, random.uniform(0.5, 12.0))
    acked = [int(l.split()[1]) for l in out.splitlines() if l.startswith("EDIT ")]
    last = acked[-1] if acked else 0
    a, b = first_line_amount(db, classpath), first_line_amount(db, classpath)
    # Killed before the first edit was acknowledged: the sample's own amount, or edit 1 done.
    allowed = (ORIGINAL_FIRST_AMOUNT, 1) if last == 0 else (last, last + 1)
    ok = a == b and a in allowed
    return ok, f"acked={last} opens={a}/{b}"


class BureauStore:
    """An H2 bureau store holding the sample's package, and a newer, much larger package of the same
    department (the big workbook), both signed with one throwaway key; the tables CSV of each, as the
    bureau shows it after a clean import, is what a killed import must leave whole."""

    def __init__(self, work, base, book):
        self.work = work
        keys = work / "keys"
        self.cli = ["java", f"-Dyusuan.keys={keys}", "-jar", str(JAR)]
        new_db = work / "bureau-new.mv.db"
        shutil.copy(base, new_db)
        self.run("import", "--db", str(new_db), str(book))
        self.old_pkg, self.new_pkg = work / "old.yspkg", work / "new.yspkg"
        self.run("package", "export", "--db", str(base), "--out", str(self.old_pkg), "--accept-errors")
        self.run("package", "export", "--db", str(new_db), "--out", str(self.new_pkg), "--accept-errors")
        signer = next(l for l in self.run("package", "verify", str(self.old_pkg)).splitlines()
                      if l.startswith("签名公钥指纹")).split("：")[1]
        self.base = work / "bureau-base.mv.db"
        self.run("bureau", "init", "--store", str(self.base))
        self.run("bureau", "trust", "--store", str(self.base), "--dept", "012", "--key", signer)
        self.run("bureau", "import", "--store", str(self.base), str(self.old_pkg))
        self.old_tables = self.tables(self.base)
        done = work / "bureau-done.mv.db"
        shutil.copy(self.base, done)
        self.run("bureau", "import", "--store", str(done), str(self.new_pkg))
        self.new_tables = self.tables(done)
        assert self.old_tables != self.new_tables

    def run(self, *args):
        return subprocess.run(self.cli + list(args), capture_output=True, text=True, check=True).stdout

    def tables(self, store):
        """Table 1 of the consolidation and the register's current file, or an error string."""
        try:
            status = self.run("bureau", "status", "--store", str(store))
            current = [l.split("\t")[-1] for l in status.splitlines() if l.startswith("012\t")]
            return self.run("bureau", "tables", "--store", str(store), "--table", "1", "--format", "csv"), current
        except subprocess.CalledProcessError as e:
            return "ERROR " + (e.stdout + e.stderr).strip()[:200]


def scenario_bureau(work, bureau, after_success):
    store = work / "b.mv.db"
    shutil.copy(bureau.base, store)
    proc = java(*bureau.cli[1:], "bureau", "import", "--store", str(store), str(bureau.new_pkg))
    out = kill_at(proc, random.uniform(0, 0.4) if after_success else random.uniform(0, 15.0),
                  marker="已接收" if after_success else None)
    a, b = bureau.tables(store), bureau.tables(store)
    acknowledged = "已接收" in out
    state = "old" if a == bureau.old_tables else "new" if a == bureau.new_tables else f"other: {a}"
    ok = a == b and state in ("old", "new") and (not acknowledged or state == "new")
    return ok, f"ack={acknowledged} store={state[:200]} same-twice={a == b}"


def first_line_amount(db, classpath):
    """The first basic line's amount in 元 (the edit count), read back by a test driver."""
    out = subprocess.run(["java", "-cp", classpath, "org.yusuan.workbench.service.FirstLineMain", str(db)],
                         capture_output=True, text=True).stdout.strip()
    try:
        return int(float(out.rstrip("元")))
    except ValueError:
        return "ERROR " + out[:200]


def main():
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 40
    only = sys.argv[2] if len(sys.argv) > 2 else None  # a word of one scenario's name, to run it alone
    if not JAR.exists():
        sys.exit("build first: mvn -B package -DskipTests")
    cp_file = ROOT / "target" / "classpath.txt"
    if not cp_file.exists():
        subprocess.run(["mvn", "-B", "-q", "test-compile", "dependency:build-classpath",
                        "-Dmdep.outputFile=target/classpath.txt", "-Dmdep.includeScope=test"], cwd=ROOT, check=True)
    classpath = f"{ROOT}/target/test-classes:{ROOT}/target/classes:" + cp_file.read_text().strip()
    work = pathlib.Path(tempfile.mkdtemp(prefix="yusuan-kill-"))
    base = work / "base.mv.db"
    subprocess.run(["java", "-jar", str(JAR), "sample", "--db", str(base)], capture_output=True, check=True)
    book = big_workbook(work)
    scenarios = {
        "import, killed during": lambda: scenario_import(work, base, book, False),
        "import, killed 0-0.4 s after success": lambda: scenario_import(work, base, book, True),
        "sample (new file), killed during": lambda: scenario_sample(work),
        "migration of a schema-3 file, killed during": lambda: scenario_migration(work),
        "edits through the service layer, killed during": lambda: scenario_edits(work, base, classpath),
        "bureau import of a newer package into an H2 store, killed during":
            lambda: scenario_bureau(work, bureau(), False),
        "bureau import of a newer package into an H2 store, killed 0-0.4 s after success":
            lambda: scenario_bureau(work, bureau(), True),
    }
    made = []

    def bureau():
        # Built once, and only when a bureau scenario runs: it takes a minute.
        if not made:
            made.append(BureauStore(work, base, book))
        return made[0]
    print(f"| scenario | kills | bad |\n|---|---|---|")
    total_bad = 0
    for name, run in scenarios.items():
        if only and only not in name:
            continue
        bad = []
        for i in range(runs):
            ok, detail = run()
            if not ok:
                bad.append(f"run {i}: {detail}")
        total_bad += len(bad)
        print(f"| {name} | {runs} | {len(bad)} |", flush=True)
        for b in bad:
            print(f"    {b}", file=sys.stderr, flush=True)
    shutil.rmtree(work, ignore_errors=True)
    sys.exit(1 if total_bad else 0)


if __name__ == "__main__":
    main()
