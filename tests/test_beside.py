"""Work in a second process: results land, failures come back as they were raised."""
from __future__ import annotations

import os
import threading

import pytest

from ree_desk.problems import InputRejected, Problem
from ree_desk import beside
from ree_desk.beside import Beside, BesideFailed

needs_fork = pytest.mark.skipif(not hasattr(os, "fork"), reason="no os.fork on this system")


@needs_fork
def test_work_runs_in_another_process_and_its_file_is_there_after_wait(tmp_path, monkeypatch):
    monkeypatch.setattr(beside, "can_fork", lambda: True)
    target = tmp_path / "out.txt"
    job = Beside(lambda: target.write_text(str(os.getpid())))
    job.wait()
    assert int(target.read_text()) != os.getpid()


@needs_fork
def test_a_rejection_in_the_child_is_raised_in_the_parent_with_its_problems(monkeypatch):
    monkeypatch.setattr(beside, "can_fork", lambda: True)

    def work():
        raise InputRejected([Problem(None, "--pdf", "a folder that can be written", "/nope")])

    job = Beside(work)
    with pytest.raises(InputRejected) as caught:
        job.wait()
    assert [(p.column, p.found) for p in caught.value.problems] == [("--pdf", "/nope")]


@needs_fork
def test_an_exception_that_cannot_travel_becomes_one_line(monkeypatch):
    monkeypatch.setattr(beside, "can_fork", lambda: True)

    class Local(Exception):  # defined in a function: pickle cannot find it
        pass

    def work():
        raise Local("disk full")

    with pytest.raises(BesideFailed, match="Local: disk full"):
        Beside(work).wait()


@needs_fork
def test_wait_quietly_waits_and_swallows(tmp_path, monkeypatch):
    monkeypatch.setattr(beside, "can_fork", lambda: True)

    def work():
        (tmp_path / "started").write_text("x")
        raise RuntimeError("boom")

    Beside(work).wait_quietly()
    assert (tmp_path / "started").exists()


def test_without_fork_the_work_runs_at_wait_and_is_dropped_by_wait_quietly(monkeypatch):
    monkeypatch.setattr(beside, "can_fork", lambda: False)
    ran = []
    job = Beside(lambda: ran.append(threading.get_ident()))
    assert ran == []
    job.wait()
    assert ran == [threading.get_ident()]
    dropped = Beside(lambda: ran.append("again"))
    dropped.wait_quietly()
    dropped.wait()
    assert ran == [threading.get_ident()]


@needs_fork
def test_what_the_work_returns_comes_back_from_the_child(monkeypatch):
    monkeypatch.setattr(beside, "can_fork", lambda: True)
    big = list(range(200_000))  # more than a pipe holds at once
    job = Beside(lambda: (os.getpid(), [n * 2 for n in big]))
    child, doubled = job.wait()
    assert child != os.getpid()
    assert doubled == [n * 2 for n in big]


def test_without_fork_wait_returns_what_the_work_returns(monkeypatch):
    monkeypatch.setattr(beside, "can_fork", lambda: False)
    assert Beside(lambda: "done").wait() == "done"
