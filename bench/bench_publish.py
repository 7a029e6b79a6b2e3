"""Publication benchmark: the sample case end to end, and what batching LibreOffice saves.

Prints (never asserts): `dhr publish` on the bundled sample case (drafts made first, not timed),
and 10 documents converted to PDF in one LibreOffice run against one document alone, in seconds
per document, so the cost of starting LibreOffice is seen to be paid once.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from cases import PASSWORD, copy_sample
from docx import Document

DHR = Path(sys.executable).parent / "dhr"


def _document(path: Path, pages: int = 6) -> Path:
    document = Document()
    for page in range(pages):
        document.add_heading(f"Section {page + 1}", level=1)
        for _ in range(12):
            document.add_paragraph("The panel considered how agencies shared information and "
                                   "whether risk assessments were completed in time. " * 3)
    document.save(path)
    return path


def _timed(command: list[str], env: dict | None = None) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, env=env)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--documents", type=int, default=10)
    args = parser.parse_args()
    from pipeline.publication.pdf import convert_to_pdf

    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        docs = [_document(folder / f"doc{n:02d}.docx") for n in range(args.documents)]
        start = time.perf_counter()
        convert_to_pdf(docs[:1], folder / "one")
        one = time.perf_counter() - start
        start = time.perf_counter()
        convert_to_pdf(docs, folder / "batch")
        batch = time.perf_counter() - start

        case = copy_sample(folder / "case")
        env = {**os.environ, "DHR_PASSWORD": PASSWORD}
        subprocess.run([str(DHR), "drafts", str(case)], check=True, capture_output=True, env=env)
        publish = _timed([str(DHR), "publish", str(case)], env)

    per_batch = batch / args.documents
    print(f"publish benchmark ({args.documents} documents in one LibreOffice run)")
    print(f"  dhr publish, sample case end to end        {publish:7.2f} s")
    print(f"  one document alone                         {one:7.2f} s per document")
    print(f"  {args.documents} documents in one batch                  {per_batch:7.2f} s per "
          f"document ({one / per_batch:.1f}x cheaper)")


if __name__ == "__main__":
    main()
