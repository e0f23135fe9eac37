"""A clerk who never stops: posts single movements and imports files into
one database until killed, writing an acknowledgement after every commit.

Run by ``tests/test_kill_harness.py`` as ``python child.py DB ACKS SEED``.
Each acknowledgement line is ``single LOT`` or ``import FILE ROWS LOT-PREFIX``,
written and synced only after the posting returned: whatever was
acknowledged must be in the ledger after any kill. A line ``begin import
FILE`` before an import lets the harness count the imports it cut short.
"""
from __future__ import annotations

import csv
import os
import random
import sys
from pathlib import Path

from ree_desk.domain.drafts import draft_from_values
from ree_desk.services.importer import import_file
from ree_desk.services.posting import post_movements
from ree_desk.store.database import open_database

HEADER = ["date", "type", "material", "lot", "mass_kg", "grade_pct", "origin", "counterparty", "customs_no"]


def receipt_values(lot: str, rng: random.Random) -> dict:
    origin = rng.choice(["CN", "CN", "MM", "LA"])
    return {"date": f"2026-06-{rng.randint(1, 28):02d}", "type": "RECEIPT", "material": "CONC-BAST", "lot": lot,
            "mass_kg": f"{rng.randint(1, 90000)}.{rng.randint(0, 999):03d}", "grade_pct": f"{rng.randint(3000, 7000) / 100}",
            "origin": origin, "counterparty": "包头供应商" if origin == "CN" else "Import Co",
            "customs_no": None if origin == "CN" else f"5301{rng.randint(10**13, 10**14 - 1)}"}


def main(db_path: str, acks_path: str, seed: str) -> None:
    rng = random.Random(int(seed))
    folder = Path(acks_path).parent
    db = open_database(Path(db_path))
    acks = open(acks_path, "a", encoding="utf-8")
    print("ready", flush=True)
    n = 0
    while True:
        n += 1
        tag = f"{seed}-{n}"
        if rng.random() < 0.8:
            lot = f"S{tag}"
            draft, problems = draft_from_values(None, receipt_values(lot, rng))
            assert not problems
            post_movements(db, [draft], user="kill", source="entry")
            line = f"single {lot}"
        else:
            rows = rng.choice([50, 2100])  # over 2,000 rows take the path that writes while checking
            path = folder / f"import-{tag}.csv"
            with open(path, "w", newline="", encoding="utf-8") as fh:
                writer = csv.writer(fh)
                writer.writerow(HEADER)
                for i in range(rows):
                    values = receipt_values(f"I{tag}-{i}", rng)
                    writer.writerow([values[h] or "" for h in HEADER])
            acks.write(f"begin import {path.name}\n")
            acks.flush()
            import_file(db, path, user="kill")
            line = f"import {path.name} {rows} I{tag}-"
        acks.write(line + "\n")
        acks.flush()
        os.fsync(acks.fileno())


if __name__ == "__main__":
    main(*sys.argv[1:])
