"""A part of the report file deflated by a second thread: every byte in its
order, a failure of the writing told to the thread making the rows, and
nothing more written once that thread fails."""
from __future__ import annotations

import zipfile

import pytest

from ree_desk.report import deflating
from ree_desk.report.deflating import Deflating


def test_every_piece_arrives_in_order(tmp_path, monkeypatch):
    monkeypatch.setattr(deflating, "PIECE", 1000)  # many hand-overs
    pieces = [f"<row r=\"{n}\">{'x' * (n % 700)}</row>".encode() for n in range(3000)]
    with zipfile.ZipFile(tmp_path / "p.zip", "w", zipfile.ZIP_DEFLATED, compresslevel=1) as out:
        with out.open("sheet.xml", "w") as part, Deflating(part) as writer:
            for piece in pieces:
                writer.write(piece)
    with zipfile.ZipFile(tmp_path / "p.zip") as package:
        assert package.read("sheet.xml") == b"".join(pieces)
        assert package.testzip() is None


class FailingPart:
    def __init__(self, fail_after: int):
        self.written: list[bytes] = []
        self.fail_after = fail_after

    def write(self, data: bytes) -> None:
        if len(self.written) == self.fail_after:
            raise OSError(28, "No space left on device")
        self.written.append(data)


def test_a_failed_write_is_raised_where_the_rows_are_made(monkeypatch):
    monkeypatch.setattr(deflating, "PIECE", 10)
    part = FailingPart(fail_after=2)
    with pytest.raises(OSError, match="No space left"):
        with Deflating(part) as writer:
            for _ in range(10_000):
                writer.write(b"0123456789")
    assert len(part.written) == 2


def test_a_failure_while_making_rows_drops_what_was_not_written(monkeypatch):
    monkeypatch.setattr(deflating, "PIECE", 10)
    part = FailingPart(fail_after=10**9)
    with pytest.raises(ValueError, match="a bad row"):
        with Deflating(part) as writer:
            writer.write(b"0123456789")
            writer.write(b"0123")  # not yet a piece: never handed over
            raise ValueError("a bad row")
    assert b"".join(part.written) in (b"", b"0123456789")
