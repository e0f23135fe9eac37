"""Adding a quota allocation, or correcting one with a reason."""
from __future__ import annotations

import re

from ree_desk.domain.movement_types import QuotaKind, QuotaScope
from ree_desk.domain.problems import InputRejected, Problem
from ree_desk.gui import quota_names as names
from ree_desk.gui.forms.ui_allocation_dialog import Ui_AllocationDialog
from ree_desk.gui.problem_text import error_text, expected_phrase, found_text
from ree_desk.gui.qt import QDialog, QDialogButtonBox, QWidget
from ree_desk.gui.session import Session
from ree_desk.services import quotas
from ree_desk.services.allocations import edit_allocation, exact_tonnes

def _plain(label: str) -> str:
    """A form label as a name: without its mnemonic ("&Year:", "年度(&Y)：") and colon."""
    return re.sub(r"\(&\w\)|&", "", label).rstrip(":：")


ERROR_STYLE = "QLineEdit { border: 1px solid #C0392B; border-radius: 2px; padding: 1px; }"


class AllocationDialog(QDialog):
    """Without ``allocation`` it adds a batch to ``year``; with one (a row of
    ``quotas.allocations``) it corrects that batch and asks why. Year and
    kind of a recorded batch stay as they are."""

    def __init__(self, session: Session, *, year: int, allocation: dict | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.allocation = allocation
        self.saved_id: int | None = None
        self.form = Ui_AllocationDialog()
        self.form.setupUi(self)
        f = self.form
        for kind in QuotaKind:
            f.kindCombo.addItem(names.kind_name(kind.value), kind.value)
        for scope in QuotaScope:
            f.scopeCombo.addItem(self._scope_text(scope.value), scope.value)
        f.yearSpin.setValue(year)
        f.buttonBox.accepted.connect(self.accept)
        f.problemLabel.setStyleSheet("color: #C0392B;")
        f.problemLabel.hide()
        f.tonnesEdit.textEdited.connect(lambda _t: self._clear_mark(f.tonnesEdit))
        f.reasonEdit.textEdited.connect(lambda _t: self._clear_mark(f.reasonEdit))
        ok = f.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        if allocation is None:
            self.setWindowTitle(self.tr("Add a quota allocation"))
            f.introLabel.setText(self.tr("A batch of the year's quota as the allocation notice states it, "
                                         "in tonnes of rare-earth oxide (REO)."))
            f.formLayout.setRowVisible(f.reasonEdit, False)
            ok.setText(self.tr("&Add"))
            f.kindCombo.setFocus()
        else:
            self.setWindowTitle(self.tr("Correct a quota allocation"))
            f.introLabel.setText(self.tr("Correct batch {batch} of the {year} quota for {kind}. "
                                         "The change and its reason are kept in the audit trail.").format(
                batch=allocation["batch"], year=allocation["year"], kind=names.kind_name(allocation["kind"])))
            f.yearSpin.setValue(allocation["year"])
            f.yearSpin.setEnabled(False)
            f.kindCombo.setCurrentIndex(f.kindCombo.findData(allocation["kind"]))
            f.kindCombo.setEnabled(False)
            f.scopeCombo.setCurrentIndex(f.scopeCombo.findData(allocation["scope"]))
            f.tonnesEdit.setText(exact_tonnes(allocation["reo_g"]))
            f.batchSpin.setSpecialValueText("")  # a recorded batch has its number
            f.batchSpin.setMinimum(1)
            f.batchSpin.setValue(allocation["batch"])
            f.documentEdit.setText(allocation["document"] or "")
            ok.setText(self.tr("&Save"))
            f.tonnesEdit.setFocus()
            f.tonnesEdit.selectAll()
        ok.setDefault(True)

    def _scope_text(self, scope: str) -> str:
        return {
            "any": self.tr("Any origin (domestic and imported)"),
            "domestic": self.tr("Domestic origin only (CN)"),
            "imported": self.tr("Imported origin only"),
        }.get(scope, names.scope_name(scope))

    def accept(self) -> None:
        f = self.form
        kind = f.kindCombo.currentData()
        scope = f.scopeCombo.currentData()
        try:
            if self.allocation is None:
                self.saved_id = quotas.add_allocation(
                    self.session.db, year=f.yearSpin.value(), kind=kind, tonnes=f.tonnesEdit.text(),
                    batch=f.batchSpin.value() or None, scope=scope, document=f.documentEdit.text(),
                    user=self.session.user)
            else:
                edit_allocation(
                    self.session.db, self.allocation["id"], tonnes=f.tonnesEdit.text(), batch=f.batchSpin.value(),
                    scope=scope, document=f.documentEdit.text(), reason=f.reasonEdit.text(), user=self.session.user)
                self.saved_id = self.allocation["id"]
        except InputRejected as exc:
            if not exc.problems:  # a refusal of the role, in a line
                self.form.problemLabel.setText(error_text(exc))
                self.form.problemLabel.show()
                return
            self._show_problems(exc.problems)
            return
        super().accept()

    def _fields(self) -> dict:
        f = self.form
        return {
            "year": (f.yearSpin, f.yearLabel), "kind": (f.kindCombo, f.kindLabel),
            "scope": (f.scopeCombo, f.scopeLabel),
            "tonnes": (f.tonnesEdit, f.tonnesLabel), "batch": (f.batchSpin, f.batchLabel),
            "document": (f.documentEdit, f.documentLabel), "reason": (f.reasonEdit, f.reasonLabel),
        }

    def _show_problems(self, problems: list[Problem]) -> None:
        fields = self._fields()
        lines = []
        first = None
        for p in problems:
            widget, label = fields.get(p.column or "", (None, None))
            name = _plain(label.text()) if label else self.tr("Allocation")
            lines.append(self.tr("{field}: expected {expected}, found {found}").format(
                field=name, expected=expected_phrase(p), found=found_text(p)))
            if widget is not None:
                if hasattr(widget, "setStyleSheet") and widget in (self.form.tonnesEdit, self.form.reasonEdit):
                    widget.setStyleSheet(ERROR_STYLE)
                first = first or widget
        self.form.problemLabel.setText("\n".join(lines))
        self.form.problemLabel.show()
        if first is not None:
            first.setFocus()

    def _clear_mark(self, widget: QWidget) -> None:
        widget.setStyleSheet("")
