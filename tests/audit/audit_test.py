#!/usr/bin/env python3
"""End-to-end tests of `klartjek audit` and `klartjek report` on real sample letters mixed with
broken and hostile files. Usage: audit_test.py KLARTJEK_BINARY WORKDIR (run from the repo root).
Prints 'N passed, M failed'."""
import csv, glob, json, os, shutil, signal, sqlite3, subprocess, sys, time

binary, work = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
# Per-letter time limit: short, so the hanging letter is stopped quickly; sanitizer builds are
# several times slower and need more (third argument).
limit = sys.argv[3] if len(sys.argv) > 3 else "6"
shutil.rmtree(work, ignore_errors=True)
os.makedirs(work)
env = dict(os.environ, KLARTJEK_TEST_HOOKS="1", KLARTJEK_NOW="2026-11-23T12:00:00Z")
passed, failures = 0, []

def check(cond, what):
    global passed
    if cond: passed += 1
    else: failures.append(what)

def audit(inputs, out, *extra, timeout=600):
    return subprocess.run([binary, "audit", *inputs, "--out", out, *extra], env=env, capture_output=True, timeout=timeout)

def store_rows(db):
    con = sqlite3.connect(db)
    last = con.execute("SELECT MAX(id) FROM audits").fetchone()[0]
    rows = sorted(con.execute("SELECT a.path, l.status, l.error, l.record FROM audit_letters a JOIN letters l ON l.hash=a.hash"
                              " WHERE a.audit_id=?", (last,)))
    con.close()
    return rows

def summary(out):
    s = json.load(open(os.path.join(out, "summary.json")))
    return s

# ---- a batch of good letters mixed with broken and hostile files ----
batch = os.path.join(work, "batch")
os.makedirs(batch)
good = sorted(glob.glob("samples/*.pdf"))[:6] + ["samples/10-silkeborg-partshoering-bpa.pdf", "samples/24-faaborg-midtfyn-merudgifter-bevilling.txt"]
for g in good: shutil.copy(g, batch)
shutil.copy("tests/inputs/truncated.pdf", os.path.join(batch, "x-truncated.pdf"))
shutil.copy("tests/inputs/random-bytes.pdf", os.path.join(batch, "x-random.pdf"))
letter = open("samples/24-faaborg-midtfyn-merudgifter-bevilling.txt", encoding="utf-8").read()
open(os.path.join(batch, "y-crash.txt"), "w").write(letter + "\nKLARTJEK_TEST_CRASH\n")
open(os.path.join(batch, "y-hang.txt"), "w").write(letter + "\nKLARTJEK_TEST_HANG\n")
open(os.path.join(batch, "y-memory.txt"), "w").write(letter + "\nKLARTJEK_TEST_MEMORY\n")
# Not letters, whatever their names: skipped and counted, never analysed or failed.
shutil.copy("tests/inputs/html-named.txt", os.path.join(batch, "z-page.txt"))
shutil.copy("tests/inputs/script-named.pdf", os.path.join(batch, "z-script.pdf"))
shutil.copy("tests/report/report-screenshot.png", os.path.join(batch, "z-image.dat"))
out1 = os.path.join(work, "out1")
p = audit([batch], out1, "--jobs", "2", "--timeout", limit, "--memory-mb", "768")
check(p.returncode == 2, f"mixed batch exit {p.returncode} (expected 2: some letters failed): {p.stderr.decode()[-400:]}")
s = summary(out1)
check(s["audit"]["analysed"] == len(good), f"analysed {s['audit']['analysed']} of {len(good)} good letters")
reasons = {os.path.basename(f["file"]): f["reason"] for f in s["failures"]}
check(set(reasons) == {"x-truncated.pdf", "x-random.pdf", "y-crash.txt", "y-hang.txt", "y-memory.txt"}, f"failures {sorted(reasons)}")
check("Hukommelsesgrænsen" in reasons.get("y-memory.txt", ""), "memory reason")
check("ufuldstændig" in reasons.get("x-truncated.pdf", ""), "truncated reason")
check("hverken en PDF-fil" in reasons.get("x-random.pdf", ""), "random bytes reason")
check("stoppede uventet" in reasons.get("y-crash.txt", ""), "crash reason")
check("Tidsgrænsen" in reasons.get("y-hang.txt", ""), "time-out reason")
check(s.get("skipped", {}).get("files") == 3, f"skipped {s.get('skipped')}")
check("3 filer sprunget over" in p.stderr.decode(), "skipped files reported on stderr")
rows = list(csv.DictReader(open(os.path.join(out1, "letters.csv"), encoding="utf-8")))
check(len(rows) == len(good) + 5, f"letters.csv rows {len(rows)}")
for r in rows:
    if r["status"] == "ok":
        check(os.path.exists(os.path.join(out1, r["rapport"])), f"report for {r['fil']} missing")
html = open(os.path.join(out1, "index.html"), encoding="utf-8").read()
check("<script" not in html.lower(), "script in summary page")
for l in json.load(open("samples/labels.json")):
    for c in l.get("cpr_numbers", []):
        for f in [os.path.join(out1, "summary.json"), os.path.join(out1, "letters.csv"), os.path.join(out1, "index.html")]:
            check(c not in open(f, encoding="utf-8").read(), f"CPR {c[:2]}… in {os.path.basename(f)}")

# ---- the summary's figures equal the sums of the per-letter results ----
ok = [r for r in rows if r["status"] == "ok"]
req = {q["id"]: q for q in s["requirements"]}
# A row says "ja"/"nej" where a requirement applies to the letter and "–" where it is not assessed
# (not a decision, another legal area, unreadable, uncertain, not required).
for rid, col in [("legal_basis", "lovgrundlag"), ("reasoning", "begrundelse"), ("appeal_guidance", "klagevejledning"),
                 ("appeal_correct", "korrekt_klagevejledning"), ("citizen_statement", "borgerens_synspunkter")]:
    check(req[rid]["applicable"] == sum(r[col] in ("ja", "nej") for r in ok), f"{rid} applicable = sum of rows")
    check(req[rid]["met"] == sum(r[col] == "ja" for r in ok), f"{rid} met = sum of rows")
non_decisions = [r for r in ok if r["afgoerelse"] == "ikke en afgørelse"]  # outcomes in Danish in letters.csv
check(non_decisions and all(r["klagevejledning"] == "–" for r in non_decisions), "non-decisions are not assessed for guidance")
check(sum(v["letters"] for v in s["by_outcome"].values()) == len(ok), "by_outcome adds up to the letters")
check(sum(v["letters"] for v in s["by_municipality"].values()) == len(ok), "by_municipality adds up")
check(sum(b["count"] for b in s["lix"]["bins"]) == s["lix"]["letters"], "LIX histogram adds up")
check(sum(s["lix"]["bands"].values()) == s["lix"]["letters"], "LIX bands add up")
con = sqlite3.connect(os.path.join(out1, "audit.sqlite"))
recs = [json.loads(r[0]) for r in con.execute("SELECT record FROM letters WHERE status='ok'")]
con.close()
top = {t["rule"]: t for t in s["top_rules"]}
for rule, t in top.items():
    check(t["findings"] == sum(r["rules"].get(rule, {}).get("count", 0) for r in recs), f"top rule {rule} findings = sum")

# ---- rerunning skips finished letters; the same results whatever the number of jobs ----
# Skipping is seen in the letters' reports, not in a wall-clock time (which a busy machine stretches):
# a letter analysed again would have its report written again.
letter_reports = {f: os.stat(os.path.join(out1, "letters", f)).st_mtime_ns for f in os.listdir(os.path.join(out1, "letters"))}
check(len(letter_reports) >= len(good), f"{len(letter_reports)} letter reports for {len(good)} good letters")
time.sleep(0.05)  # a rewrite within the same clock tick would keep the mtime
p2 = audit([batch], out1, "--jobs", "2", "--timeout", limit, "--memory-mb", "768")
check(all(os.stat(os.path.join(out1, "letters", f)).st_mtime_ns == m for f, m in letter_reports.items()),
      "rerun did not skip finished letters (a letter's report was written again)")
con = sqlite3.connect(os.path.join(out1, "audit.sqlite"))
check(con.execute("SELECT COUNT(*) FROM audits").fetchone()[0] == 2, "a finished audit rerun is a new audit in the same store")
check(con.execute("SELECT COUNT(*) FROM letters").fetchone()[0] == len(good) + 5, "a rerun stored no letter twice")
con.close()
check(summary(out1)["previous_audit"] is not None, "the rerun compares with the previous audit")
out_j1 = os.path.join(work, "out-j1")
audit([batch], out_j1, "--jobs", "1", "--timeout", limit, "--memory-mb", "768")
check(store_rows(os.path.join(out_j1, "audit.sqlite")) == store_rows(os.path.join(out1, "audit.sqlite")), "results differ between --jobs 1 and 2")
def norm(s):
    out = {k: v for k, v in s.items() if k not in ("audit", "previous_audit")}
    out["requirements"] = [dict(q, previous_share=None) for q in s["requirements"]]
    return out
check(norm(summary(out_j1)) == norm(summary(out1)), "summary differs between --jobs 1 and 2")

# ---- killed with SIGKILL mid-way and resumed ends like an uninterrupted run ----
many = os.path.join(work, "many")
os.makedirs(many)
for i, g in enumerate(sorted(glob.glob("samples/*.pdf"))):
    shutil.copy(g, os.path.join(many, f"{i:02d}-{os.path.basename(g)}"))
full = os.path.join(work, "full")
audit([many], full, "--jobs", "1")
killed = os.path.join(work, "killed")
proc = subprocess.Popen([binary, "audit", many, "--out", killed, "--jobs", "1"], env=dict(env, KLARTJEK_TEST_DELAY_MS="150"),
                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
db = os.path.join(killed, "audit.sqlite")
deadline = time.time() + 60
while time.time() < deadline:
    try:
        n = sqlite3.connect(db).execute("SELECT COUNT(*) FROM letters").fetchone()[0]
    except Exception:
        n = 0
    if n >= 3: break
    time.sleep(0.05)
os.killpg(proc.pid, signal.SIGKILL)
proc.wait()
partial = len(store_rows(db))
check(0 < partial < 22, f"kill came at {partial} letters")
p3 = audit([many], killed, "--jobs", "1")
check(p3.returncode in (0, 1), f"resume exit {p3.returncode}")
check(store_rows(db) == store_rows(os.path.join(full, "audit.sqlite")), "resumed store differs from the uninterrupted one")
con = sqlite3.connect(db)
check(con.execute("SELECT COUNT(*) FROM audits").fetchone()[0] == 1, "resume started a second audit")
con.close()
check(norm(summary(killed)) == norm(summary(full)), "resumed summary differs")

# ---- several stores merge into one summary ----
half_a, half_b = os.path.join(work, "half-a"), os.path.join(work, "half-b")
os.makedirs(half_a); os.makedirs(half_b)
for i, f in enumerate(sorted(os.listdir(many))):
    shutil.copy(os.path.join(many, f), os.path.join(half_a if i % 2 else half_b, f))
audit([half_a], os.path.join(work, "out-a"), "--jobs", "2")
audit([half_b], os.path.join(work, "out-b"), "--jobs", "2")
merged_dir = os.path.join(work, "merged")
p4 = subprocess.run([binary, "report", "--db", os.path.join(work, "out-a", "audit.sqlite"), "--db",
                     os.path.join(work, "out-b", "audit.sqlite"), "--out", merged_dir], env=env, capture_output=True)
check(p4.returncode == 0, f"report exit {p4.returncode}: {p4.stderr.decode()[-300:]}")
m, f_ = summary(merged_dir), summary(full)
strip = lambda s: {k: v for k, v in norm(s).items() if k not in ("worst_letters", "failures")}
check(strip(m)["requirements"] == [dict(q, previous_share=None) for q in strip(f_)["requirements"]], "merged requirement shares differ")
check(m["lix"] == f_["lix"] and m["by_outcome"] == f_["by_outcome"] and m["top_rules"] == f_["top_rules"], "merged summary differs")

for f in failures: print("FAIL:", f)
print(f"{passed} passed, {len(failures)} failed")
sys.exit(1 if failures else 0)
