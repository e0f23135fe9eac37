"""Whole sentences the domain and the store raise as exceptions (a database
that cannot be opened, a credit code that cannot be right, a quantity that
is no number, a report that disagrees with the ledger), each a pattern and
its translation. Groups are named as in ``problem_sentences``.

The last pattern takes any other "expected …, found …" sentence apart, so
that its halves are translated like a problem's.
"""
from __future__ import annotations

from ree_desk.gui import account_sentences, lock_sentences
from ree_desk.gui import backup_sentences, lock_sentences
from ree_desk.gui.qt import QT_TRANSLATE_NOOP

SENTENCES = [
    # opening and creating a database
    (r"(.+) was written by a newer REE Desk \(schema (\S+)\); this program knows schemas up to (\S+)\. "
     r"Install the newer REE Desk to open it\.",
     QT_TRANSLATE_NOOP("Problems", "{0} was written by a newer REE Desk (schema {1}); this program knows schemas "
                                   "up to {2}. Install the newer REE Desk to open it.")),
    (r"(.+) is not a REE Desk database \(not an SQLite file\)",
     QT_TRANSLATE_NOOP("Problems", "{0} is not a REE Desk database (not an SQLite file)")),
    (r"(.+) is not a REE Desk database \(it has no schema version\)",
     QT_TRANSLATE_NOOP("Problems", "{0} is not a REE Desk database (it has no schema version)")),
    (r"no database at (.+); create one with: ree-desk init --db (.+)",
     QT_TRANSLATE_NOOP("Problems", "no database at {0}; create one with: ree-desk init --db {1}")),
    (r"(.+) already exists; choose another file or open it",
     QT_TRANSLATE_NOOP("Problems", "{0} already exists; choose another file or open it")),
    (r"the copy of (.+) did not read back as a sound database \((.*)\)",
     QT_TRANSLATE_NOOP("Problems", "the copy of {0} did not read back as a sound database ({1})")),
    # a database on the plant's server
    (r"(.+) already holds a REE Desk ledger; open it instead",
     QT_TRANSLATE_NOOP("Problems", "{0} already holds a REE Desk ledger; open it instead")),
    (r"(.+) already holds other tables \((.+)\); give REE Desk a database of its own",
     QT_TRANSLATE_NOOP("Problems", "{0} already holds other tables ({1}); give REE Desk a database of its own")),
    (r"cannot open (.+?): (.+)", QT_TRANSLATE_NOOP("Problems", "cannot open {0}: {1}")),
    (r"lost the connection to (.+) \((.*)\); nothing was written",
     QT_TRANSLATE_NOOP("Problems", "lost the connection to {0} ({1}); nothing was written")),
    (r"lost the connection to (.+) \((.*)\)", QT_TRANSLATE_NOOP("Problems", "lost the connection to {0} ({1})")),
    (r"a database on a PostgreSQL server needs the psycopg driver: pip install 'ree-desk\[server\]'",
     QT_TRANSLATE_NOOP("Problems", "a database on a PostgreSQL server needs the psycopg driver: "
                                   "pip install 'ree-desk[server]'")),
    (r"the copy does not match the ledger, so it was not kept: (.+)",
     QT_TRANSLATE_NOOP("Problems", "the copy does not match the ledger, so it was not kept: {0}")),
    (r"the copy does not verify, so it was not kept: (.+)",
     QT_TRANSLATE_NOOP("Problems", "the copy does not verify, so it was not kept: {0}")),
    # the unified social credit code
    (r"expected 18 characters, found (\d+)", QT_TRANSLATE_NOOP("Problems", "expected 18 characters, found {0}")),
    (r"check character should be (\w), found (\w)",
     QT_TRANSLATE_NOOP("Problems", "check character should be {0}, found {1}")),
    (r'expected a digit in positions 3 to 8 \(the administrative-division code\), found "(.)" at position (\d+)',
     QT_TRANSLATE_NOOP("Problems", "expected a digit in positions 3 to 8 (the administrative-division code), "
                                   "found \"{0}\" at position {1}")),
    (r'expected a digit or a capital letter other than I, O, Z, S and V, found "(.)" at position (\d+)',
     QT_TRANSLATE_NOOP("Problems", "expected a digit or a capital letter other than I, O, Z, S and V, "
                                   "found \"{0}\" at position {1}")),
    # quantities
    (r"a negative (\w+) makes no sense here: expected (?P<t>.*) of zero or more, found (.*)",
     QT_TRANSLATE_NOOP("Problems", "a negative {0} makes no sense here: expected {1} of zero or more, found {2}")),
    # the monthly report
    (r"the report for (\S+) was not written: (\d+) figure\(s\) disagree with the ledger: (.*)",
     QT_TRANSLATE_NOOP("Problems", "the report for {0} was not written: {1} figure(s) disagree with the ledger: "
                                   "{2}")),
    # the summaries of input refused as a whole
    (r"(\d+) problem\(s\); nothing was written", QT_TRANSLATE_NOOP("Problems", "{0} problem(s); nothing was written")),
    (r"(\d+) warning\(s\) \(negative stock, over quota or a repeat\); nothing was written\. "
     r"Accept them with a reason to record the movements flagged",
     QT_TRANSLATE_NOOP("Problems", "{0} warning(s) (negative stock, over quota or a repeat); nothing was written. "
                                   "Accept them with a reason to record the movements flagged")),
    (r"the reversal would leave the lot negative; accept it with a reason",
     QT_TRANSLATE_NOOP("Problems", "the reversal would leave the lot negative; accept it with a reason")),
    # another program writing the database
    *lock_sentences.SENTENCES,
    # accounts, signing in, and what a role may not do
    *account_sentences.SENTENCES,
    # copies, restoring, full and read-only disks
    *backup_sentences.SENTENCES,
    (r"expected (?P<e>.*), found (?P<f>.*)", QT_TRANSLATE_NOOP("Problems", "expected {0}, found {1}")),
]
