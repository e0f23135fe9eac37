"""What an audit event says, in English clauses with named fields.

The command line prints the clauses joined; the desktop program translates
each clause's template (``ree_desk.gui.audit_words``) and fills in the same
fields, so both say the same thing. An action without words here, or a
detail of another shape than expected, is said as written: its action and
its detail, key by key.
"""
from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ree_desk.services.audit_log import AuditEntry

# Codes a sentence names; a front end may name them in its own language.
QUOTA_KIND, QUOTA_SCOPE = "quota_kind", "quota_scope"
CODE_WORDS: dict[str, dict[str, str]] = {
    QUOTA_KIND: {"mining_rock": "mining (rock type)", "mining_ionic": "mining (ion-adsorption)",
                 "separation": "smelting separation"},
    QUOTA_SCOPE: {"any": "any origin", "domestic": "domestic", "imported": "imported"},
}
SEPARATOR = ", "


@dataclass(frozen=True)
class Clause:
    """A part of an event's sentence: an English template with named
    fields, the values shown as written, and codes to be named
    (field -> (vocabulary, code))."""

    template: str
    values: Mapping[str, str] = field(default_factory=dict)
    codes: Mapping[str, tuple[str, str]] = field(default_factory=dict)

    def text(self) -> str:
        """In English."""
        return self.template.format(**self.values, **{k: english_word(v, c) for k, (v, c) in self.codes.items()})


def english_word(vocabulary: str, code: str) -> str:
    return CODE_WORDS.get(vocabulary, {}).get(code, code)


def sentence(entry: AuditEntry) -> list[Clause]:
    """What happened, in clauses (joined with ``SEPARATOR`` in English)."""
    describe = _DESCRIBE.get(entry.action)
    if describe is not None:
        try:
            return describe(entry.detail)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass  # a detail of another shape than expected: shown as written
    return [Clause("{action}", {"action": entry.action})] + _as_written(entry.detail)


def summary(entry: AuditEntry) -> str:
    """The event's sentence in English."""
    return SEPARATOR.join(clause.text() for clause in sentence(entry))


def detail_lines(detail: Mapping[str, Any]) -> list[str]:
    """A detail key by key, as recorded: "key: value"."""
    return [f"{k}: {_value(v)}" for k, v in detail.items()]


def detail_text(detail: Mapping[str, Any]) -> str:
    """A detail on one line: "key: value, key: value"."""
    return SEPARATOR.join(detail_lines(detail))


def _value(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def _as_written(detail: Mapping[str, Any]) -> list[Clause]:
    return [Clause("{detail}", {"detail": detail_text(detail)})] if detail else []


def _n(value: Any) -> str:
    return f"{int(value):,}"


def _name(path: Any) -> str:
    return Path(str(path)).name if path else "—"


def _accepted(detail: Mapping[str, Any]) -> list[Clause]:
    out = []
    if int(detail.get("flagged") or 0) > 0:
        out.append(Clause("{flagged} flagged", {"flagged": _n(detail["flagged"])}))
    if detail.get("accept_reason") is not None:
        out.append(Clause("accepted: {reason}", {"reason": str(detail["accept_reason"])}))
    return out


def _post(d: Mapping[str, Any]) -> list[Clause]:
    rows, source = int(d["rows"]), str(d["source"])
    one = rows == 1
    values = {"rows": _n(rows), "source": source}
    if source == "entry":
        head = Clause("Entered one movement by hand" if one else "Entered {rows} movements by hand", values)
    elif source == "entry grid":
        head = Clause("Posted one movement from the entry grid" if one else
                      "Posted {rows} movements from the entry grid", values)
    elif source.startswith("stocktake "):
        values["day"] = source.removeprefix("stocktake ")
        head = Clause("Posted the stocktake of {day}: one adjustment" if one else
                      "Posted the stocktake of {day}: {rows} adjustments", values)
    elif source.startswith("demo "):
        values["month"] = source.removeprefix("demo ")
        head = Clause("Built the demo's {month}: {rows} movements", values)
    else:
        head = Clause("Posted one movement from {source}" if one else "Posted {rows} movements from {source}",
                      values)
    return [head] + _accepted(d)


def _reverse(d: Mapping[str, Any]) -> list[Clause]:
    head = Clause("Reversed movement No. {movement} by No. {reversal}",
                  {"movement": str(d["movement"]), "reversal": str(d["reversal"])})
    reason = [Clause("reason: {reason}", {"reason": str(d["reason"])})] if d.get("reason") else []
    return [head] + reason + _accepted(d)


def _month_close(d: Mapping[str, Any]) -> list[Clause]:
    out = [Clause("Closed {month}", {"month": str(d["month"])}),
           Clause("one lot balance stored" if int(d["lots"]) == 1 else "{lots} lot balances stored",
                  {"lots": _n(d["lots"])})]
    if d.get("note"):
        out.append(Clause("note: {note}", {"note": str(d["note"])}))
    return out


def _month_reopen(d: Mapping[str, Any]) -> list[Clause]:
    return [Clause("Reopened {month}", {"month": str(d["month"])}),
            Clause("reason: {reason}", {"reason": str(d["reason"])})]


def _report(d: Mapping[str, Any], *, closed: bool) -> list[Clause]:
    values = {"month": str(d["month"]), "movements": _n(d["movements"])}
    out = [Clause("Made the report for {month} and closed the month: {movements} movements" if closed else
                  "Made the report for {month}: {movements} movements", values)]
    if d.get("checksum"):
        out.append(Clause("checksum {checksum}", {"checksum": str(d["checksum"])[:12]}))
    files = [_name(d[k]) for k in ("xlsx", "pdf") if d.get(k)]
    if files:
        out.append(Clause("files: {files}", {"files": " ".join(files)}))
    return out


def _backup(d: Mapping[str, Any]) -> list[Clause]:
    reason, values = str(d.get("reason") or ""), {"file": _name(d["file"])}
    if reason == "daily":
        return [Clause("Daily copy of the database: {file}", values)]
    if reason == "asked for":
        return [Clause("Copy of the database made on request: {file}", values)]
    for start, template in (("before closing ", "Copy of the database before closing {month}: {file}"),
                            ("before reopening ", "Copy of the database before reopening {month}: {file}")):
        if reason.startswith(start):
            return [Clause(template, {**values, "month": reason.removeprefix(start)})]
    return [Clause("Copy of the database: {file}", values)] + (
        [Clause("reason: {reason}", {"reason": reason})] if reason else [])


def _copied_in(d: Mapping[str, Any]) -> list[Clause]:
    return [Clause("Ledger copied in from {source}, {movements} movements, checked against it",
                   {"source": str(d["from"]), "movements": _n(d["movements"])})]


def _quota_add(d: Mapping[str, Any]) -> list[Clause]:
    out = [Clause("Quota added: {year} {kind}, {scope}, batch {batch}, {tonnes} t REO",
                  {"year": str(d["year"]), "batch": str(d["batch"]), "tonnes": str(d["tonnes"])},
                  {"kind": (QUOTA_KIND, str(d["kind"])), "scope": (QUOTA_SCOPE, str(d["scope"]))})]
    if d.get("document"):
        out.append(Clause("document {document}", {"document": str(d["document"])}))
    return out


def _quota_edit(d: Mapping[str, Any]) -> list[Clause]:
    before, after = d["before"], d["after"]
    out = [Clause("Quota allocation No. {id} ({year} {kind}) corrected",
                  {"id": str(d["id"]), "year": str(d["year"])}, {"kind": (QUOTA_KIND, str(d["kind"]))})]
    if before.get("tonnes") != after.get("tonnes"):
        out.append(Clause("{before} → {after} t REO", {"before": str(before.get("tonnes")),
                                                       "after": str(after.get("tonnes"))}))
    if before.get("batch") != after.get("batch"):
        out.append(Clause("batch {before} → {after}", {"before": str(before.get("batch")),
                                                       "after": str(after.get("batch"))}))
    if before.get("scope") != after.get("scope"):
        out.append(Clause("scope {before} → {after}", {}, {"before": (QUOTA_SCOPE, str(before.get("scope"))),
                                                            "after": (QUOTA_SCOPE, str(after.get("scope")))}))
    if before.get("document") != after.get("document"):
        out.append(Clause("document {before} → {after}", {"before": _value(before.get("document")),
                                                          "after": _value(after.get("document"))}))
    out.append(Clause("reason: {reason}", {"reason": str(d["reason"])}))
    return out


def _init(d: Mapping[str, Any]) -> list[Clause]:
    return [Clause("Database created for {enterprise} ({credit_code})",
                   {"enterprise": str(d["enterprise"]), "credit_code": str(d["credit_code"])}),
            Clause("{materials} materials in the catalogue", {"materials": _n(d["materials"])})]


def _material_add(d: Mapping[str, Any]) -> list[Clause]:
    return [Clause("Material added: {code} {name_zh} / {name_en}",
                   {"code": str(d["code"]), "name_zh": str(d["name_zh"]), "name_en": str(d["name_en"])})]


def _enterprise_edit(d: Mapping[str, Any]) -> list[Clause]:
    before, after = d["before"], d["after"]
    return [Clause("Enterprise profile changed from {old_name} ({old_code}) to {new_name} ({new_code})",
                   {"old_name": str(before["name"]), "old_code": str(before["credit_code"]),
                    "new_name": str(after["name"]), "new_code": str(after["credit_code"])})]


def _chain_begin(d: Mapping[str, Any]) -> list[Clause]:
    return [Clause("Hash chain begun over the {rows} movements already in the ledger", {"rows": _n(d["rows"])})]


def _named(template: str) -> Callable[[Mapping[str, Any]], list[Clause]]:
    """An action named in words, its detail shown as written."""
    return lambda d: [Clause(template)] + _as_written(d)


_DESCRIBE: dict[str, Callable[[Mapping[str, Any]], list[Clause]]] = {
    "post": _post,
    "reverse": _reverse,
    "month_close": _month_close,
    "month_reopen": _month_reopen,
    "report": lambda d: _report(d, closed=False),
    "report_close": lambda d: _report(d, closed=True),
    "backup": _backup,
    "quota_add": _quota_add,
    "quota_edit": _quota_edit,
    "init": _init,
    "material_add": _material_add,
    "enterprise_edit": _enterprise_edit,
    "login": _named("Signed in"),
    "login_failed": _named("Sign-in refused"),
    "account_add": _named("Account added"),
    "account_edit": _named("Account changed"),
    "restore": _named("Database restored from a copy"),
    "verify": _named("Ledger checked"),
    "chain_begin": _chain_begin,
    "copied_in": _copied_in,
}
