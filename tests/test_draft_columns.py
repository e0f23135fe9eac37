"""A CSV file read column by column gives exactly what the row reader gives.

The column path (``read_csv_columns`` + ``ColumnDraftReader``) serves every
CSV whose records are as wide as its header; the row path
(``read_movement_file`` + ``DraftReader``) serves everything else and is the
reference. Files are written to disk, quoted, with a byte-order mark and
any line ends, and read back by both.
"""
from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from ree_desk.domain.drafts import DraftReader
from ree_desk.domain.movement_types import MovementType
from ree_desk.importing.csv_columns import read_csv_columns
from ree_desk.importing.draft_columns import ColumnDraftReader
from ree_desk.importing.reader import COLUMN_NAMES, read_movement_file
from test_draft_reader import GOOD_CODE, GOOD_ROWS  # the same good rows as the row reader's test

# Text cells only: a CSV holds nothing else. Padding, blanks and the
# boundaries of each field's rules are what the two paths must agree on;
# commas, quotes and line ends inside cells, Chinese text and text that a
# spreadsheet would take for a formula are what the CSV reader must keep.
CELLS = {
    "date": ["2026-03-05", "2026/3/5", " 2026年3月5日 ", "2026-02-30", "05.03.2026", ""],
    "type": ["RECEIPT", "MINED", "FEED", "OUTPUT", "SHIPMENT", "ADJUSTMENT", "入库", " receipt", "出库",
             "MOVE", "FEED  x", "x" * 300],
    "material": ["CONC-BAST", "conc-bast ", "NOPE", "A" * 65, "CONC BAST", "氧化镨钕", ""],
    "lot": ["L-1", "L  2", "L\t3", "B" * 64, "B" * 65, "1234", " L4 ", "", "L,5", 'L"6"', "=L7"],
    "mass_kg": ["1000", "1000.5", "1000.125", "1000.1255", "0", "0.000", "-12.5", "1,234.5", "1 234,5",
                "１２３", "999999999999.999", "1000000000000", " 77 ", "1e3", "", "abc", "53,249.125",
                "1 234.500", "1\u00a0234.500", "１２，３４５．６７８", "0,123.000", "1,23.000", "1,234 567.000",
                "1,234,567", "12,345.67", "1\n234.000"],
    "grade_pct": ["65.5", "65.55", "65.555", "100", "100.01", "-1", "65,5", "65.5%", "０.５", " 3 ", "x", ""],
    "origin": ["CN", "cn", "MM", "缅甸", "Myanmar", "XX", "C N", ""],
    "origin_detail": ["内蒙古", "a  b", "x" * 201, "=cmd", "", "内蒙古, 包头", 'a "b" c', "two\nlines"],
    "counterparty": ["包头公司", "Acme  Ltd", "x" * 200, "x" * 201, "\x01bad", " 包头公司", "", "Acme, Ltd",
                     '"Quoted" Co', '=HYPERLINK("http://x")', "@SUM(1)", "-2+3"],
    "credit_code": [GOOD_CODE, GOOD_CODE.lower(), "91350100M000100Y44", "123", ""],
    "customs_no": ["CUS-1", "C" * 65, "123456789", "x  y", "", "C\n1", "C,1"],
    "invoice_no": ["INV-1", "I" * 65, "77.0", "x  y", "", "INV,1", '"INV"'],
    "run": ["R-1", "R" * 65, "r 1", ""],
    "destination": ["CN", "JP", "日本", "ZZ", ""],
    "note": ["lost in transit", "n" * 1000, "n" * 1001, "+1", "", "a\r\nb", 'said "hi", left', "=1+1",
             "司磅，复核\n第二行"],
}


@st.composite
def rows(draw):
    values = dict.fromkeys(COLUMN_NAMES, "")
    values.update(date="2026-03-05", material="CONC-BAST", lot="L-1", mass_kg="1000.5", grade_pct="65.5")
    values.update(draw(st.sampled_from(GOOD_ROWS)))
    for column in draw(st.lists(st.sampled_from(COLUMN_NAMES), max_size=3, unique=True)):
        values[column] = draw(st.sampled_from(CELLS[column]))
    return values


@dataclass(frozen=True)
class Layout:
    """How a file is written: what a spreadsheet, a script or a hand may do."""

    quoting: int = csv.QUOTE_MINIMAL
    line_end: str = "\n"
    bom: bool = False
    delimiter: str = ","
    blank_after: frozenset[int] = frozenset()  # rows followed by a blank line


layouts = st.builds(
    Layout,
    quoting=st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC]),
    line_end=st.sampled_from(["\n", "\r\n", "\r"]),
    bom=st.booleans(),
    delimiter=st.sampled_from([",", ";", "\t"]),
    blank_after=st.frozensets(st.integers(0, 8), max_size=3),
)


def write_csv(path: Path, columns: list[str], batch: list[dict], layout: Layout = Layout()) -> Path:
    def record(cells: list[str]) -> str:
        # Written with CRLF, so that a cell holding either line end is quoted.
        out = io.StringIO(newline="")
        csv.writer(out, delimiter=layout.delimiter, quoting=layout.quoting).writerow(cells)
        return out.getvalue().removesuffix("\r\n") + layout.line_end

    text = [record(columns)]
    for i, values in enumerate(batch):
        text.append(record([values[c] for c in columns]))
        if i in layout.blank_after:
            text.append(layout.line_end)
    path.write_bytes((codecs.BOM_UTF8 if layout.bom else b"") + "".join(text).encode("utf-8"))
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
       shuffled=st.randoms(use_true_random=False), layout=layouts)
def test_columns_equal_rows(tmp_path, batch, dropped, shuffled, layout):
    """However the file is quoted, delimited and ended, and whatever its
    cells hold, the column path reads it and gives the row reader's drafts
    and problems, on the lines where the row reader finds them."""
    columns = [c for c in COLUMN_NAMES if c not in dropped]
    shuffled.shuffle(columns)
    path = write_csv(tmp_path / "m.csv", columns, batch, layout)
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
    HEADER + ROW.replace("R-1", '"R-1'),  # a quote left open to the end of the file
    HEADER + ROW.replace("R-1", '"R-1\n') + ",,,,,,\n" * 3,  # the same before a blank tail
    HEADER + ROW.replace(",R-1", ',"R-1"x') + ROW,  # text after a closing quote
    HEADER.replace("grade_pct", '"grade_pct\n品位(%)"') + ROW + ROW,  # a header spanning lines
    "\n" + HEADER + ROW,  # a blank line before the header
])
def test_irregular_files_go_to_the_row_reader_or_agree_with_it(tmp_path, text):
    path = tmp_path / "m.csv"
    path.write_text(text, encoding="utf-8")
    table = read_csv_columns(path)
    if table is not None:
        assert ColumnDraftReader().read(table) == by_rows(path)
    else:
        read_movement_file(path)  # the row reader reads it (and reports what is wrong)


@pytest.mark.parametrize("text", [
    HEADER + ROW.replace(",R-1", ""),  # a short row
    HEADER + ROW.replace("R-1", "R-1,extra"),  # an extra cell
    HEADER.replace("run", "run,") + ROW.replace("R-1", "R-1,"),  # a column with no header
    HEADER + ROW.replace("R-1", '"R-1'),  # a quote left open
    HEADER + ROW.replace("R-1", '"R-1\n') + ",,,,,,\n" * 3,
    HEADER + ROW.replace(",R-1", ',"R-1"x') + ROW,  # text after a closing quote
    HEADER.replace("date", "when") + ROW,
    HEADER,
])
def test_ragged_rows_open_quotes_and_header_problems_are_left_to_the_row_reader(tmp_path, text):
    path = tmp_path / "m.csv"
    path.write_text(text, encoding="utf-8")
    assert read_csv_columns(path) is None


def test_cells_spanning_lines_and_blank_lines_keep_each_row_on_the_line_it_starts(tmp_path):
    path = tmp_path / "m.csv"
    path.write_text(HEADER.replace("grade_pct", '"品位(%)\ngrade_pct"')
                    + ROW.replace("L-1", '"L,1"') + "\n\n"
                    + ROW.replace(",10,", ',"1\n\n0",')  # one bad row, lines 6 to 8
                    + ROW.replace("65.5", '"6\r\n5"') + "\r\n"  # and another, lines 9 to 10
                    + ROW.replace("L-1", "L-4"), encoding="utf-8")
    table = read_csv_columns(path)
    assert table is not None and list(table.lines) == [3, 6, 9, 12]
    drafts, problems = ColumnDraftReader().read(table)
    assert [(d.line, d.lot) for d in drafts] == [(3, "L,1"), (12, "L-4")]
    assert [(p.line, p.column) for p in problems] == [(6, "mass_kg"), (9, "grade_pct")]
    assert (drafts, problems) == by_rows(path)


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


def test_a_spreadsheets_export_with_quoted_thousands_is_read_in_columns(tmp_path):
    """The file of a plant's history as a spreadsheet saves it: a byte-order
    mark, CRLF, masses with thousands separators quoted, names with commas
    and quotes, text that looks like a formula."""
    good = dict(dict.fromkeys(COLUMN_NAMES, ""), date="2026-03-05", type="RECEIPT", material="CONC-BAST",
                grade_pct="65.5", origin="CN", counterparty='包头"稀土", 有限公司', note="=SUM(A1:A9)")
    batch = [dict(good, lot=f"L-{n}", mass_kg=mass)
             for n, mass in enumerate(["53,249.125", "1 234.500", "９８７．６５４", "999.999", "12,345.6"])]
    path = write_csv(tmp_path / "m.csv", list(COLUMN_NAMES), batch, Layout(line_end="\r\n", bom=True))
    assert path.read_bytes().startswith(b'\xef\xbb\xbfdate,') and b'"53,249.125"' in path.read_bytes()
    table = read_csv_columns(path)
    assert table is not None
    drafts, problems = ColumnDraftReader().read(table)
    assert problems == []
    assert [(d.line, d.mass_g, d.counterparty, d.note) for d in drafts] == [
        (2, 53_249_125, '包头"稀土", 有限公司', "=SUM(A1:A9)"), (3, 1_234_500, '包头"稀土", 有限公司', "=SUM(A1:A9)"),
        (4, 987_654, '包头"稀土", 有限公司', "=SUM(A1:A9)"), (5, 999_999, '包头"稀土", 有限公司', "=SUM(A1:A9)"),
        (6, 12_345_600, '包头"稀土", 有限公司', "=SUM(A1:A9)")]
    assert (drafts, problems) == by_rows(path)


THREE_DECIMALS = ["1000.000", "0.000", "0.001", "007.500", " 12.345 ", "999999999999.999", "1000000000000.000",
                  "1.2345", "12.34", "53,249.125", "1,000,000.000", "999,999,999,999.999", "1,000,000,000,000.000",
                  "0,123.000", "01,234.000", "1,23.000", "1 234.500", "1\u00a0234\u202f567.000", "1,234 567.000",
                  "１２３．４５６", "１２，３４５．６７８", "12,345.67", "1.234,5", "+1.000", "1\n234.000",
                  "-1,234.500", "1" + ",000" * 5 + ".000", "9" * 16 + ".000"]
CODES = ["L-1", "L 2", "", " L3", "x" * 64, "x" * 65, "a  b", "\x01"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(masses=st.lists(st.sampled_from(THREE_DECIMALS), min_size=1, max_size=6),
       codes=st.lists(st.sampled_from(CODES), min_size=6, max_size=6))
def test_whole_column_shortcuts_agree_with_the_row_reader(tmp_path, masses, codes):
    """Masses with three decimals (plain, with thousands separators, in
    full-width digits) and document numbers are judged a column at a time
    when every cell allows it; the result must not change."""
    good = dict(dict.fromkeys(COLUMN_NAMES, ""), date="2026-03-05", type="FEED", material="CONC-BAST",
                grade_pct="65.5")
    batch = [dict(good, mass_kg=mass, lot=codes[i] or "L-9", run=codes[(i + 1) % 6] or "R-1",
                  invoice_no=codes[(i + 2) % 6], customs_no=codes[(i + 3) % 6]) for i, mass in enumerate(masses)]
    if len(masses) > 1:
        batch[-1]["lot"] = codes[-1]  # sometimes blank: a lot is required
    path = write_csv(tmp_path / "m.csv", list(COLUMN_NAMES), batch)
    assert ColumnDraftReader().read(read_csv_columns(path)) == by_rows(path)


def test_a_mass_of_thousands_of_digit_groups_is_refused_as_the_row_reader_refuses_it(tmp_path):
    """Longer than Python turns into a number from text: judged on its own,
    never converted whole."""
    good = dict(dict.fromkeys(COLUMN_NAMES, ""), date="2026-03-05", type="FEED", material="CONC-BAST",
                lot="L-1", grade_pct="65.5", run="R-1")
    batch = [dict(good, mass_kg="1,000.000"), dict(good, mass_kg="1" + ",000" * 1500 + ".000")]
    path = write_csv(tmp_path / "m.csv", list(COLUMN_NAMES), batch)
    drafts, problems = ColumnDraftReader().read(read_csv_columns(path))
    assert [d.mass_g for d in drafts] == [-1_000_000]
    assert [(p.line, p.column) for p in problems] == [(3, "mass_kg")]
    assert (drafts, problems) == by_rows(path)
