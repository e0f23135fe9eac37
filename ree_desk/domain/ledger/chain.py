"""The hash chain that makes a change behind the program's back visible.

Each movement and each audit event carries ``chain``: the SHA-256 (hex) of
the previous row's chain followed by the row's own fields. Changing,
removing or reordering any row breaks the chain from that row on, and the
first row whose stored chain differs from the recomputed one is the row
that was touched (or the one after a row that was removed).

The encoding is a format, written down here so that anyone can recompute it
without this program: the previous hash (64 hex characters), then for each
field in order a unit separator (U+001F) and the field as

- ``-`` for an empty field (NULL),
- decimal digits with an optional ``-`` for a whole number,
- ``<length>:<text>`` for text, the length counted in Unicode characters
  (a date is its ISO text ``YYYY-MM-DD``, a time ``YYYY-MM-DD HH:MM:SS``),

all encoded as UTF-8. The length prefix means no text, whatever it holds,
can move a boundary between two fields.

The encoding must never change: the chain of a ledger written years ago is
recomputed with it.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from typing import Iterable, Sequence

GENESIS = "0" * 64
SEPARATOR = "\x1f"

# The fields a movement's link covers, in this order (the movement table's
# columns but the chain itself).
MOVEMENT_FIELDS = (
    "id", "day", "type", "material_id", "lot_id", "mass_g", "grade_bp", "reo_g", "quota_kind", "counterparty",
    "credit_code", "invoice_no", "customs_no", "run_id", "destination", "note", "reverses_id", "flags",
    "accept_reason", "posting_id", "source_line",
)
AUDIT_FIELDS = ("id", "at", "by", "action", "detail")


def _field(value: object) -> str:
    if value is None:
        return "-"
    cls = value.__class__
    if cls is int:
        return str(value)
    if cls is str:
        return f"{len(value)}:{value}"
    if cls is bool:
        return "1" if value else "0"
    if isinstance(value, dt.datetime):
        text = value.isoformat(sep=" ", timespec="seconds")
    elif isinstance(value, dt.date):
        text = value.isoformat()
    elif isinstance(value, int):
        return str(int(value))
    else:
        raise TypeError(f"no chain encoding for {cls.__name__}")
    return f"{len(text)}:{text}"


def link(previous: str, fields: Sequence[object]) -> str:
    """The chain value of a row whose fields are ``fields``, after ``previous``."""
    parts = [previous]
    append = parts.append
    for value in fields:
        # Inlined for the two common types: a large import links every row.
        if value is None:
            append("-")
        elif value.__class__ is int:
            append(str(value))
        elif value.__class__ is str:
            append(f"{len(value)}:{value}")
        else:
            append(_field(value))
    return hashlib.sha256(SEPARATOR.join(parts).encode("utf-8")).hexdigest()


def movement_link(previous: str, row: Sequence) -> str:
    """``link`` of a movement row (``MOVEMENT_FIELDS``, day as ISO text or a date),
    written out field by field: the same value in four fifths of the time,
    which a large import pays once a row. Optional fields are encoded inline
    because a function call per field would cost more than the hash."""
    (mid, day, mtype, material, lot, mass, grade, reo, quota, party, credit, invoice, customs, run, destination,
     note, reverses, flags, accepted, posting, line) = row
    if day.__class__ is not str:  # a date, as a server's driver reads it back
        day = day.isoformat()
    return hashlib.sha256((
        f"{previous}\x1f{mid}\x1f{len(day)}:{day}\x1f{len(mtype)}:{mtype}\x1f{material}\x1f{lot}\x1f{mass}"
        f"\x1f{grade}\x1f{reo}\x1f{'-' if quota is None else f'{len(quota)}:{quota}'}"
        f"\x1f{'-' if party is None else f'{len(party)}:{party}'}"
        f"\x1f{'-' if credit is None else f'{len(credit)}:{credit}'}"
        f"\x1f{'-' if invoice is None else f'{len(invoice)}:{invoice}'}"
        f"\x1f{'-' if customs is None else f'{len(customs)}:{customs}'}"
        f"\x1f{'-' if run is None else run}"
        f"\x1f{'-' if destination is None else f'{len(destination)}:{destination}'}"
        f"\x1f{'-' if note is None else f'{len(note)}:{note}'}"
        f"\x1f{'-' if reverses is None else reverses}\x1f{flags}"
        f"\x1f{'-' if accepted is None else f'{len(accepted)}:{accepted}'}"
        f"\x1f{posting}\x1f{'-' if line is None else line}"
    ).encode("utf-8")).hexdigest()


def first_break(previous: str, rows: Iterable[tuple[int, Sequence[object], str | None]]) -> tuple[int, str] | None:
    """The first of ``rows`` (id, fields, stored chain), taken in order
    after ``previous``, whose stored chain is not the one its fields make:
    (id, what is wrong), or None when the whole chain holds."""
    for row_id, fields, stored in rows:
        expected = link(previous, fields)
        if stored != expected:
            if stored is None:
                return row_id, "has no chain value"
            return row_id, "does not match its chain: the row, or one before it, was changed or removed"
        previous = expected
    return None


def digest_origins(rows: Iterable[Sequence[object]]) -> str:
    """One SHA-256 over a posting's origin shares (movement id, country, mass
    in grams, REO in grams), in the order of movement id and country; each
    row a line of its fields joined by the unit separator. Whole numbers and
    a two-letter code cannot move a field boundary, so no length prefix is
    needed and the digest stays cheap for a large import."""
    digest = hashlib.sha256()
    lines: list[str] = []
    for m, c, mass, reo in rows:
        lines.append(f"{m}\x1f{c}\x1f{mass}\x1f{reo}\n")
        if len(lines) == 50000:  # a million-row history is digested in bounded memory
            digest.update("".join(lines).encode("utf-8"))
            lines.clear()
    digest.update("".join(lines).encode("utf-8"))
    return digest.hexdigest()
