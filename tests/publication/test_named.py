"""Who is named at publication: the chair, author and panel by their full names only, a person
withheld anywhere is withheld everywhere, and a kept picture loses its camera metadata."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
import yaml
from PIL import Image

from pipeline.anonymise.named import (
    kept_forms,
    named_people,
    publication_map,
    unnamed_without_pseudonym,
)
from pipeline.anonymise.pseudonyms import parse_map
from pipeline.anonymise.rewrite import anonymise_texts
from pipeline.config import load_case
from pipeline.publication.pictures import without_metadata

MAP = parse_map({"people": [
    {"name": "Grace Okafor", "title": "Mrs", "pseudonym": "Ruth", "role": "mother"},
    {"name": "Helen Marchbank", "pseudonym": "Independent Chair"}]})


def _case(tmp_path: Path, **extra: object):
    data = {"case_id": "T", "title": "T", "agencies": [{"name": "A", "chronology": "a.csv"}],
            "scoping_period": {"start": "2019-01-01", "end": "2020-01-01"}, **extra}
    (tmp_path / "case.yaml").write_text(yaml.safe_dump(data), encoding="utf-8")
    return load_case(tmp_path, require_returns=False)


def test_only_full_names_are_kept() -> None:
    forms = kept_forms("Sarah Okafor")
    assert {"Sarah Okafor", "Ms Sarah Okafor", "Okafor, Sarah"} <= set(forms)
    assert "Okafor" not in forms and "Mrs Okafor" not in forms and "Sarah" not in forms


@pytest.mark.slow
def test_a_named_member_does_not_shield_a_relative_with_the_same_surname(analyzer) -> None:
    pmap = publication_map(MAP, [("chair", "Helen Marchbank"), ("panel member",
                                                                "Sarah Okafor")])
    assert [p.name for p in pmap.people] == ["Grace Okafor"]  # the chair's entry set aside
    out, _ = anonymise_texts(["Sarah Okafor chaired the panel with Helen Marchbank. Mrs Okafor "
                              "told the chair about the letter."], pmap, analyzer)
    assert out == ["Sarah Okafor chaired the panel with Helen Marchbank. Ruth told the chair "
                   "about the letter."]


def test_a_person_withheld_in_one_entry_is_withheld_in_all(tmp_path: Path) -> None:
    case = _case(tmp_path, chair={"name": "Helen Marchbank", "named": False},
                 author={"name": "Helen Marchbank"},
                 panel=[{"name": "Helen Marchbank", "role": "Chair", "agency": "Independent"},
                        {"name": "Tobias Renn", "role": "DI", "agency": "A", "named": False}])
    assert named_people(case) == []
    assert unnamed_without_pseudonym(case, MAP) == [
        "case.yaml: panel[2] is not to be named (named: false) but the pseudonym map has no "
        "entry for them; add one with the pseudonym to publish (a role, such as 'Police Panel "
        "Member')."]


def test_a_kept_photograph_loses_its_camera_metadata() -> None:
    image = Image.new("RGB", (64, 48), "green")
    exif = Image.Exif()
    exif[0x010F] = "Camera maker"  # Make
    exif[0x8825] = {1: "N", 2: (51.0, 30.0, 0.0)}  # GPS: a home's position
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", exif=exif.tobytes(), quality=90)
    kept = without_metadata(buffer.getvalue())
    with Image.open(io.BytesIO(kept)) as again:
        assert again.size == (64, 48) and not again.getexif()
    png = io.BytesIO()
    image.save(png, format="PNG", pnginfo=_text_chunk("Author", "Grace Okafor"))
    assert b"Grace Okafor" in png.getvalue()
    assert b"Grace Okafor" not in without_metadata(png.getvalue())


def _text_chunk(key: str, value: str):
    from PIL.PngImagePlugin import PngInfo

    info = PngInfo()
    info.add_text(key, value)
    return info
