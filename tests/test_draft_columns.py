"""A CSV file read column by column gives exactly what the row reader gives.

The column path (``read_csv_columns`` + ``ColumnDraftReader``) serves large
imports; the row path (``read_movement_file`` + ``DraftReader``) serves
everything else and is the reference. Files are written to disk and read
back by both.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from ree_desk import beside, draft_columns
from ree_desk.draft_columns import ColumnDraftReader
from ree_desk.drafts import DraftReader
from ree_desk.importing.csv_columns import open_plain_csv, read_csv_columns
from ree_desk.importing.reader import COLUMN_NAMES, read_movement_file
from ree_desk.movement_types import MovementType
from test_draft_reader import GOOD_CODE, GOOD_ROWS  # the same good rows as the row reader's test

# Text cells only: a CSV holds nothing else. Padding, blanks and the
# boundaries of each field's rules are what the two paths must agree on.
CELLS = {
    "date": ["2026-03-05", "2026/3/5", " 2026年3月5日 ", "2026-02-30", "05.03.2026", ""],
    "type": ["RECEIPT", "MINED", "FEED", "OUTPUT", "SHIPMENT", "ADJUSTMENT", "入库", " receipt", "出库",
             "MOVE", "FEED  x", "x" * 300],
    "material": ["CONC-BAST", "conc-bast ", "NOPE", "A" * 65, "CONC BAST", "氧化镨钕", ""],
    "lot": ["L-1", "L  2", "L\t3", "B" * 64, "B" * 65, "1234", " L4 ", ""],
    "mass_kg": ["1000", "1000.5", "1000.125", "1000.1255", "0", "0.000", "-12.5", "1,234.5", "1 234,5",
                "１２３", "999999999999.999", "1000000000000", " 77 ", "1e3", "", "abc"],
    "grade_pct": ["65.5", "65.55", "65.555", "100", "100.01", "-1", "65,5", "65.5%", "０.５", " 3 ", "x", ""],
    "origin": ["CN", "cn", "MM", "缅甸", "Myanmar", "XX", "C N", ""],
    "origin_detail": ["内蒙古", "a  b", "x" * 201, "=cmd", ""],
    "counterparty": ["包头公司", "Acme  Ltd", "x" * 200, "x" * 201, "\x01bad", " 包头公司", ""],
    "credit_code": [GOOD_CODE, GOOD_CODE.lower(), "91350100M000100Y44", "123", ""],
    "customs_no": ["CUS-1", "C" * 65, "123456789", "x  y", ""],
    "invoice_no": ["INV-1", "I" * 65, "77.0", "x  y", ""],
    "run": ["R-1", "R" * 65, "r 1", ""],
    "destination": ["CN", "JP", "日本", "ZZ", ""],
    "note": ["lost in transit", "n" * 1000, "n" * 1001, "+1", ""],
}



@st.composite
def rows(draw):
    values = dict.fromkeys(COLUMN_NAMES, "")
    values.update(date="2026-03-05", material="CONC-BAST", lot="L-1", mass_kg="1000.5", grade_pct="65.5")
    values.update(draw(st.sampled_from(GOOD_ROWS)))
    for column in draw(st.lists(st.sampled_from(COLUMN_NAMES), max_size=3, unique=True)):
        values[column] = draw(st.sampled_from(CELLS[column]))
    return values


def write_csv(path: Path, columns: list[str], batch: list[dict]) -> Path:
    out = io.StringIO(newline="")
    writer = csv.writer(out)
    writer.writerow(columns)
    for values in batch:
        writer.writerow([values[c] for c in columns])
    path.write_text(out.getvalue(), encoding="utf-8")
    return path


def by_rows(path: Path):
    table = read_movement_file(path)
    assert table.problems == []
    reader = DraftReader()
    drafts, problems = [], []
    for row in table.rows:
        draft, found = reader.draft(row.line, row.values, row.percent_columns)
        if draft is not None:
            drafts.append(draft)
        problems.extend(found)
    return drafts, problems


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(batch=st.lists(rows(), min_size=1, max_size=8),
       dropped=st.lists(st.sampled_from(COLUMN_NAMES[6:]), unique=True),
       shuffled=st.randoms(use_true_random=False))
def test_columns_equal_rows(tmp_path, batch, dropped, shuffled):
    columns = [c for c in COLUMN_NAMES if c not in dropped]
    shuffled.shuffle(columns)
    path = write_csv(tmp_path / "m.csv", columns, batch)
    table = read_csv_columns(path)
    assert table is not None
    assert ColumnDraftReader().read(table) == by_rows(path)


def test_a_plain_file_gives_typed_drafts_on_their_lines(tmp_path):
    path = write_csv(tmp_path / "m.csv", list(COLUMN_NAMES), [
        dict(dict.fromkeys(COLUMN_NAMES, ""), date="2026-03-05", type="FEED", material="conc-bast", lot="L-1",
             mass_kg="1,200.5", grade_pct="65.5", run="R-1"),
        dict(dict.fromkeys(COLUMN_NAMES, ""), date="2026-03-06", type="ADJUSTMENT", material="CONC-BAST",
             lot="L-1", mass_kg="-0.5", grade_pct="65.5", note="stocktake"),
    ])
    drafts, problems = ColumnDraftReader().read(read_csv_columns(path))
    assert problems == []
    assert [(d.line, d.day, d.type, d.material, d.mass_g, d.run) for d in drafts] == [
        (2, dt.date(2026, 3, 5), MovementType.FEED, "CONC-BAST", -1_200_500, "R-1"),
        (3, dt.date(2026, 3, 6), MovementType.ADJUSTMENT, "CONC-BAST", -500, None),
    ]


HEADER = "date,type,material,lot,mass_kg,grade_pct,run\n"
ROW = "2026-03-05,FEED,CONC-BAST,L-1,10,65.5,R-1\n"


@pytest.mark.parametrize("text", [
    HEADER + '2026-03-05,FEED,CONC-BAST,"L\n1",10,65.5,R-1\n',  # a cell spanning lines
    HEADER + "\n" + ROW,  # a blank line moves the next row's line number
    HEADER + ROW.replace(",R-1", ""),  # a short row
    HEADER + ROW.replace("R-1", "R-1,extra"),  # an extra cell
    HEADER.replace("\n", "\r") + ROW.replace("\n", "\r"),  # old Mac line ends
    "sep=;\n" + HEADER.replace(",", ";") + ROW.replace(",", ";"),  # Excel's separator line
    HEADER.replace("run", "run,") + ROW.replace("R-1", "R-1,"),  # a column with no header
    HEADER.replace("date", "when") + ROW,  # a header problem
    HEADER,  # no rows
    HEADER + ROW + ",,,,,,\n" + " , ,\u3000,,,, \n" + ROW.replace("L-1", "L-2") + ",,,,,,\n" * 3,  # empty records
    HEADER + ROW + ",,,,,,\n" * 2000,  # a long blank tail
])
def test_irregular_files_go_to_the_row_reader_or_agree_with_it(tmp_path, text):
    path = tmp_path / "m.csv"
    path.write_text(text, encoding="utf-8")
    table = read_csv_columns(path)
    if table is not None:
        assert ColumnDraftReader().read(table) == by_rows(path)
    else:
        read_movement_file(path)  # the row reader reads it (and reports what is wrong)


def test_multi_line_cells_blank_lines_and_ragged_rows_are_left_to_the_row_reader(tmp_path):
    for i, text in enumerate([HEADER + '2026-03-05,FEED,CONC-BAST,"L\n1",10,65.5,R-1\n', HEADER + "\n" + ROW,
                              HEADER + ROW.replace(",R-1", "")]):
        path = tmp_path / f"m{i}.csv"
        path.write_text(text, encoding="utf-8")
        assert read_csv_columns(path) is None


def test_records_of_empty_cells_between_rows_are_skipped_as_the_row_reader_skips_them(tmp_path):
    path = tmp_path / "m.csv"
    path.write_text(HEADER + ROW + ",,,,,,\n , , ,,,,\n" + ROW.replace("L-1", "L-2") + ",,,,,,\n" * 5000,
                    encoding="utf-8")
    table = read_csv_columns(path)
    assert table is not None and list(table.lines) == [2, 3, 4, 5]  # the blank tail is not read at all
    drafts, problems = ColumnDraftReader().read(table)
    assert problems == [] and [(d.line, d.lot) for d in drafts] == [(2, "L-1"), (5, "L-2")]
    assert (drafts, problems) == by_rows(path)


def test_bom_crlf_and_trailing_blank_rows_keep_the_fast_path_and_line_numbers(tmp_path):
    path = tmp_path / "m.csv"
    path.write_bytes(b"\xef\xbb\xbf" + (HEADER + ROW + ROW + ",,,,,,\n").replace("\n", "\r\n").encode())
    table = read_csv_columns(path)
    assert table is not None and list(table.lines) == [2, 3]
    assert ColumnDraftReader().read(table) == by_rows(path)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no os.fork on this system")
def test_a_file_read_in_two_processes_gives_what_one_gives(tmp_path, monkeypatch):
    monkeypatch.setattr(draft_columns, "TWO_PROCESSES_FROM", 0)
    monkeypatch.setattr(beside, "can_fork", lambda: True)
    monkeypatch.setattr(draft_columns, "can_fork", lambda: True)
    good = dict(dict.fromkeys(COLUMN_NAMES, ""), date="2026-03-05", type="FEED", material="CONC-BAST",
                lot="L-1", mass_kg="10", grade_pct="65.5", run="R-1")
    batch = [dict(good, mass_kg=str(n + 1)) for n in range(41)]
    batch[3] = dict(batch[3], date="2026-02-30")  # a bad row in each half
    batch[37] = dict(batch[37], mass_kg="ten")
    path = write_csv(tmp_path / "m.csv", list(COLUMN_NAMES), batch)
    plain = open_plain_csv(path)
    drafts, problems = draft_columns.read_plain_drafts(plain, parallel=True)
    assert (drafts, problems) == ColumnDraftReader().read(plain.columns()) == by_rows(path)
    assert [(p.line, p.column) for p in problems] == [(5, "date"), (39, "mass_kg")]
    assert [d.line for d in drafts] == [n + 2 for n in range(41) if n not in (3, 37)]


def test_the_parts_of_a_file_cover_it_at_line_ends(tmp_path):
    path = write_csv(tmp_path / "m.csv", ["date", "type", "material", "lot", "mass_kg", "grade_pct"],
                     [dict(date="2026-03-05", type="MINED", material="ORE-ROCK", lot=f"L{n}", mass_kg="1",
                           grade_pct="5") for n in range(10)])
    plain = open_plain_csv(path)
    (a, b), (c, d) = plain.parts(2)
    assert (a, b == c, d) == (plain.body_start, True, len(plain.text))
    assert plain.text[b - 1] == "\n"
    halves = [plain.columns(a, b), plain.columns(c, d)]
    assert [list(h.lines) for h in halves] == [list(range(2, 2 + halves[0].count)),
                                               list(range(2 + halves[0].count, 12))]


THREE_DECIMALS = ["1000.000", "0.000", "0.001", "007.500", " 12.345 ", "999999999999.999", "1000000000000.000",
                  "1.2345", "12.34"]
CODES = ["L-1", "L 2", "", " L3", "x" * 64, "x" * 65, "a  b", "\x01"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(masses=st.lists(st.sampled_from(THREE_DECIMALS), min_size=1, max_size=6),
       codes=st.lists(st.sampled_from(CODES), min_size=6, max_size=6))
def test_whole_column_shortcuts_agree_with_the_row_reader(tmp_path, masses, codes):
    """Masses with three decimals and document numbers are judged a column at
    a time when every cell allows it; the result must not change."""
    good = dict(dict.fromkeys(COLUMN_NAMES, ""), date="2026-03-05", type="FEED", material="CONC-BAST",
                grade_pct="65.5")
    batch = [dict(good, mass_kg=mass, lot=codes[i] or "L-9", run=codes[(i + 1) % 6] or "R-1",
                  invoice_no=codes[(i + 2) % 6], customs_no=codes[(i + 3) % 6]) for i, mass in enumerate(masses)]
    if len(masses) > 1:
        batch[-1]["lot"] = codes[-1]  # sometimes blank: a lot is required
    path = write_csv(tmp_path / "m.csv", list(COLUMN_NAMES), batch)
    assert ColumnDraftReader().read(read_csv_columns(path)) == by_rows(path)


def test_a_file_with_no_line_end_past_its_middle_is_read_in_one_process(tmp_path, monkeypatch):
    monkeypatch.setattr(draft_columns, "TWO_PROCESSES_FROM", 0)
    path = tmp_path / "m.csv"
    path.write_text(HEADER + ROW.rstrip("\n"), encoding="utf-8")  # the one row, no line end after it
    plain = open_plain_csv(path)
    assert len(plain.parts(2)) == 1
    assert draft_columns.read_plain_drafts(plain, parallel=True) == by_rows(path)
