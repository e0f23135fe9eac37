"""What the services find wrong, said in the user's language.

The services, the ledger and the store speak English ("expected …, found
…") so that the command line, the audit trail and the tests read one
language. Every screen and dialog shows their problems and errors through
here: a sentence known here is shown translated with the values it names
(numbers, codes, lots, months, paths) kept as they were; a sentence not
known here is shown as the service wrote it rather than lost.
"""
from __future__ import annotations

import re

from ree_desk.domain.problems import InputRejected, Problem
from ree_desk.gui import account_sentences, import_sentences, repeat_sentences
from ree_desk.gui.error_sentences import SENTENCES
from ree_desk.gui.problem_sentences import EXPECTED, FIELD_NAMES, FOUND, KIND_NAMES, SCOPE_NAMES, TERMS
from ree_desk.gui.qt import QT_TRANSLATE_NOOP, QCoreApplication

__all__ = [
    "CONTEXT", "FIELD_NAMES", "KIND_NAMES", "SCOPE_NAMES", "error_text", "expected_phrase", "expected_text",
    "field_name", "found_text", "knows", "problem_body", "problem_text", "sentence_text", "translated",
]

CONTEXT = "Problems"
ERRORS_SHOWN = 20  # a file of a thousand bad rows is fixed from its first lines, not read in a message box
MORE = QT_TRANSLATE_NOOP("Problems", "…and {n} more")
FILE_ERROR = QT_TRANSLATE_NOOP("Problems", "{file}: {reason}")


def translated(source: str) -> str:
    """A text marked with QT_TRANSLATE_NOOP("Problems", …), in the user's language."""
    return QCoreApplication.translate(CONTEXT, source)


def _compiled(table: list[tuple[str, str]]) -> list[tuple[re.Pattern, str]]:
    return [(re.compile(pattern), template) for pattern, template in table]


_EXPECTED = _compiled(EXPECTED + import_sentences.EXPECTED + account_sentences.EXPECTED
                      + repeat_sentences.EXPECTED)
_FOUND = _compiled(FOUND + import_sentences.FOUND + account_sentences.FOUND + repeat_sentences.FOUND)
_SENTENCES = _compiled(SENTENCES)


def _part(kind: str, value: str) -> str:
    if kind == "t":
        return translated(TERMS[value]) if value in TERMS else value
    if kind == "e":
        return _said(value, _EXPECTED)
    if kind == "f":
        return _said(value, _FOUND)
    if kind == "s":
        return sentence_text(value)
    return value


def _said(text: str, rules: list[tuple[re.Pattern, str]]) -> str:
    for pattern, template in rules:
        found = pattern.fullmatch(text)
        if found:
            kinds = {index: name[0] for name, index in pattern.groupindex.items()}
            parts = [_part(kinds.get(i, ""), value or "") for i, value in enumerate(found.groups(), start=1)]
            return translated(template).format(*parts)
    return text


def knows(expected: str) -> bool:
    """Whether a service's "expected" sentence has its own words here."""
    return any(pattern.fullmatch(expected) for pattern, _template in _EXPECTED)


def expected_phrase(problem: Problem) -> str:
    return _said(problem.expected, _EXPECTED)


def found_text(problem: Problem) -> str:
    return _said(problem.found, _FOUND)


def expected_text(problem: Problem) -> str:
    """What a field needs, as shown beside it."""
    return translated(QT_TRANSLATE_NOOP("Problems", "Expected {0}")).format(expected_phrase(problem))


def problem_body(problem: Problem) -> str:
    """The problem without the field it is about, for a form that names the field itself."""
    return translated(QT_TRANSLATE_NOOP("Problems", "expected {0}, found {1}")).format(
        expected_phrase(problem), found_text(problem))


def field_name(name: str) -> str:
    return translated(FIELD_NAMES[name]) if name in FIELD_NAMES else name


def problem_text(problem: Problem) -> str:
    """One problem as a full sentence, naming the field when it has one."""
    body = problem_body(problem)
    if problem.column in FIELD_NAMES:
        return translated(QT_TRANSLATE_NOOP("Problems", "{field}: {body}")).format(
            field=field_name(problem.column), body=body)
    return body


def sentence_text(text: str) -> str:
    """One sentence a domain or store error says, such as a credit code's or a database's."""
    return _said(text, _SENTENCES)


def error_text(exc: BaseException, limit: int = ERRORS_SHOWN) -> str:
    """Whatever a service call raised, as the user should read it."""
    if isinstance(exc, InputRejected):
        lines = [problem_text(p) for p in exc.problems[:limit]]
        if len(exc.problems) > limit:
            lines.append(translated(MORE).format(n=len(exc.problems) - limit))
        return "\n".join(lines) or sentence_text(exc.summary)
    if isinstance(exc, OSError) and exc.filename and exc.strerror:
        return translated(FILE_ERROR).format(file=exc.filename, reason=exc.strerror)
    return sentence_text(str(exc))
