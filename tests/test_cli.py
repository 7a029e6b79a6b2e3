"""The dhr command: exit codes and one plain sentence per user mistake, never a traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import cli
from tests.conftest import HEADER, CaseMaker, encrypt, write_xlsx


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_merge_the_sample_case(sample_case: Path, sample_password: str, tmp_path: Path) -> None:
    code, out, err = run("merge-chronology", str(sample_case), "--out", str(tmp_path))
    assert code == 0, err
    assert out.startswith("Merged ") and "entries from 7 agencies" in out
    assert str(tmp_path / "restricted") in out
    assert (tmp_path / "restricted" / "merged_chronology.xlsx").is_file()


def _assert_plain_error(code: int, err: str, *expected: str) -> None:
    assert code == 1
    assert err.startswith("Error: ") and err.count("\n") == 1, err
    assert "Traceback" not in err
    for text in expected:
        assert text in err


def test_missing_case_folder(tmp_path: Path) -> None:
    code, _, err = run("merge-chronology", str(tmp_path / "nowhere"))
    _assert_plain_error(code, err, "nowhere: no such case folder")


def test_malformed_case_yaml(tmp_path: Path) -> None:
    (tmp_path / "case.yaml").write_text("case_id: T\ntitle: x\nagencies: [\n", encoding="utf-8")
    code, _, err = run("merge-chronology", str(tmp_path))
    _assert_plain_error(code, err, "case.yaml: not valid YAML")


def test_missing_field(tmp_path: Path, make_case: CaseMaker) -> None:
    make_case([{"name": "A"}])
    code, _, err = run("merge-chronology", str(tmp_path))
    _assert_plain_error(code, err, "agencies[1].chronology is missing")


def test_missing_agency_file(tmp_path: Path, make_case: CaseMaker) -> None:
    make_case([{"name": "A", "chronology": "gone.xlsx"}])
    code, _, err = run("merge-chronology", str(tmp_path))
    _assert_plain_error(code, err, "gone.xlsx: file not found",
                        "agencies[1].chronology in case.yaml")


@pytest.mark.parametrize(("password", "expected"), [
    (None, "set the review password in the DHR_PASSWORD"),
    ("wrong", "the password in DHR_PASSWORD does not open this file"),
])
def test_protected_file_without_the_right_password(
        tmp_path: Path, make_case: CaseMaker, monkeypatch: pytest.MonkeyPatch,
        password: str | None, expected: str) -> None:
    encrypt(write_xlsx(tmp_path / "p.xlsx", {"S": [HEADER, ["01/01/2020", "", "", "x"]]}), "pw")
    make_case([{"name": "A", "chronology": "p.xlsx"}])
    if password:
        monkeypatch.setenv("DHR_PASSWORD", password)
    else:
        monkeypatch.delenv("DHR_PASSWORD", raising=False)
    code, _, err = run("merge-chronology", str(tmp_path), "--out", str(tmp_path / "o"))
    _assert_plain_error(code, err, "p.xlsx", expected)
    assert not (tmp_path / "o" / "restricted" / "merged_chronology.csv").exists()


def test_no_date_column(tmp_path: Path, make_case: CaseMaker) -> None:
    write_xlsx(tmp_path / "a.xlsx", {"S": [["Ref", "Text"], ["1", "x"]]})
    make_case([{"name": "A", "chronology": "a.xlsx"}])
    code, _, err = run("merge-chronology", str(tmp_path))
    _assert_plain_error(code, err, "a.xlsx", "the row that looks like the header is row 1")


def test_unwritable_output_folder(tmp_path: Path, make_case: CaseMaker) -> None:
    write_xlsx(tmp_path / "a.xlsx", {"S": [["Date", "Event"], ["01/01/2020", "x"]]})
    make_case([{"name": "A", "chronology": "a.xlsx"}])
    (tmp_path / "blocked").write_text("a file where the folder should be")
    code, _, err = run("merge-chronology", str(tmp_path), "--out", str(tmp_path / "blocked"))
    _assert_plain_error(code, err, "cannot create the output folder")


def test_an_unexpected_failure_shows_no_document_text(
        tmp_path: Path, make_case: CaseMaker, monkeypatch: pytest.MonkeyPatch) -> None:
    import pipeline.chronology

    def explode(*_args: object, **_kwargs: object) -> None:
        raise ValueError("Amira Okafor-Lane at 14 Elm Road")

    monkeypatch.setattr(pipeline.chronology, "run_merge", explode)
    write_xlsx(tmp_path / "a.xlsx", {"S": [HEADER]})  # case.yaml's files must exist
    make_case([{"name": "A", "chronology": "a.xlsx"}])
    code, _, err = run("merge-chronology", str(tmp_path))
    _assert_plain_error(code, err, "unexpected failure (ValueError)")
    assert "Amira" not in err and "Elm" not in err


def test_every_command_has_help_with_an_example() -> None:
    for name, command in cli.commands.items():
        code, out, _ = run(name, "--help")
        assert code == 0 and "Example:" in out, name
        assert command.help


def test_merge_does_not_load_the_language_model(sample_case: Path, tmp_path: Path) -> None:
    """Without a pseudonym map (no anonymised panel copy to make), the merge never loads spaCy;
    with one, the panel copy needs it."""
    import shutil

    import yaml

    case = tmp_path / "case"
    shutil.copytree(sample_case, case, ignore=shutil.ignore_patterns("output"))
    data = yaml.safe_load((case / "case.yaml").read_text(encoding="utf-8"))
    del data["pseudonym_map"]
    (case / "case.yaml").write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    script = (
        "import sys; from pipeline.cli import cli\n"
        "try:\n"
        f"    cli(['merge-chronology', {str(case)!r}, '--out', {str(tmp_path / 'out')!r}])\n"
        "except SystemExit as exit:\n"
        "    assert exit.code in (0, None), exit.code\n"
        "heavy = [m for m in ('spacy', 'presidio_analyzer', 'matplotlib') if m in sys.modules]\n"
        "print(heavy)\n"
    )
    env = {"DHR_PASSWORD": "Northbridge-DHR-2022", "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          env=env, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"


def test_drafting_does_not_load_the_language_model() -> None:
    script = ("import sys, pipeline.drafts, pipeline.drafts.qa, pipeline.anonymise.rewrite\n"
              "print([m for m in ('spacy', 'presidio_analyzer') if m in sys.modules])\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
