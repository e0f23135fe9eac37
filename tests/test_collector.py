"""The cycle collector is paused for bulk work and resumes after it, however
the pauses nest or end."""
from __future__ import annotations

import gc
import threading

import pytest

from ree_desk.services import import_preview, importer
from ree_desk.services.collector import collector_paused
from conftest import HEADER, write_csv


@pytest.fixture(autouse=True)
def collector_on():
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_a_pause_ends_with_the_last_of_nested_pauses():
    with collector_paused():
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_an_error_inside_still_ends_the_pause():
    with pytest.raises(ValueError):
        with collector_paused():
            raise ValueError
    assert gc.isenabled()


def test_a_collector_switched_off_before_stays_off():
    gc.disable()
    with collector_paused():
        pass
    assert not gc.isenabled()


def test_pauses_in_two_threads_end_when_both_do():
    inside, leave = threading.Event(), threading.Event()

    def other():
        with collector_paused():
            inside.set()
            leave.wait(5)

    thread = threading.Thread(target=other)
    thread.start()
    inside.wait(5)
    with collector_paused():
        pass
    assert not gc.isenabled()  # the other thread's pause goes on
    leave.set()
    thread.join()
    assert gc.isenabled()


def row(lot: str) -> dict:
    return dict(date="2026-03-02", type="MINED", material="ORE-ROCK", lot=lot, mass_kg="10", grade_pct="5",
                origin="CN")


@pytest.mark.parametrize("work", ["import", "preview"])
def test_an_import_and_its_preview_read_the_file_with_the_collector_paused(db, tmp_path, monkeypatch, work):
    path = write_csv(tmp_path / "m.csv", [row("L1"), row("L2")], header=HEADER)
    seen = []
    module = importer if work == "import" else import_preview
    reading = module.read_drafts if work == "import" else module.read_movement_file

    def read(*args, **kwargs):
        seen.append(gc.isenabled())
        return reading(*args, **kwargs)

    monkeypatch.setattr(module, "read_drafts" if work == "import" else "read_movement_file", read)
    if work == "import":
        importer.import_file(db, path, user="clerk")
    else:
        assert import_preview.preview_file(db, path, user="clerk").can_import
    assert seen == [False]
    assert gc.isenabled()
