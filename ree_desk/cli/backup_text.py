"""What ``ree-desk backup`` prints: the copy made, or the copies kept, in
the folder beside the database and in the second place."""
from __future__ import annotations

import sys
from pathlib import Path

from ree_desk.cli.common import print_json
from ree_desk.services.backups import Backup, list_backups, unreachable


def _rows(backups: list[Backup]) -> list[dict]:
    return [{"file": str(b.path), "made_at": b.made_at.isoformat(sep=" "), "bytes": b.size} for b in backups]


def _second_json(db_path: Path, second: Path | None) -> dict | None:
    if second is None:
        return None
    problem = unreachable(second)
    return {"folder": str(second), "reachable": problem is None, "problem": problem,
            "backups": _rows(list_backups(db_path, second)) if problem is None else []}


def print_backup(db_path: Path, made: Backup, folder: Path, second: Path | None, *, as_json: bool) -> None:
    kept = list_backups(db_path, folder)
    if as_json:
        print_json({"made": str(made.path), "second_made": str(made.second) if made.second else None,
                    "second_problem": made.second_problem, "folder": str(folder), "backups": _rows(kept),
                    "second": _second_json(db_path, second)})
    else:
        print(f"backup: {made.path} ({made.size / 2**20:.1f} MB, checked); {len(kept)} kept in {folder}")
        if made.second:
            there = list_backups(db_path, made.second.parent)
            print(f"second place: {made.second} (checked); {len(there)} kept in {made.second.parent}")
    if made.second_problem:
        print(f"ree-desk: {made.second_problem}; the copy is only in {folder}", file=sys.stderr)


def print_backups(db_path: Path, folder: Path, second: Path | None, *, as_json: bool) -> None:
    kept = list_backups(db_path, folder)
    if as_json:
        print_json({"made": None, "folder": str(folder), "backups": _rows(kept),
                    "second": _second_json(db_path, second)})
        return
    for b in kept:
        print(f"{b.made_at:%Y-%m-%d %H:%M:%S}  {b.size / 2**20:8.1f} MB  {b.path}")
    if not kept:
        print(f"no backups in {folder}")
    if second is None:
        return
    problem = unreachable(second)
    if problem is not None:
        print(f"second place: {problem}")
        return
    there = list_backups(db_path, second)
    print(f"second place, {second}:" if there else f"second place: no backups in {second}")
    for b in there:
        print(f"{b.made_at:%Y-%m-%d %H:%M:%S}  {b.size / 2**20:8.1f} MB  {b.path}")
