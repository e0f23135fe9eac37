"""Every sentence written into the services' problems and errors has its
Chinese words, found by reading the source rather than by running it.

The driven tests (test_problem_translations.py) cover what bad input makes
the services say; this one catches a sentence added or reworded anywhere in
the domain, the services or the store, even one no test reaches yet. A
sentence naming values is rendered with the sample values below; a new value
in a sentence needs a sample here, which is the moment to check its words.
"""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from ree_desk.domain.problems import Problem
from ree_desk.gui.i18n import install_language
from ree_desk.gui.problem_text import expected_phrase, found_text, knows, sentence_text

ROOT = Path(__file__).resolve().parents[2] / "ree_desk"
CJK = re.compile(r"[\u4e00-\u9fff]")
# Errors a screen shows whole; the rest are a programmer's (a wrong type,
# an unknown sort key) or are caught and said in the screen's own words.
SHOWN_ERRORS = {"CreditCodeError", "QuantityError", "MaterialError", "StoreError", "DatabaseMissing",
                "DatabaseTooNew", "ExportFormatError", "NotAllowed", "SignInRefused", "DiskFull", "FolderReadOnly",
                "RestoreRefused"}
SAMPLES = {
    "_KNOWN_LIST": "date, type, material", "already": "9", "code": "CONC-BAST", "col.chinese": "品位(%)",
    "col.name": "grade_pct", "d.lot": "L1", "d.run": "R1", "day.isoformat()": "2026-06-01",
    "describe_found(first_text[name])": '"lot"', "describe_found(text)": '"批号"', "describe_found(value)": '"x"',
    "destination": "JP", "earlier_open[0]": "2026-04", "exc": "expected 18 characters, found 3",
    "format_kg(balance)": "-5.000", "format_kg(limit, grouping=True)": "1,000.000",
    "format_kg(used[key], grouping=True)": "1,200.000", "grams": "-5000", "key[0].value": "separation",
    "key[1].value": "any", "kind": "gold", "label(i)": "field 7", "later[-1]": "2026-05", "lot_no": "L1",
    "mat.code": "CONC-BAST", "material": "CONC-BAST", "month": "2026-04", "movement_id": "7", "n": "9",
    "orig.reverses_id": "3", "origin": "MM", "p.draft.lot": "L1", "p.draft.material": "CONC-BAST",
    "p.draft.run": "R1", "scope": "abroad", "text": "May 2026", "tonnes": "abc", "width": "8", "year": "2026",
    # in the domain's errors
    "what": "a mass in tonnes", "found": '"1,5"', "max_decimals": "6", "places": "decimals", "_noun(what)": "mass",
    "type(text).__name__": "int", "type(value).__name__": "list", "value": "True",
    "_quote(original)": '"1,2 3"', "_quote(found)": '"1e30"', "_quote(_cell_text(value))": '"abc"',
    "path": "/data/ledger.sqlite3", "current": "f00d2031", "head": "0002", "len(code)": "17", "expected": "3",
    "code[-1]": "0", "_LENGTH": "18", "_LENGTH - 1": "17", "len(first17)": "16", "category": "ores",
    "group": "heavy", "', '.join((c.value for c in Category))": "ore, metal",
    "', '.join((g.value for g in Group))": "light, medium_heavy", "default_grade_bp / 100": "120.0",
    "hs_code": "28469", "exc.name": "openpyxl", "reason": "Permission denied", "Path(path).name": "ledger.pdf",
    "db.path.name": "ledger.sqlite3", "db.name": "ledger.sqlite3", "', '.join(sorted(tables)[:3])": "orders, staff",
    "detail": "password authentication failed for user \"clerk\"", "'; '.join(differences)": "movement: 7 rows, the copy 6",
    "first.as_json()": "{'table': 'movement', 'id': 7}", "problem": "database disk image is malformed",
    # who else is writing a database (the store's writer lock)
    "name": "ledger.sqlite3", "who": "张三 on host PLANT-PC (process 4711, ree-desk import) since 2026-06-03 10:02:11",
    # accounts and roles
    "passwords.MIN_LENGTH": "8", "doing": "closing a month", "needed": "a manager",
    "a_role(role)": "a clerk", "left": "4",
    # copies, restoring, full and read-only disks
    "where": "ledger.sqlite3", "folder": "/media/usb/REE备份",
    "copy": "/data/ledger-backups/ledger-20261128-080000.sqlite3", "why": "it is the database itself",
    # in what the import says of files it refuses
    "held": "300", "most": "256", "taken": "2.1", "unpacked": "2,048", "ratio": "340",
    "part": "xl/worksheets/sheet1.xml", "sheet.name": "Chart1", "m.ref": "A1:F1", "last + offset": "12",
    "csv.field_size_limit()": "131072",
    # in the repeat warnings
    "target.id": "1234", "when": "2026-07-02 10:14", "head.by": "张三", "head.id": "12",
    "shown(head.source)": '"june.csv"', "head.rows": "20000",
}


class Sentence:
    def __init__(self, path: Path, node: ast.AST, text: str, names: list[str]):
        self.where = f"{path.relative_to(ROOT.parent)}:{node.lineno}"
        self.text, self.names = text, names

    def __repr__(self) -> str:
        return f"{self.where}: {self.text!r}"


def _constants(tree: ast.Module) -> dict[str, list[ast.AST]]:
    """Names assigned a sentence anywhere in a module (a constant or a local)."""
    out: dict[str, list[ast.AST]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            out.setdefault(node.targets[0].id, []).append(node.value)
    return out


def _rendered(path: Path, node: ast.AST, names: dict[str, list[ast.AST]]) -> list[Sentence]:
    """The sentences an argument can be, with sample values; [] for a value worked out at run time."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [Sentence(path, node, node.value, [])]
    if isinstance(node, ast.IfExp):
        return _rendered(path, node.body, names) + _rendered(path, node.orelse, names)
    if isinstance(node, ast.Name):  # a sentence kept in a name; a value worked out at run time is not one
        fixed = [v for v in names.get(node.id, []) if isinstance(v, (ast.Constant, ast.IfExp))]
        return [s for value in fixed for s in _rendered(path, value, names)]
    if isinstance(node, ast.JoinedStr):
        text, used = "", []
        for part in node.values:
            if isinstance(part, ast.Constant):
                text += part.value
                continue
            source = ast.unparse(part.value)
            constant = [v.value for v in names.get(source, []) if isinstance(v, ast.Constant)]
            if source not in SAMPLES and not constant:
                pytest.fail(f"{path.name}:{node.lineno}: give {source!r} a sample value in SAMPLES")
            value = SAMPLES.get(source) or constant[0]
            value = repr(value) if part.conversion == ord("r") else value
            text += value
            used.append(value)
        return [Sentence(path, node, text, used)]
    return []


def _inventory() -> tuple[list[Sentence], list[Sentence], list[Sentence]]:
    """(expected, found, whole sentences) of every problem and shown error."""
    expected, found, whole = [], [], []
    for path in sorted(ROOT.rglob("*.py")):
        if {"gui", "cli", "demo"} & set(path.relative_to(ROOT).parts):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = _constants(tree)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            called = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            if called == "Problem" and len(node.args) >= 4:
                expected += _rendered(path, node.args[2], names)
                found += _rendered(path, node.args[3], names)
            elif called == "fail" and len(node.args) >= 2:
                expected += _rendered(path, node.args[1], names)
            elif called == "FileUnreadable" and len(node.args) >= 2:
                found += _rendered(path, node.args[1], names)
            elif called in SHOWN_ERRORS and node.args:
                whole += _rendered(path, node.args[0], names)
            for keyword in node.keywords:
                if keyword.arg == "required":
                    expected += _rendered(path, keyword.value, names)
    return expected, found, whole


@pytest.fixture(scope="module")
def inventory(qapp):
    install_language(qapp, "zh_CN")
    yield _inventory()
    install_language(qapp, "en")


def _is_a_value(sentence: Sentence) -> bool:
    """A found that is only the values it names (quoted or not) needs no words."""
    rest = sentence.text
    for value in sentence.names:
        rest = rest.replace(value, "")
    return not re.search(r"[A-Za-z]", rest)


def test_the_source_holds_the_sentences_looked_for(inventory):
    expected, found, whole = inventory
    assert len(expected) > 80 and len(found) > 30 and len(whole) > 30


def test_every_expected_sentence_has_its_chinese_words(inventory):
    expected, _found, _whole = inventory
    unknown = [s for s in expected if not knows(s.text)]
    untranslated = [s for s in expected if not CJK.search(expected_phrase(Problem(None, None, s.text, "")))]
    assert unknown == [] and untranslated == []


def test_every_found_sentence_has_its_chinese_words(inventory):
    _expected, found, _whole = inventory
    untranslated = [s for s in found if not _is_a_value(s)
                    and not CJK.search(found_text(Problem(None, None, "", s.text)))]
    assert untranslated == []


def test_every_error_a_screen_shows_whole_has_its_chinese_words(inventory):
    _expected, _found, whole = inventory
    untranslated = [s for s in whole if not CJK.search(sentence_text(s.text))]
    assert untranslated == []
