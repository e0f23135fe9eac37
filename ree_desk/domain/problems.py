"""What goes wrong with input, said so the user can find and fix it."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Control characters, invisible format marks (zero-width, bidirectional
# overrides) and line or paragraph separators: written as they are they would
# hide in a message, reorder it or act on the terminal (an escape sequence).
# (Chinese text, the common case, is passed over without a look.)
_UNSEEN = re.compile(r"[^\x20-\x7e\u3000-\u9fff\uac00-\ud7ff\uf900-\ufe4f\uff00-\uffef]")
_UNSEEN_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp", "Cs"})


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    if unicodedata.category(char) in _UNSEEN_CATEGORIES:
        code = ord(char)
        return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"
    return char


def visible(text: str) -> str:
    """``text`` with each character that would not show as itself written
    as its code (``\\u202e``); everything else, Chinese included, as is."""
    if text.isascii() and text.isprintable():
        return text
    return _UNSEEN.sub(_escape, text)


def shown(value: object, limit: int = 60) -> str:
    """A found value as the user would recognise it, kept to one short line."""
    if value is None:
        return "nothing"
    text = str(value)
    cut = len(text) > limit
    text = visible((text[: limit - 1] if cut else text).replace("\r", " ").replace("\n", " "))
    return f'"{text}…"' if cut else f'"{text}"'


@dataclass(frozen=True)
class Problem:
    """One thing wrong, shown as one line.

    ``warning`` problems (negative stock, over quota) may be accepted with a
    reason; all others must be fixed.
    """

    line: int | None
    column: str | None
    expected: str
    found: str
    warning: bool = False

    def __str__(self) -> str:
        where = []
        if self.line is not None:
            where.append(f"line {self.line}")
        if self.column:
            where.append(f"column {self.column}")
        head = ", ".join(where)
        kind = "warning: " if self.warning else ""
        body = f"{kind}expected {self.expected}, found {self.found}"
        return f"{head}: {body}" if head else body


class InputRejected(Exception):
    """Input that was refused as a whole; nothing was written."""

    def __init__(self, problems: list[Problem], summary: str | None = None):
        self.problems = sorted(problems, key=lambda p: (p.line or 0, p.column or ""))
        self.summary = summary or (
            f"{len(self.problems)} problem(s); nothing was written"
        )
        super().__init__(self.summary)

    def __reduce__(self):
        # Rebuilt from its problems when it crosses to another process.
        return (type(self), (self.problems, self.summary))

    @property
    def only_warnings(self) -> bool:
        return all(p.warning for p in self.problems)
