"""The timeline picture: a real PNG, byte-stable, with alt text that says what it shows."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import matplotlib
import pytest
from PIL import Image

from pipeline.drafts.timeline import (
    Contact,
    KeyEvent,
    TimelineData,
    TimelineInfo,
    draw_timeline,
)

matplotlib.use("Agg")

START, END, DEATH = dt.date(2019, 2, 14), dt.date(2022, 2, 14), dt.date(2022, 2, 14)
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def contacts() -> list[Contact]:
    police = [Contact("Northbridge Police", START + dt.timedelta(days=40 * i)) for i in range(14)]
    gp = [Contact("Northbridge General Practice", dt.date(2020, 1, 1) + dt.timedelta(days=9 * i))
          for i in range(5)]
    return [*police, *gp, Contact("Northbridge Housing", dt.date(2021, 6, 1))]


EVENTS = [KeyEvent(dt.date(2021, 4, 17), "Arrest after assault", "Northbridge Police"),
          KeyEvent(dt.date(2021, 4, 20), "MARAC referral"),
          KeyEvent(dt.date(2019, 6, 1), "Moves to refuge", "Northbridge Housing")]


def draw(tmp_path: Path, name: str = "timeline.png",
         **changes: object) -> tuple[Path, TimelineInfo]:
    args: dict[str, object] = {"contacts": contacts(), "key_events": EVENTS, "start": START,
                               "end": END, "death": DEATH, "title": "Adult A"}
    args.update(changes)
    path = tmp_path / name
    return path, draw_timeline(path=path, **args)  # type: ignore[arg-type]


def test_writes_a_png_two_thousand_pixels_wide(tmp_path: Path) -> None:
    path, info = draw(tmp_path)
    assert path.read_bytes()[:8] == PNG_SIGNATURE
    with Image.open(path) as image:
        image.verify()
    with Image.open(path) as image:
        width, height = image.size
        assert image.format == "PNG"
        assert not image.info.get("Software")
        colours = image.convert("RGB").getcolors(maxcolors=1_000_000)
    assert width == 2000  # 10 inches at 200 dpi
    assert 400 < height < width
    assert len(colours) > 10  # lanes, marks and labels were drawn, not a blank canvas
    assert info.lanes == ["Northbridge Police", "Northbridge General Practice",
                          "Northbridge Housing"]
    assert (info.contacts, info.key_events) == (20, 3)


def test_same_inputs_give_identical_bytes_and_different_inputs_do_not(tmp_path: Path) -> None:
    first, _ = draw(tmp_path, "a.png")
    second, _ = draw(tmp_path, "b.png")
    assert first.read_bytes() == second.read_bytes()
    moved, _ = draw(tmp_path, "c.png", death=dt.date(2021, 12, 1))
    assert moved.read_bytes() != first.read_bytes()
    fewer, _ = draw(tmp_path, "d.png", contacts=contacts()[:-1])
    assert fewer.read_bytes() != first.read_bytes()


def test_temporary_name_without_png_suffix_still_gets_a_png(tmp_path: Path) -> None:
    path, _ = draw(tmp_path, "timeline.png.tmp")
    assert path.read_bytes()[:8] == PNG_SIGNATURE


def test_alt_text_names_counts_events_and_death(tmp_path: Path) -> None:
    _, info = draw(tmp_path)
    text = info.alt_text
    assert text.startswith("Adult A. Timeline of contacts by 3 agencies from 14 February 2019 "
                           "to 14 February 2022:")
    assert "Northbridge Police 14 contacts" in text
    assert "Northbridge General Practice 5 contacts" in text
    assert "Northbridge Housing 1 contact;" in text
    assert "Arrest after assault (17 April 2021, Northbridge Police)" in text
    assert "MARAC referral (20 April 2021)" in text
    assert text.index("Moves to refuge") < text.index("Arrest after assault")  # in date order
    assert text.endswith("the date of death, 14 February 2022, is marked.")
    assert "\n" not in text


def test_given_lane_order_keeps_empty_lanes_and_appends_unlisted_ones(tmp_path: Path) -> None:
    _, info = draw(tmp_path, lanes=["Probation Service", "Northbridge General Practice"])
    assert info.lanes == ["Probation Service", "Northbridge General Practice",
                          "Northbridge Police", "Northbridge Housing"]
    assert "Probation Service no contacts" in info.alt_text


def test_dates_outside_the_period_are_drawn_not_dropped(tmp_path: Path) -> None:
    outside = [Contact("Northbridge Police", dt.date(2010, 1, 1)),
               Contact("Ambulance Service", dt.date(2023, 5, 1))]
    events = [*EVENTS, KeyEvent(dt.date(2015, 3, 1), "Earlier relationship ends"),
              KeyEvent(dt.date(2024, 1, 1), "Inquest", "Nobody")]
    path, info = draw(tmp_path, contacts=contacts() + outside, key_events=events,
                      death=dt.date(2022, 3, 1))
    assert path.stat().st_size > 0
    assert info.contacts == 22 and info.key_events == 5
    assert "Ambulance Service 1 contact" in info.alt_text
    assert "2 contacts outside the period are also shown" in info.alt_text
    assert "Earlier relationship ends (1 March 2015)" in info.alt_text
    assert "the date of death, 1 March 2022, is marked" in info.alt_text


def test_end_before_start_is_a_plain_error(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"ends .* before it starts"):
        draw(tmp_path, start=END, end=START)
    assert not (tmp_path / "timeline.png").exists()


def test_empty_contacts_still_draws_axes_and_death(tmp_path: Path) -> None:
    path, info = draw(tmp_path, contacts=[], key_events=[], title="")
    with Image.open(path) as image:
        assert image.size[0] == 2000
    assert info == TimelineInfo([], 0, 0, "Timeline of the period from 14 February 2019 to "
                                "14 February 2022: no agency contacts are recorded; the date "
                                "of death, 14 February 2022, is marked.")


def test_one_day_period_without_death(tmp_path: Path) -> None:
    day = dt.date(2021, 7, 9)
    path, info = draw(tmp_path, contacts=[Contact("Northbridge Police", day)], key_events=[],
                      start=day, end=day, death=None)
    assert path.read_bytes()[:8] == PNG_SIGNATURE
    assert info.alt_text == ("Adult A. Timeline of contacts by 1 agency from 9 July 2021 to "
                             "9 July 2021: Northbridge Police 1 contact.")


def test_labels_are_shortened_at_a_word_boundary_and_say_an_inexact_date() -> None:
    long = KeyEvent(dt.date(2021, 3, 1), "Visible bruising to her face and arms seen by the "
                    "health visitor during a routine home visit")
    assert long.drawn == "Visible bruising to her face and arms seen by …"
    assert len(long.drawn) <= 48
    season = KeyEvent(dt.date(2022, 3, 1), "Moved out", when="Spring 2022", exact=False)
    assert season.drawn == "Moved out (Spring 2022)"


def test_the_picture_is_drawn_again_from_other_words(tmp_path: Path) -> None:
    data = TimelineData(contacts(), [KeyEvent(dt.date(2021, 4, 17), "Derek Fenwick calls 999",
                                              "Northbridge Police")],
                        START, END, DEATH, "NB01: contacts by agency")
    again = TimelineData.from_json(data.to_json())
    assert again == data
    anonymised = again.mapped(lambda text: text.replace("Derek Fenwick", "Person 2"))
    info = anonymised.draw(tmp_path / "t.png")
    assert "Person 2 calls 999" in info.alt_text and "Fenwick" not in info.alt_text
    assert anonymised.contacts == data.contacts and data.events[0].label.startswith("Derek")
