"""What the audit screen calls events: each action, each group, and the
clauses of ``ree_desk.services.audit_text`` in the user's language.

The service says an event in English clauses, each a template with named
fields; a template is translated here and filled with the same fields. A
template without a translation (an action added since) is shown in English,
an action without a name as its code: nothing is hidden.
"""
from __future__ import annotations

from ree_desk.gui.problem_sentences import KIND_NAMES, SCOPE_NAMES
from ree_desk.gui.problem_text import translated
from ree_desk.gui.qt import QT_TRANSLATE_NOOP, QCoreApplication
from ree_desk.services.audit_log import AuditEntry
from ree_desk.services.audit_text import QUOTA_KIND, QUOTA_SCOPE, Clause, sentence

CONTEXT = "AuditLog"

ACTION_NAMES = {
    "post": QT_TRANSLATE_NOOP("AuditLog", "Posting"),
    "reverse": QT_TRANSLATE_NOOP("AuditLog", "Reversal"),
    "month_close": QT_TRANSLATE_NOOP("AuditLog", "Month closed"),
    "month_reopen": QT_TRANSLATE_NOOP("AuditLog", "Month reopened"),
    "report": QT_TRANSLATE_NOOP("AuditLog", "Report"),
    "report_close": QT_TRANSLATE_NOOP("AuditLog", "Report and close"),
    "backup": QT_TRANSLATE_NOOP("AuditLog", "Backup"),
    "restore": QT_TRANSLATE_NOOP("AuditLog", "Restore"),
    "quota_add": QT_TRANSLATE_NOOP("AuditLog", "Quota added"),
    "quota_edit": QT_TRANSLATE_NOOP("AuditLog", "Quota corrected"),
    "init": QT_TRANSLATE_NOOP("AuditLog", "Database created"),
    "material_add": QT_TRANSLATE_NOOP("AuditLog", "Material added"),
    "enterprise_edit": QT_TRANSLATE_NOOP("AuditLog", "Enterprise profile"),
    "login": QT_TRANSLATE_NOOP("AuditLog", "Sign-in"),
    "login_failed": QT_TRANSLATE_NOOP("AuditLog", "Sign-in refused"),
    "account_add": QT_TRANSLATE_NOOP("AuditLog", "Account added"),
    "account_edit": QT_TRANSLATE_NOOP("AuditLog", "Account changed"),
    "verify": QT_TRANSLATE_NOOP("AuditLog", "Ledger check"),
    "chain_begin": QT_TRANSLATE_NOOP("AuditLog", "Hash chain begun"),
    "copied_in": QT_TRANSLATE_NOOP("AuditLog", "Ledger copied in"),
}
GROUP_NAMES = {
    "postings": QT_TRANSLATE_NOOP("AuditLog", "Postings"),
    "flagged": QT_TRANSLATE_NOOP("AuditLog", "Flagged exceptions"),
    "reversals": QT_TRANSLATE_NOOP("AuditLog", "Reversals"),
    "quotas": QT_TRANSLATE_NOOP("AuditLog", "Quota changes"),
    "months": QT_TRANSLATE_NOOP("AuditLog", "Months closed and reopened"),
    "reports": QT_TRANSLATE_NOOP("AuditLog", "Reports"),
    "settings": QT_TRANSLATE_NOOP("AuditLog", "Settings and accounts"),
    "logins": QT_TRANSLATE_NOOP("AuditLog", "Sign-ins"),
    "backups": QT_TRANSLATE_NOOP("AuditLog", "Backups and restores"),
    "checks": QT_TRANSLATE_NOOP("AuditLog", "Ledger checks"),
}
SEPARATOR = QT_TRANSLATE_NOOP("AuditLog", ", ")
# Every template the service says, for Qt Linguist (a test holds this list
# to the service's source).
TEMPLATES = (
    QT_TRANSLATE_NOOP("AuditLog", "{action}"),
    QT_TRANSLATE_NOOP("AuditLog", "{detail}"),
    QT_TRANSLATE_NOOP("AuditLog", "{flagged} flagged"),
    QT_TRANSLATE_NOOP("AuditLog", "accepted: {reason}"),
    QT_TRANSLATE_NOOP("AuditLog", "reason: {reason}"),
    QT_TRANSLATE_NOOP("AuditLog", "note: {note}"),
    QT_TRANSLATE_NOOP("AuditLog", "Entered one movement by hand"),
    QT_TRANSLATE_NOOP("AuditLog", "Entered {rows} movements by hand"),
    QT_TRANSLATE_NOOP("AuditLog", "Posted one movement from the entry grid"),
    QT_TRANSLATE_NOOP("AuditLog", "Posted {rows} movements from the entry grid"),
    QT_TRANSLATE_NOOP("AuditLog", "Posted the stocktake of {day}: one adjustment"),
    QT_TRANSLATE_NOOP("AuditLog", "Posted the stocktake of {day}: {rows} adjustments"),
    QT_TRANSLATE_NOOP("AuditLog", "Built the demo's {month}: {rows} movements"),
    QT_TRANSLATE_NOOP("AuditLog", "Posted one movement from {source}"),
    QT_TRANSLATE_NOOP("AuditLog", "Posted {rows} movements from {source}"),
    QT_TRANSLATE_NOOP("AuditLog", "Reversed movement No. {movement} by No. {reversal}"),
    QT_TRANSLATE_NOOP("AuditLog", "Closed {month}"),
    QT_TRANSLATE_NOOP("AuditLog", "{lots} lot balances stored"),
    QT_TRANSLATE_NOOP("AuditLog", "one lot balance stored"),
    QT_TRANSLATE_NOOP("AuditLog", "Reopened {month}"),
    QT_TRANSLATE_NOOP("AuditLog", "Made the report for {month} and closed the month: {movements} movements"),
    QT_TRANSLATE_NOOP("AuditLog", "Made the report for {month}: {movements} movements"),
    QT_TRANSLATE_NOOP("AuditLog", "checksum {checksum}"),
    QT_TRANSLATE_NOOP("AuditLog", "files: {files}"),
    QT_TRANSLATE_NOOP("AuditLog", "Daily copy of the database: {file}"),
    QT_TRANSLATE_NOOP("AuditLog", "Copy of the database made on request: {file}"),
    QT_TRANSLATE_NOOP("AuditLog", "Copy of the database before closing {month}: {file}"),
    QT_TRANSLATE_NOOP("AuditLog", "Copy of the database before reopening {month}: {file}"),
    QT_TRANSLATE_NOOP("AuditLog", "Copy of the database: {file}"),
    QT_TRANSLATE_NOOP("AuditLog", "Ledger copied in from {source}, {movements} movements, checked against it"),
    QT_TRANSLATE_NOOP("AuditLog", "Quota added: {year} {kind}, {scope}, batch {batch}, {tonnes} t REO"),
    QT_TRANSLATE_NOOP("AuditLog", "document {document}"),
    QT_TRANSLATE_NOOP("AuditLog", "Quota allocation No. {id} ({year} {kind}) corrected"),
    QT_TRANSLATE_NOOP("AuditLog", "{before} → {after} t REO"),
    QT_TRANSLATE_NOOP("AuditLog", "batch {before} → {after}"),
    QT_TRANSLATE_NOOP("AuditLog", "scope {before} → {after}"),
    QT_TRANSLATE_NOOP("AuditLog", "document {before} → {after}"),
    QT_TRANSLATE_NOOP("AuditLog", "Database created for {enterprise} ({credit_code})"),
    QT_TRANSLATE_NOOP("AuditLog", "{materials} materials in the catalogue"),
    QT_TRANSLATE_NOOP("AuditLog", "Material added: {code} {name_zh} / {name_en}"),
    QT_TRANSLATE_NOOP("AuditLog", "Enterprise profile changed from {old_name} ({old_code}) to {new_name} ({new_code})"),
    QT_TRANSLATE_NOOP("AuditLog", "Signed in"),
    QT_TRANSLATE_NOOP("AuditLog", "Sign-in refused"),
    QT_TRANSLATE_NOOP("AuditLog", "Account added"),
    QT_TRANSLATE_NOOP("AuditLog", "Account changed"),
    QT_TRANSLATE_NOOP("AuditLog", "Database restored from a copy"),
    QT_TRANSLATE_NOOP("AuditLog", "Ledger checked"),
    QT_TRANSLATE_NOOP("AuditLog", "Hash chain begun over the {rows} movements already in the ledger"),
)
_VOCABULARIES = {QUOTA_KIND: KIND_NAMES, QUOTA_SCOPE: SCOPE_NAMES}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def action_name(action: str) -> str:
    """An action in the user's language; one without a name, as its code."""
    name = ACTION_NAMES.get(action)
    return tr(name) if name else action


def group_name(group: str) -> str:
    return tr(GROUP_NAMES[group])


def code_name(vocabulary: str, code: str) -> str:
    names = _VOCABULARIES.get(vocabulary, {})
    return translated(names[code]) if code in names else code


def clause_text(clause: Clause) -> str:
    return tr(clause.template).format(
        **clause.values, **{key: code_name(vocabulary, code) for key, (vocabulary, code) in clause.codes.items()})


def event_text(entry: AuditEntry) -> str:
    """The event's sentence in the user's language."""
    return tr(SEPARATOR).join(clause_text(clause) for clause in sentence(entry))
