"""Writing the report workbook in two processes at once.

openpyxl writes some 100,000 cells a second, and a month of 10,000
movements fills about 230,000. The sheets of an xlsx file are separate parts
of its zip package, so two processes can each write a share of them: both
build the same workbook (same sheets, same set-up, same style table, see
``register_styles``), each fills in its own sheets and leaves the others
empty, and the second file's sheets then take the place of the first
file's empty ones.

The parts are put together only when the two files agree on every part
that is not a sheet (styles, workbook, relationships, content types);
otherwise, or where a second process cannot be started, the caller writes
the workbook in one process as before.
"""
from __future__ import annotations

import secrets
import zipfile
from collections.abc import Sequence
from pathlib import Path

from defusedxml import ElementTree

from ree_desk.beside import Beside, can_fork
from ree_desk.report.xlsx_sheets import Sheet
from ree_desk.report.xlsx_writer import Progress, RowCounter, write_workbook

_RELS = "xl/_rels/workbook.xml.rels"
_WORKBOOK = "xl/workbook.xml"
_NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
       "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
       "p": "http://schemas.openxmlformats.org/package/2006/relationships"}
# Parts that differ between two saves of the same workbook: the moment of saving.
_MAY_DIFFER = {"docProps/core.xml"}


def split_sheets(sheets: Sequence[Sheet]) -> tuple[set[int], set[int]]:
    """Sheet indexes for this process and for the second one, balanced by
    the number of cells each sheet holds."""
    sizes = sorted(((sum(len(t.rows) * len(t.columns) for t in sheet.tables), index)
                    for index, sheet in enumerate(sheets)), reverse=True)
    mine: set[int] = set()
    theirs: set[int] = set()
    load = [0, 0]
    for size, index in sizes:
        side = 0 if load[0] <= load[1] else 1
        (mine if side == 0 else theirs).add(index)
        load[side] += size
    return mine, theirs


def write_in_halves(sheets: Sequence[Sheet], target: Path, progress: Progress | None) -> bool:
    """Write the workbook to ``target`` with a second process doing part of
    the sheets. False when that was not possible (nothing is left at
    ``target`` but what was there); the caller then writes it alone."""
    if not can_fork() or len(sheets) < 2:
        return False
    mine, theirs = split_sheets(sheets)
    first = target.with_name(f"{target.name}.{secrets.token_hex(4)}.a")
    second = target.with_name(f"{target.name}.{secrets.token_hex(4)}.b")
    try:
        job = Beside(lambda: write_workbook(sheets, second, RowCounter(0, None), fill=theirs))
        counter = RowCounter(sum(len(t.rows) for i in mine for t in sheets[i].tables), progress)
        try:
            write_workbook(sheets, first, counter, fill=mine)
        except BaseException:
            job.wait_quietly()
            raise
        job.wait()
        if not merge_sheets(first, second, [sheet.title for sheet in sheets], sorted(theirs), target):
            return False
        counter.finish()
        return True
    finally:
        first.unlink(missing_ok=True)
        second.unlink(missing_ok=True)


def merge_sheets(first: Path, second: Path, titles: Sequence[str], taken: Sequence[int], target: Path) -> bool:
    """Write ``first`` to ``target`` with the sheets of indexes ``taken``
    (of the sheets named ``titles``) from ``second``; False, writing
    nothing, if the two files disagree on any part that is not a sheet."""
    with zipfile.ZipFile(first) as a, zipfile.ZipFile(second) as b:
        if a.namelist() != b.namelist():
            return False
        parts = _sheet_parts(a, titles)
        if parts is None or parts != _sheet_parts(b, titles):
            return False
        for name in a.namelist():
            if name not in parts.values() and name not in _MAY_DIFFER and a.read(name) != b.read(name):
                return False
        from_second = {parts[titles[i]] for i in taken}
        # Level 1: the parts are recompressed here, and the file is still a
        # fraction of its XML; the default level would cost more than it saves.
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as out:
            for info in a.infolist():
                source = b if info.filename in from_second else a
                out.writestr(info, source.read(info.filename), compresslevel=1)
    return True


def _sheet_parts(package: zipfile.ZipFile, titles: Sequence[str]) -> dict[str, str] | None:
    """Sheet name -> part name of every worksheet, from the workbook's own
    list of sheets and its relationships; None unless they are ``titles``."""
    workbook = ElementTree.fromstring(package.read(_WORKBOOK))
    rels = ElementTree.fromstring(package.read(_RELS))
    target_of = {rel.get("Id"): rel.get("Target") for rel in rels.findall("p:Relationship", _NS)}
    parts = {}
    for sheet in workbook.findall("m:sheets/m:sheet", _NS):
        target = target_of.get(sheet.get(f"{{{_NS['r']}}}id"))
        if target is None:
            return None
        parts[sheet.get("name")] = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
    return parts if list(parts) == list(titles) else None
