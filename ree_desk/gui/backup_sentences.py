"""What the store and the services say of copies, restoring, and disks
that are full or cannot be written, each sentence a pattern and its
translation (see ``error_sentences``). ``s`` groups are sentences of their
own, translated on their own: the reason a copy is refused, why the second
place had no copy."""
from __future__ import annotations

from ree_desk.gui.qt import QT_TRANSLATE_NOOP

SENTENCES = [
    # a full disk, a read-only folder (store.disk)
    (r"the disk holding (.+) is full; nothing was written",
     QT_TRANSLATE_NOOP("Problems", "the disk holding {0} is full; nothing was written")),
    (r"cannot write in (.+) \(read-only\); nothing was written",
     QT_TRANSLATE_NOOP("Problems", "cannot write in {0} (read-only); nothing was written")),
    (r"the disk holding (.+) could not be written \((.*)\); nothing was written",
     QT_TRANSLATE_NOOP("Problems", "the disk holding {0} could not be written ({1}); nothing was written")),
    # the second place for copies
    (r"the second place for copies, (.+), was not reachable \((?P<s>.+)\)",
     QT_TRANSLATE_NOOP("Problems", "the second place for copies, {0}, was not reachable ({1})")),
    (r"no copy could be made in the second place for copies, (.+?): (?P<s>.+)",
     QT_TRANSLATE_NOOP("Problems", "no copy could be made in the second place for copies, {0}: {1}")),
    (r"it does not exist", QT_TRANSLATE_NOOP("Problems", "it does not exist")),
    (r"it is not a folder", QT_TRANSLATE_NOOP("Problems", "it is not a folder")),
    (r"it cannot be written", QT_TRANSLATE_NOOP("Problems", "it cannot be written")),
    (r"(.+) is where the copies are kept already; choose a folder on another disk",
     QT_TRANSLATE_NOOP("Problems", "{0} is where the copies are kept already; choose a folder on another disk")),
    # restoring a copy: the sentence, then each reason it may give
    (r"cannot restore from (.+?): (?P<s>.+); nothing was changed",
     QT_TRANSLATE_NOOP("Problems", "cannot restore from {0}: {1}; nothing was changed")),
    (r"there is no such file", QT_TRANSLATE_NOOP("Problems", "there is no such file")),
    (r"it is the database itself", QT_TRANSLATE_NOOP("Problems", "it is the database itself")),
    (r"it is not an SQLite database file", QT_TRANSLATE_NOOP("Problems", "it is not an SQLite database file")),
    (r"not a REE Desk database: it has no schema version",
     QT_TRANSLATE_NOOP("Problems", "not a REE Desk database: it has no schema version")),
    (r"not a REE Desk database: it has no (\w+) table",
     QT_TRANSLATE_NOOP("Problems", "not a REE Desk database: it has no {0} table")),
    (r"it was written by a newer REE Desk \(schema (\S+)\); this program knows schemas up to (\S+)",
     QT_TRANSLATE_NOOP("Problems", "it was written by a newer REE Desk (schema {0}); this program knows schemas "
                                   "up to {1}")),
    (r"it is damaged \((.*)\)", QT_TRANSLATE_NOOP("Problems", "it is damaged ({0})")),
    (r"it changed while it was read", QT_TRANSLATE_NOOP("Problems", "it changed while it was read")),
    (r"it does not verify: (?P<s>.+)", QT_TRANSLATE_NOOP("Problems", "it does not verify: {0}")),
    (r"(.+) is open in another program; close it there first",
     QT_TRANSLATE_NOOP("Problems", "{0} is open in another program; close it there first")),
    # what verify names first, inside "it does not verify"
    (r"movement (\d+): (?P<s>.+)", QT_TRANSLATE_NOOP("Problems", "movement {0}: {1}")),
    (r"movement: (?P<s>.+)", QT_TRANSLATE_NOOP("Problems", "movements: {0}")),
    (r"audit_event (\d+): (?P<s>.+)", QT_TRANSLATE_NOOP("Problems", "audit event {0}: {1}")),
    (r"movement_origin (\d+): (?P<s>.+)", QT_TRANSLATE_NOOP("Problems", "origin shares of movement {0}: {1}")),
    (r"closing_balance (\d+): (?P<s>.+)", QT_TRANSLATE_NOOP("Problems", "closing balance of lot {0}: {1}")),
    (r"made_share (\d+): (?P<s>.+)", QT_TRANSLATE_NOOP("Problems", "origin shares kept for lot {0}: {1}")),
    (r"checkpoint_balance (\d+): (?P<s>.+)",
     QT_TRANSLATE_NOOP("Problems", "year-end balance kept for lot {0}: {1}")),
    (r"database: the file is damaged: (.*)", QT_TRANSLATE_NOOP("Problems", "the file is damaged: {0}")),
    (r"has no chain value", QT_TRANSLATE_NOOP("Problems", "has no chain value")),
    (r"does not match the chain: this row, or the one before it, was changed, added or removed behind the "
     r"program's back",
     QT_TRANSLATE_NOOP("Problems", "does not match the chain: this row, or the one before it, was changed, added "
                                   "or removed behind the program's back")),
    (r"does not match the chain: this event, or the one before it, was changed, added or removed",
     QT_TRANSLATE_NOOP("Problems", "does not match the chain: this event, or the one before it, was changed, "
                                   "added or removed")),
    (r"is not among the movements of any posting in the audit trail",
     QT_TRANSLATE_NOOP("Problems", "is not among the movements of any posting in the audit trail")),
    (r"posting of audit event (\d+) wrote (\d+) movements \((\d+)–(\d+)\); the ledger holds (\d+) of them",
     QT_TRANSLATE_NOOP("Problems", "posting of audit event {0} wrote {1} movements ({2}–{3}); the ledger holds {4} "
                                   "of them")),
    (r"is not the chain head that audit event (\d+) recorded",
     QT_TRANSLATE_NOOP("Problems", "is not the chain head that audit event {0} recorded")),
    (r"the origin shares of movements (\d+)–(\d+) are not those audit event (\d+) recorded",
     QT_TRANSLATE_NOOP("Problems", "the origin shares of movements {0}–{1} are not those audit event {2} recorded")),
    (r"lot (\d+) at the end of (\S+): stored (-?\d+) g \((-?\d+) g REO\), the ledger gives (-?\d+) g "
     r"\((-?\d+) g REO\)",
     QT_TRANSLATE_NOOP("Problems", "lot {0} at the end of {1}: stored {2} g ({3} g REO), the ledger gives {4} g "
                                   "({5} g REO)")),
]
