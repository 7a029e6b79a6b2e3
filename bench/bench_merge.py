"""Benchmark: ``dhr merge-chronology`` against merely reading the same workbooks with openpyxl.

The issue's target is a whole run (process start to the last output) no slower than openpyxl
read-only reading the same files, measured side by side in one run so machine speed cancels
out, with peak memory under 1 GB. This script prints figures; it never passes or fails on time.

    .venv/bin/python bench/bench_merge.py [--agencies 20] [--rows 5000] [--repeat 1]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from openpyxl import Workbook

DATA = Path(__file__).resolve().parent / ".data"
SEED, START, END = 20240501, dt.date(2019, 1, 1), dt.date(2021, 12, 31)
HEADER = ["Date", "Time", "Subject", "Event details", "Action taken", "Comments", "Ref"]
OUTPUTS = ("merged_chronology.xlsx", "merged_chronology.docx", "merged_chronology.csv",
           "merge_report.json")
TARGET_RATIO, TARGET_MB = 1.0, 1024

# Invented vocabulary: a few hundred phrases, so texts vary the way real chronologies do.
def _pool(text: str) -> list[str]:
    """Phrases separated by ``|``; line breaks inside a phrase are just spaces."""
    return [" ".join(phrase.split()) for phrase in text.split("|")]


NAMES = _pool("""Amira|Dean|Kofi|Lena|Marcus|Priya|Sean|Tomasz|Yasmin|Zoe|Bethany|Callum|Imogen|
Jamal|Keira|Liam|Nadia|Owen|Rosa|Tyler""")
SUBJECTS = ["Victim", "Perpetrator", "Child"]
OPENERS = _pool("""Officers attended the address and spoke with|GP consultation with|Social worker
visited|Health visitor saw|Call received from|Referral made by the school about|MARAC meeting
discussed|IDVA spoke by telephone with|A&E attendance by|Housing officer met|Probation appointment
with|Midwife booked in|Mental health nurse assessed|Neighbour reported concerns about|CAMHS letter
sent to|PCSO completed a welfare check on|Duty team received a contact regarding|Practice nurse
reviewed|Police control room logged a 999 call from|Paramedics attended and treated|Outreach worker
met|Family support worker visited|Substance misuse service assessed|Safeguarding lead
telephoned|School nurse met|Out of hours GP spoke with|Refuge staff completed an intake with|
Community psychiatric nurse visited|Early help coordinator contacted|Custody sergeant booked in|
Victim support caseworker called|Pharmacist raised a concern about""")
VERBS = _pool("""reported|disclosed|denied|described|appeared anxious about|was tearful when
discussing|declined support for|agreed to a referral for|minimised|was seen with|complained of|
raised concerns about|requested help with|did not attend for|was signposted to|became agitated
when asked about|gave an inconsistent account of|asked for advice about|was reluctant to discuss|
confirmed|withdrew the allegation of|was observed to have|spoke openly about|refused to answer
questions about|was not seen alone when discussing""")
OBJECTS = _pool("""bruising to the left arm|an argument the previous evening|controlling
behaviour|financial abuse|threats made by text message|low mood and poor sleep|alcohol use|rent
arrears|the child's school attendance|a non-molestation order|injuries said to be from a fall|a
DASH risk assessment scored as high|medication for depression|contact arrangements for the child|
damage to the front door|a breach of bail conditions|isolation from family and friends|a safety
plan|emergency accommodation|stalking behaviour after separation|a cut above the eye|missed
antenatal appointments|cannabis use|debts in joint names|the partner checking the phone|being
prevented from seeing family|a strangulation attempt|panic attacks|self-harm by cutting|the
child witnessing shouting|a history of abuse in a previous relationship|a police caution for
assault|a request to change GP|weight loss and poor appetite|headaches after a head injury|
jealousy and accusations of affairs|threats to take the children|noise complaints from
neighbours|suicidal thoughts|housing disrepair|a broken wrist|an eviction notice|gambling debts|
court proceedings about contact|a dog being used to intimidate|unexplained absences from school|
a bail address at the family home|sleeping in the car|a recent separation|fear of reprisals""")
PLACES = _pool("""at the family home|in the GP surgery|at the police station|in the emergency
department|by telephone|at the school gates|at the refuge|in a supermarket car park|at a
relative's address|at the probation office|in the children's centre|on a home visit|at the
maternity unit|at the housing office|in the street outside the flat|at the job centre""")
CLAUSES = _pool("""and no further action was recorded|although the partner was present
throughout|which was shared with children's services|and a follow-up was arranged for next week|
but the information was not passed to the GP|and the case was discussed at supervision|after
which a strategy discussion was held|and safeguarding procedures were considered|while the child
was at home|and consent was obtained to share information|but routine enquiry was not made|and
the interpreter was not available|and an interpreter was used|but the risk was assessed as
standard|and the record notes no visible injuries|and a crime report was created|but no
referral to MARAC was made|and the victim asked that the partner not be told|after the partner
left the room|and the worker noted a smell of alcohol|and photographs were taken with consent|
but the appointment was cancelled by the partner|and a welfare check was requested|and the
duty manager was informed|and a letter was sent to the wrong address""")
ACTIONS = _pool("""Referral to MASH|Safeguarding alert raised|Letter sent|DASH completed|Case
closed|Further appointment offered|Information shared with police|Advice given on housing
options|Discussed with manager|Added to MARAC agenda|Signposted to Women's Aid|No action|
Referred to IDVA service|Child protection strategy meeting|Section 47 enquiry opened|Bail
conditions checked|Prescription issued|Crisis team informed|Home visit booked|Risk assessment
updated|Flag placed on record|Panic alarm fitted|Emergency housing arranged|Referral to
counselling|Case allocated to social worker""")


def words(rng: random.Random, low: int, high: int) -> str:
    """Whole sentences making ``low``..``high`` words (cut at ``high``; 0 gives "")."""
    target, out = rng.randint(low, high), []
    while len(out) < target:
        parts = [rng.choice(OPENERS), rng.choice(NAMES), rng.choice(PLACES), "and",
                 rng.choice(VERBS), rng.choice(OBJECTS)]
        if rng.random() < 0.6:
            parts.append(rng.choice(CLAUSES))
        out += f"{' '.join(parts)}.".split()
    return " ".join(out[:high]).rstrip(".") + "." if out else ""


def action(rng: random.Random) -> str:
    """5-15 words of what the agency did."""
    text = f"{rng.choice(ACTIONS)} {rng.choice(PLACES)} {rng.choice(CLAUSES)}".split()
    return " ".join(text[: rng.randint(5, 15)]) + "."


def generate(case: Path, agencies: int, rows: int) -> dict[str, int]:
    """Write case.yaml and one workbook per agency; the marker is written last."""
    shutil.rmtree(case, ignore_errors=True)
    case.mkdir(parents=True)
    rng, span = random.Random(SEED), (END - START).days
    lines = ["case_id: BENCH", "title: Benchmark case",
             "scoping_period: {start: 2019-01-01, end: 2021-12-31}", "agencies:"]
    previous: list[list[object]] = []
    blanks = 0
    for number in range(1, agencies + 1):
        lines += [f"  - name: Agency {number:02d}", f"    chronology: agency_{number:02d}.xlsx"]
        data: list[list[object]] = []
        for index in range(rows):
            early = rng.random() < 0.02  # a few weeks before the scoping period: flagged
            day = START - dt.timedelta(rng.randint(1, 40)) if early else \
                START + dt.timedelta(rng.randint(0, span))
            data.append([day, f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}",
                         rng.choice(SUBJECTS), words(rng, 15, 40), action(rng),
                         words(rng, 0, 20) or None, f"REF-{number * 100_000 + index:07d}"])
        for source in rng.sample(previous, min(5, len(previous))):  # near-duplicates
            target, text = rng.choice(data), str(source[3]).split()
            text[rng.randrange(len(text))] = rng.choice(NAMES)
            target[0], target[3] = source[0], " ".join(text)
        data.sort(key=lambda row: (row[0], row[1]))
        workbook = Workbook(write_only=True)
        sheet = workbook.create_sheet("Chronology")
        sheet.append(HEADER)
        for index, row in enumerate(data, start=1):
            blank = index % 500 == 0
            blanks += blank
            sheet.append([None] * len(HEADER) if blank else row)
        workbook.save(case / f"agency_{number:02d}.xlsx")
        previous = data
    (case / "case.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    counts = {"rows": agencies * rows, "blank": blanks, "entries": agencies * rows - blanks}
    (case / "complete.json").write_text(json.dumps(counts), encoding="utf-8")
    return counts


# Runs one command and reports its wall time and the peak RSS of its largest process. A fresh
# wrapper per run means RUSAGE_CHILDREN covers that command (and its workers) alone.
WRAPPER = """import json, resource, subprocess, sys, time
t = time.perf_counter()
r = subprocess.run(sys.argv[1:], capture_output=True, text=True)
s = time.perf_counter() - t
print(json.dumps({"rc": r.returncode, "seconds": s, "out": r.stdout[-3000:],
  "err": r.stderr[-3000:], "kib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}))"""
BASELINE = """import sys, openpyxl
for path in sys.argv[1:]:
    book = openpyxl.load_workbook(path, read_only=True)
    for sheet in book.worksheets:
        for _ in sheet.iter_rows(values_only=True):
            pass
    book.close()"""


def measure(command: list[str]) -> dict[str, Any]:
    """Run ``command`` under the wrapper; stop the benchmark if it fails."""
    done = subprocess.run([sys.executable, "-c", WRAPPER, *command], capture_output=True,
                          text=True, check=True)
    result = json.loads(done.stdout)
    if result["rc"] != 0:
        sys.exit(f"{command[0]} exited with {result['rc']}:\n{result['out']}{result['err']}")
    return result


def check_outputs(out: Path, entries: int) -> None:
    """The tool must have written all four outputs and merged every non-blank row."""
    folder = out / "restricted"
    if missing := [n for n in OUTPUTS if not (folder / n).is_file()]:
        sys.exit(f"dhr merge-chronology did not write {', '.join(missing)} in {folder}")
    report = json.loads((folder / "merge_report.json").read_text(encoding="utf-8"))
    if (got := report["totals"]["entries_in_output"]) != entries:
        sys.exit(f"merge_report.json: entries_in_output is {got}, expected {entries}")


def main() -> None:
    """Build (or reuse) the case, time both runs alternately, print and save the medians."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--agencies", type=int, default=20)
    parser.add_argument("--rows", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    case = DATA / f"merge-{args.agencies}x{args.rows}"
    marker = case / "complete.json"
    if marker.is_file():
        counts = json.loads(marker.read_text(encoding="utf-8"))
    else:
        print(f"generating {case} ...", flush=True)
        counts = generate(case, args.agencies, args.rows)
    books = [str(p) for p in sorted(case.glob("agency_*.xlsx"))]
    dhr = Path(sys.executable).parent / "dhr"
    dhr_command = str(dhr) if dhr.is_file() else shutil.which("dhr") or "dhr"
    base_runs: list[dict[str, Any]] = []
    tool_runs: list[dict[str, Any]] = []
    for _ in range(max(1, args.repeat)):
        base_runs.append(measure([sys.executable, "-c", BASELINE, *books]))
        with tempfile.TemporaryDirectory(prefix="dhr-bench-") as out:
            tool_runs.append(measure([dhr_command, "merge-chronology", str(case), "--out", out]))
            check_outputs(Path(out), counts["entries"])
    base = statistics.median(r["seconds"] for r in base_runs)
    tool = statistics.median(r["seconds"] for r in tool_runs)
    peak_mb = max(r["kib"] for r in tool_runs) / 1024  # the worst run, not the median: a ceiling
    ratio = tool / base
    ratio_mark = "" if ratio <= TARGET_RATIO else "   MISSED"
    rss_mark = "" if peak_mb <= TARGET_MB else "   MISSED"
    print(f"merge-chronology benchmark: {args.agencies} agencies x {args.rows} rows "
          f"({counts['entries']} entries), median of {len(tool_runs)}")
    print(f"  {'openpyxl read-only, read only':<36}{base:6.2f} s")
    print(f"  {'dhr merge-chronology, all outputs':<36}{tool:6.2f} s   "
          f"({counts['entries'] / tool:.0f} rows/s)")
    print(f"  {'ratio (tool / baseline)':<36}{ratio:6.2f}     target <= {TARGET_RATIO:.2f}"
          f"{ratio_mark}")
    print(f"  {'peak RSS (largest process)':<36}{peak_mb:6.0f} MB    target <= {TARGET_MB} MB"
          f"{rss_mark}")
    results = {
        "agencies": args.agencies, "rows_per_agency": args.rows, **counts,
        "repeat": len(tool_runs), "baseline_s": base, "tool_s": tool,
        "tool_rows_per_s": counts["entries"] / tool, "ratio": ratio, "target_ratio": TARGET_RATIO,
        "ratio_met": not ratio_mark, "peak_rss_mb": peak_mb, "target_rss_mb": TARGET_MB,
        "rss_met": not rss_mark, "baseline_peak_rss_mb": max(r["kib"] for r in base_runs) / 1024,
        "baseline_runs_s": [r["seconds"] for r in base_runs],
        "tool_runs_s": [r["seconds"] for r in tool_runs],
    }
    DATA.mkdir(parents=True, exist_ok=True)
    (DATA / "results-merge.json").write_text(json.dumps(results, indent=2) + "\n",
                                             encoding="utf-8")


if __name__ == "__main__":
    main()
