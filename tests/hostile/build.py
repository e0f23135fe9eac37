"""Defective movement files, made the same way every time.

Each kind of defect is one function writing one file into a folder and
saying what the import must answer: the lines and columns of the rows it
must refuse, or the one reason it must refuse the whole file for. The kinds,
their bad rows and the outcome a plant would expect are listed in
``README.md`` beside this module. Bombs and million-row sheets are made here
at test time, never kept in the repository.

Every file also holds good rows among the bad ones, so a defect that spoils
the rows around it (a quote left open, a million empty rows) shows.

``files`` holds what the files are written with, ``row_kinds`` the files
refused row by row and ``file_kinds`` those refused as a whole; this module
names every kind and builds one.
"""
from __future__ import annotations

from pathlib import Path

from hostile.file_kinds import FILE_KINDS
from hostile.files import Case
from hostile.row_kinds import ROW_KINDS

KINDS = {make.__name__: make for make in ROW_KINDS + FILE_KINDS}


def build(kind: str, folder: Path) -> Case:
    folder.mkdir(parents=True, exist_ok=True)
    return KINDS[kind](folder)


def main() -> None:  # pragma: no cover - for looking at the files by hand
    import sys

    folder = Path(sys.argv[1])
    for kind in KINDS:
        case = build(kind, folder)
        print(f"{kind}: {case.path.name}, {case.bad_rows} bad rows{'' if case.refused is None else ', refused'}")


if __name__ == "__main__":  # pragma: no cover
    main()
