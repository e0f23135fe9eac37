"""Does a batch repeat what the ledger already holds?

A clerk who imports a month twice, or types in a delivery that was already
imported, files every figure of it twice. Two warnings say so before it
happens (both may be accepted with a reason, like negative stock):

- a file whose content was imported before, naming when, by whom and into
  which posting;
- a row that repeats a ledger movement: the same day, type, material and
  lot, the same signed mass and the same document numbers (invoice,
  customs declaration), even in a file never seen before.

What a plant expects of the second, beyond those fields:

- Document numbers are compared as a clerk reads them: ignoring case,
  spaces and full-width forms (Unicode NFKC), so ``inv 001`` repeats
  ``INV001`` and ``ＩＮＶ００１``. A missing number equals a missing number:
  feeds and outputs carry none.
- Grade, counterparty, run and note do not count: the same delivery typed
  again with a corrected grade is still a second copy of it.
- A reversal is never repeated, and neither is a movement that has been
  reversed: reversing a wrong movement and posting it again, right, is how
  a mistake is corrected, and the new one must not be held against it.
- Each ledger movement is repeated by one row at most. Rows and movements
  that share all those fields are paired in order (rows in the batch's
  order, movements by number): a file holding two equal feeds on a day the
  ledger holds one of repeats it once, and its second feed is new. Rows of
  one batch are never held against each other: two equal bags fed on one
  day are two movements.
- Rows that repeat a movement of an earlier import of the very same file
  are told by the file's warning, not one by one.
"""
from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass
from typing import Collection, Iterable, Mapping, Sequence

from ree_desk.domain.ledger.plan import REPEAT, LotKey, Planned
from ree_desk.domain.problems import Problem, shown


@dataclass(frozen=True, slots=True)
class Posted:
    """A ledger movement as the rule weighs it (``mass_g`` signed, as stored)."""

    id: int
    day: dt.date
    type: str
    lot: LotKey
    mass_g: int
    invoice_no: str | None
    customs_no: str | None
    posting_id: int
    reverses_id: int | None = None
    reversed: bool = False

    @property
    def repeatable(self) -> bool:
        """Neither a reversal nor reversed."""
        return self.reverses_id is None and not self.reversed


@dataclass(frozen=True, slots=True)
class PostingHead:
    """A posting as a warning names it."""

    id: int
    at: dt.datetime
    by: str
    source: str
    rows: int


Key = tuple[dt.date, str, LotKey, int, str, str]


def document(number: str | None) -> str:
    """A document number as it is compared: case, spaces and full-width forms aside."""
    if not number:
        return ""
    if not number.isascii():  # NFKC leaves ASCII as it is
        number = unicodedata.normalize("NFKC", number)
    return "".join(number.split()).casefold()


def find_repeats(batch: Sequence[Planned], ledger: Iterable[Posted]) -> list[tuple[int, Posted]]:
    """(index in ``batch``, the movement that row repeats), in batch order."""
    doc = document
    free: dict[Key, list[Posted]] = {}
    # Highest number first, so that each list gives its lowest number last.
    for m in sorted((m for m in ledger if m.repeatable), key=lambda m: m.id, reverse=True):
        invoice, customs = m.invoice_no, m.customs_no
        key = (m.day, m.type, m.lot, m.mass_g, doc(invoice) if invoice else "", doc(customs) if customs else "")
        waiting = free.get(key)
        if waiting is None:
            free[key] = [m]
        else:
            waiting.append(m)
    if not free:
        return []
    # Day, lot and mass rule out nearly every row of a large batch before
    # its document numbers are looked at.
    near = {(k[0], k[2], k[3]) for k in free}
    found: list[tuple[int, Posted]] = []
    for i, p in enumerate(batch):
        d = p.draft
        lot = p.lot_key
        if (d.day, lot, d.mass_g) in near:
            invoice, customs = d.invoice_no, d.customs_no
            waiting = free.get((d.day, d.type, lot, d.mass_g, doc(invoice) if invoice else "",
                                doc(customs) if customs else ""))
            if waiting:
                found.append((i, waiting.pop()))
    return found


def check_repeats(batch: Sequence[Planned], ledger: Iterable[Posted], postings: Mapping[int, PostingHead],
                  *, told: Collection[int] = ()) -> list[Problem]:
    """Flags each row that repeats a ledger movement and returns a warning
    naming the movement; a movement of a posting in ``told`` (an earlier
    import of the same file, which the file's warning names) only flags."""
    problems = []
    for i, target in find_repeats(batch, ledger):
        p = batch[i]
        p.flags |= REPEAT
        if target.posting_id not in told:
            problems.append(repeat_problem(p.line, target, postings[target.posting_id]))
    return problems


def repeat_problem(line: int | None, target: Posted, head: PostingHead) -> Problem:
    when = f"{head.at:%Y-%m-%d %H:%M}"
    return Problem(
        line, None, "a movement not in the ledger yet",
        f"a repeat of movement {target.id} (posted {when} by {head.by} in posting {head.id}): "
        "same day, type, material, lot, mass and documents",
        warning=True,
    )


def check_file_repeat(batch: Sequence[Planned], earlier: Sequence[PostingHead]) -> list[Problem]:
    """A file whose content went into ``earlier`` postings: every row
    flagged, and a warning naming each of them."""
    if not earlier:
        return []
    for p in batch:
        p.flags |= REPEAT
    return [file_problem(head) for head in earlier]


def file_problem(head: PostingHead) -> Problem:
    when = f"{head.at:%Y-%m-%d %H:%M}"
    return Problem(
        None, None, "a file not imported before",
        f"the same content imported as {shown(head.source)} on {when} by {head.by} "
        f"(posting {head.id}, {head.rows:,} movements)",
        warning=True,
    )
