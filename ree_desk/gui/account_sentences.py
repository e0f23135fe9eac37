"""What the accounts and the role checks say (``ree_desk.domain.accounts.roles``,
``ree_desk.services.accounts``), as patterns and their translations. Groups
named ``s…`` are put in words again through these same sentences: a role,
or what was being done."""
from __future__ import annotations

from ree_desk.gui.qt import QT_TRANSLATE_NOOP

_ROLE = r"(?:an? )(?P<s{n}>clerk|manager|administrator)"

SENTENCES = [
    # refusals: who is asking, what they were doing, who may do it
    (rf"nobody is signed in; (?P<s1>.+) needs {_ROLE.format(n=2)}",
     QT_TRANSLATE_NOOP("Problems", "nobody is signed in; {0} needs a {1}")),
    (rf"(.+) has no active account; (?P<s1>.+) needs {_ROLE.format(n=2)}",
     QT_TRANSLATE_NOOP("Problems", "{0} has no active account; {1} needs a {2}")),
    (rf"(.+) is {_ROLE.format(n=1)}; (?P<s2>.+) needs {_ROLE.format(n=3)}",
     QT_TRANSLATE_NOOP("Problems", "{0} is a {1}; {2} needs a {3}")),
    (r"clerk", QT_TRANSLATE_NOOP("Problems", "clerk")),
    (r"manager", QT_TRANSLATE_NOOP("Problems", "manager")),
    (r"administrator", QT_TRANSLATE_NOOP("Problems", "administrator")),
    (r"entering movements", QT_TRANSLATE_NOOP("Problems", "entering movements")),
    (r"reversing a movement", QT_TRANSLATE_NOOP("Problems", "reversing a movement")),
    (r"reversing another user's movement", QT_TRANSLATE_NOOP("Problems", "reversing another user's movement")),
    (r"reversing a movement of a closed month",
     QT_TRANSLATE_NOOP("Problems", "reversing a movement of a closed month")),
    (r"accepting warnings", QT_TRANSLATE_NOOP("Problems", "accepting warnings")),
    (r"changing quotas", QT_TRANSLATE_NOOP("Problems", "changing quotas")),
    (r"closing a month", QT_TRANSLATE_NOOP("Problems", "closing a month")),
    (r"reopening a month", QT_TRANSLATE_NOOP("Problems", "reopening a month")),
    (r"making a report", QT_TRANSLATE_NOOP("Problems", "making a report")),
    (r"making a backup", QT_TRANSLATE_NOOP("Problems", "making a backup")),
    (r"changing one's own password", QT_TRANSLATE_NOOP("Problems", "changing one's own password")),
    (r"managing accounts", QT_TRANSLATE_NOOP("Problems", "managing accounts")),
    (r"changing settings", QT_TRANSLATE_NOOP("Problems", "changing settings")),
    (r"changing the enterprise profile", QT_TRANSLATE_NOOP("Problems", "changing the enterprise profile")),
    (r"adding a material", QT_TRANSLATE_NOOP("Problems", "adding a material")),
    # signing in
    (r"wrong user name or password", QT_TRANSLATE_NOOP("Problems", "wrong user name or password")),
    (r"too many failed sign-ins for (.+); try again in (\d+) s",
     QT_TRANSLATE_NOOP("Problems", "too many failed sign-ins for {0}; try again in {1} s")),
    (r"(.+) is a file: its rights are the file's; roles are for a server's database",
     QT_TRANSLATE_NOOP("Problems", "{0} is a file: its rights are the file's; roles are for a server's database")),
]
EXPECTED = [
    (r"a user name of 1 to 64 characters without spaces",
     QT_TRANSLATE_NOOP("Problems", "a user name of 1 to 64 characters without spaces")),
    (r"a user name not taken yet", QT_TRANSLATE_NOOP("Problems", "a user name not taken yet")),
    (r"the name of an account", QT_TRANSLATE_NOOP("Problems", "the name of an account")),
    (r"clerk, manager or administrator", QT_TRANSLATE_NOOP("Problems", "clerk, manager or administrator")),
    (r"a password of at least (\d+) characters", QT_TRANSLATE_NOOP("Problems", "a password of at least {0} characters")),
    (r"an active administrator left after the change",
     QT_TRANSLATE_NOOP("Problems", "an active administrator left after the change")),
    (r"a change to the account", QT_TRANSLATE_NOOP("Problems", "a change to the account")),
    (r"a role name of letters, digits and _", QT_TRANSLATE_NOOP("Problems", "a role name of letters, digits and _")),
]
FOUND = [
    (r'"(.+)", which has an account', QT_TRANSLATE_NOOP("Problems", "\"{0}\", which has an account")),
    (r"(.+) is the last one", QT_TRANSLATE_NOOP("Problems", "{0} is the last one")),
    (r"the same", QT_TRANSLATE_NOOP("Problems", "the same")),
]
