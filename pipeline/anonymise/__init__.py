"""The anonymise stage: any .docx in, an anonymised .docx out, with a review and an audit.

``anonymise_docx`` is the one entry point; the CLI and (later) publication call it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pipeline.anonymise.pseudonyms import PseudonymMap, load_map
from pipeline.anonymise.review import Decision, read_decisions, write_audit, write_review
from pipeline.anonymise.rewrite import rewrite_package
from pipeline.anonymise.verify import PROBLEMS, verify_docx, with_details
from pipeline.errors import AnonymiseError, IngestError, OutputError, VerificationError
from pipeline.ooxml.docx_package import CleanReport, PackageError
from pipeline.outputs import AtomicOutputs


@dataclass(frozen=True)
class AnonymiseReport:
    """What an anonymisation wrote and did."""

    output: Path
    review: Path
    audit: Path
    replacements: dict[str, int]
    review_items: int
    clean: CleanReport
    verification: dict
    forbidden: tuple[tuple[str, str, str], ...] = ()  # what was replaced, for later checks


def restricted_folder(output: Path) -> Path:
    """Where the review workbook and audit log go: ``restricted/`` beside the output."""
    return output.parent / "restricted"


def read_docx(path: Path, password: str | None) -> bytes:
    """A Word file's bytes, decrypted with the review password when protected; a plain error
    for anything that is not a .docx."""
    from pipeline.ingest.files import CFB_MAGIC, decrypt, is_encrypted

    if not path.is_file():
        raise AnonymiseError(f"{path}: file not found.")
    if path.suffix.lower() != ".docx":
        raise AnonymiseError(f"{path}: is not a .docx file; save it from Word as .docx.")
    data = path.read_bytes()
    if is_encrypted(data):
        try:
            return decrypt(data, path, password)
        except IngestError as exc:  # a wrong or missing password, said as this stage's error
            raise AnonymiseError(str(exc)) from exc
    if data.startswith(CFB_MAGIC):
        raise AnonymiseError(f"{path}: is an old-format Word file; save it as .docx.")
    return data


def anonymise_docx(source: Path, output: Path, pmap: PseudonymMap, analyzer=None,
                   decisions: dict[str, Decision] | None = None,
                   password: str | None = None) -> AnonymiseReport:
    """Anonymise ``source`` into ``output`` (a .docx), verified before it is released.

    The review workbook and audit log go to :func:`restricted_folder`. On any failure nothing
    is left behind: not the output, not a partial review.
    """
    source, output = Path(source), Path(output)
    if output.suffix.lower() != ".docx":
        raise AnonymiseError(f"{output}: the output must be a .docx (or, from the command line, "
                             "a .pdf) file.")
    if not output.parent.is_dir():
        raise OutputError(f"{output.parent}: the output folder does not exist; create it or "
                          "choose another.")
    data = read_docx(source, password)
    if analyzer is None:
        from pipeline.anonymise.detect import build_analyzer, model_name

        analyzer = build_analyzer(model_name())
    try:
        result = rewrite_package(data, pmap, analyzer, decisions)
    except PackageError as exc:
        raise AnonymiseError(f"{source}: could not be read as a Word document ({exc}); open it "
                             "in Word, save it as .docx and run again.") from exc
    stem = output.stem
    folder = restricted_folder(output)
    problems = folder / f"{stem}_{PROBLEMS}"
    try:
        with AtomicOutputs(output.parent) as out, AtomicOutputs(folder) as private:
            written = out.path(output.name)
            written.write_bytes(result.package.to_bytes())
            verification = verify_docx(written, result.forbidden, list(pmap.keep), str(output))
            write_review(result.review, private.path(f"{stem}_review.xlsx"))
            write_audit(result.audit, private.path(f"{stem}_audit.csv"))
    except VerificationError as exc:
        raise with_details(exc, problems, output.name) from None
    problems.unlink(missing_ok=True)
    return AnonymiseReport(output, folder / f"{stem}_review.xlsx", folder / f"{stem}_audit.csv",
                           result.counts(), len(result.review), result.clean, verification,
                           tuple(result.forbidden))


__all__ = ["AnonymiseReport", "anonymise_docx", "load_map", "read_decisions", "read_docx",
           "restricted_folder"]
