"""The movement table on the first sheet of an xlsx file.

``xlsx_archive`` first bounds what any part may unpack to. openpyxl then
reads the workbook's small parts (its list of sheets, its styles) through
defusedxml, which refuses entity declarations; the shared strings and the
sheet itself are streamed by ``xlsx_sheet``. Nothing else of the workbook is
read: other sheets, charts and pictures are never unpacked.
"""
from __future__ import annotations

import warnings
from bisect import bisect_right
from pathlib import Path

from defusedxml import DefusedXmlException
from openpyxl.reader.excel import ExcelReader
from openpyxl.styles.stylesheet import apply_stylesheet
from openpyxl.utils import get_column_letter
from openpyxl.xml.constants import SHARED_STRINGS

from ree_desk.domain.drafts import BadCell
from ree_desk.importing import xlsx_archive, xlsx_sheet
from ree_desk.importing.table import (
    COLUMN_NAMES,
    FileUnreadable,
    Header,
    Problem,
    RawRow,
    RawTable,
    cannot_read,
    describe_found,
    read_header,
)


def read_xlsx(path: Path) -> RawTable:
    try:
        with open(path, "rb") as fh:
            head = fh.read(4096)
        xlsx_archive.check_not_a_zip(path, head)
        xlsx_archive.check_directory(path)
    except OSError as exc:
        raise cannot_read(path, exc) from None
    # openpyxl warns on stderr of what it leaves out (data validation,
    # extensions); the import says nothing it is not asked.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            book = ExcelReader(path, read_only=True, data_only=True)
        except (FileNotFoundError, PermissionError) as exc:
            raise cannot_read(path, exc) from None
        except Exception:
            raise _corrupt(path) from None
        try:
            return _read_book(path, book)
        except (FileUnreadable, MemoryError):
            raise
        except xlsx_sheet.Declarations:
            raise _bomb(path) from None
        except Exception as exc:  # damaged XML or zip parts surface while they are read
            raise _bad_workbook(path, exc) from None
        finally:
            book.archive.close()


def _read_book(path: Path, book) -> RawTable:
    archive = book.archive
    xlsx_archive.check_parts(path, archive.infolist())
    book.read_manifest()
    strings = book.package.find(SHARED_STRINGS)
    if strings is not None:  # openpyxl's reading of them takes seconds for a month's file
        book.shared_strings = xlsx_sheet.shared_strings(archive, strings.PartName[1:])
    book.read_workbook()
    apply_stylesheet(archive, book.wb)
    sheets = list(book.parser.find_sheets())
    if not sheets:
        raise FileUnreadable(path, "the workbook has no worksheet")
    sheet, rel = sheets[0]
    if "worksheet" not in rel.Type:
        raise FileUnreadable(path, f'the first sheet, "{sheet.name}", is a chart, not a table of movements; '
                                   f"put the movements on the first sheet")
    name = rel.target
    if name not in book.valid_files:
        raise _corrupt(path)
    scan = xlsx_sheet.scan_sheet(archive, name)
    rows = xlsx_sheet.sheet_rows(archive, name, xlsx_sheet.Book(book.wb, book.shared_strings), scan.values_end)
    return _table(path, rows, scan.merged)


def _table(path: Path, rows, merged: list[xlsx_sheet.Merged]) -> RawTable:
    problems: list[Problem] = []
    table: list[RawRow] = []
    header: Header | None = None
    empty = frozenset()
    spans = None
    for line, cells, percent in rows:
        if header is None:
            header = read_header([_header_text(cells.get(i)) for i in range(max(cells) + 1)], line)
            problems.extend(header.problems)
            problems.extend(Problem(line, None, "one header cell per column", f"the merged cells {m.ref}")
                            for m in merged if m.first_row <= line <= m.last_row and m.last_column > m.first_column)
            known, width, unnamed = header.known, header.width, set(header.unnamed)
            spans = _MergedSpans(merged, [i for i, _ in known]) if merged else None
            continue
        for column, ref in spans.covered(line) if spans else ():
            cells.setdefault(column, BadCell("a value of its own in each row",
                                             f"a cell merged into {ref}, whose value only its first cell holds"))
        values = dict.fromkeys(COLUMN_NAMES)
        pct = None
        for i, name in known:
            value = cells.get(i)
            if value is None:
                continue
            if type(value) is str:
                value = value.strip()
                if not value:
                    continue
            elif percent is not None and i in percent:
                pct = (pct or set()) | {name}
            values[name] = value
        n = max(cells) + 1
        if n > width:
            problems.append(Problem(line, None, f"{width} columns", f"{n}"))
        if unnamed:
            for i in sorted(unnamed.intersection(cells)):
                value = _shown_value(cells[i])
                problems.append(Problem(line, None, "no value under an empty header cell",
                                        f"{describe_found(value)} in {label(i)}"))
                break
        table.append(RawRow(line, values, frozenset(pct) if pct else empty))
    if header is None:
        problems.append(Problem(None, None, "a header row naming the columns", "an empty first worksheet"))
    return RawTable(path, "xlsx", header.columns if header else [], table, problems)


class _MergedSpans:
    """The cells of merged ranges, other than each range's first, that fall
    in the table's known columns: found by column and row in a few steps."""

    def __init__(self, merged: list[xlsx_sheet.Merged], columns: list[int]) -> None:
        spans: dict[int, list[tuple[int, int, str, bool]]] = {}
        for m in merged:
            for column in columns:
                if m.first_column <= column <= m.last_column and (m.last_row > m.first_row or column > m.first_column):
                    spans.setdefault(column, []).append((m.first_row, m.last_row, m.ref, column == m.first_column))
        self.spans = {column: sorted(found) for column, found in spans.items()}
        self.starts = {column: [s[0] for s in found] for column, found in self.spans.items()}

    def covered(self, line: int) -> list[tuple[int, str]]:
        out = []
        for column, found in self.spans.items():
            at = bisect_right(self.starts[column], line) - 1
            if at >= 0:
                first, last, ref, first_column = found[at]
                if line <= last and not (line == first and first_column):
                    out.append((column, ref))
        return out


def _header_text(value: object) -> object:
    return value.found if type(value) is BadCell else value


def _shown_value(value: object) -> object:
    return value.found if type(value) is BadCell else value


def label(i: int) -> str:
    """A sheet's column by its letters."""
    return f"column {get_column_letter(i + 1)}"


def _bad_workbook(path: Path, exc: BaseException) -> FileUnreadable:
    # openpyxl wraps parse errors ("Unable to read workbook"): look down the chain.
    seen = 0
    cause: BaseException | None = exc
    while cause is not None and seen < 10:
        if isinstance(cause, DefusedXmlException):
            return _bomb(path)
        cause = cause.__cause__ or cause.__context__
        seen += 1
    return _corrupt(path)


def _corrupt(path: Path) -> FileUnreadable:
    return FileUnreadable(path, "not a readable Excel workbook (it is damaged, password-protected, "
                                "or not really an .xlsx file)")


def _bomb(path: Path) -> FileUnreadable:
    return FileUnreadable(path, "refused: the workbook contains XML entity declarations "
                                "(a possible XML bomb)")
