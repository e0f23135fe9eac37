"""What goes wrong with input, said so the user can find and fix it."""
from __future__ import annotations

from dataclasses import dataclass


def shown(value: object, limit: int = 60) -> str:
    """A found value as the user would recognise it, kept to one short line."""
    if value is None:
        return "nothing"
    text = str(value).replace("\r", " ").replace("\n", " ")
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return f'"{text}"'


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
