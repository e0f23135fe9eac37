"""What the store says about a database another program is writing, each
sentence a pattern and its translation (see ``error_sentences``).

Who holds the lock is said inside these sentences in the store's words
(``张三 on host PLANT-PC (process 4711, ree-desk import) since …``); the
``s`` groups translate that part on its own.
"""
from __future__ import annotations

from ree_desk.gui.qt import QT_TRANSLATE_NOOP

SENTENCES = [
    (r"(.+) is being written by (?P<s>.+); try again when it is done",
     QT_TRANSLATE_NOOP("Problems", "{0} is being written by {1}; try again when it is done")),
    (r"(.+) is open for reading only: (?P<s>.+) was writing it when it was opened; nothing was written",
     QT_TRANSLATE_NOOP("Problems", "{0} is open for reading only: {1} was writing it when it was opened; "
                                   "nothing was written")),
    (r"(.+) is open for reading only; nothing was written",
     QT_TRANSLATE_NOOP("Problems", "{0} is open for reading only; nothing was written")),
    (r"(.+) needs its schema brought up to date \((\S+) to (\S+)\), which cannot be done while (?P<s>.+) "
     r"is writing it; try again when it is done",
     QT_TRANSLATE_NOOP("Problems", "{0} needs its schema brought up to date ({1} to {2}), which cannot be done "
                                   "while {3} is writing it; try again when it is done")),
    # who: inside the sentences above
    (r"(.+) on host (.+) \(process (\d+), (.+)\) since ([-\d: ]+|unknown)",
     QT_TRANSLATE_NOOP("Problems", "{0} on computer {1} (process {2}, {3}) since {4}")),
    (r"(.+) on host (.+) \(process (\d+)\) since ([-\d: ]+|unknown)",
     QT_TRANSLATE_NOOP("Problems", "{0} on computer {1} (process {2}) since {3}")),
    (r"another program \(who, could not be read\)",
     QT_TRANSLATE_NOOP("Problems", "another program (who, could not be read)")),
]
