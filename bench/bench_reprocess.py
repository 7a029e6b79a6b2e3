"""Batch reprocessing benchmark: 8 copies of the sample case, 1 worker against 2, and a rerun
with nothing changed.

Prints (never asserts), all measured in this run: the full batch (merge, drafts, publish of
every case) with one worker process and with two, the speed-up, and a second run of the batch
with no input changed as a share of the full two-worker run. Targets: 2 workers at least 1.7x
faster than 1 on a 2-core machine; the unchanged rerun at most 10 % of the full run.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

from cases import PASSWORD, copy_sample

from pipeline.reprocess import reprocess


def _timed(cases: list[Path], workers: int, force: bool = False) -> float:
    start = time.perf_counter()
    results = reprocess(cases, workers=workers, force=force)
    seconds = time.perf_counter() - start
    failed = [r for r in results if not r.ok]
    if failed:
        raise SystemExit(f"{failed[0].case_dir}: {failed[0].error}")
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cases", type=int, default=8)
    args = parser.parse_args()
    os.environ.setdefault("DHR_PASSWORD", PASSWORD)
    with tempfile.TemporaryDirectory(prefix="dhr-bench-") as scratch:
        one_set = [copy_sample(Path(scratch) / "one" / f"case{n}") for n in range(args.cases)]
        two_set = [copy_sample(Path(scratch) / "two" / f"case{n}") for n in range(args.cases)]
        one = _timed(one_set, workers=1)
        two = _timed(two_set, workers=2)
        unchanged = _timed(two_set, workers=2)
        forced = _timed(two_set, workers=2, force=True)
    print(f"reprocess benchmark ({args.cases} copies of the sample case, "
          f"{os.cpu_count()} cores)")
    print(f"  full batch, 1 worker                 {one:7.1f} s  "
          f"({one / args.cases:.1f} s per case)")
    print(f"  full batch, 2 workers                {two:7.1f} s  "
          f"({one / two:.2f}x faster than 1 worker; target >= 1.7x)")
    print(f"  rerun, nothing changed, 2 workers    {unchanged:7.1f} s  "
          f"({100 * unchanged / two:.1f} % of the full run; target <= 10 %)")
    print(f"  forced rebuild (--force), 2 workers  {forced:7.1f} s")


if __name__ == "__main__":
    main()
