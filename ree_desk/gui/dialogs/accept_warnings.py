"""Over quota, below zero or a repeat of the ledger: recorded all the
same, flagged, with a manager's reason (SPEC section 1, last point)."""
from __future__ import annotations

from ree_desk.domain.problems import Problem
from ree_desk.gui.forms.ui_accept_warnings_dialog import Ui_AcceptWarningsDialog
from ree_desk.gui.qt import QDialog, QDialogButtonBox, QWidget
from ree_desk.gui.widgets.entry_messages import problem_text


class AcceptWarningsDialog(QDialog):
    """Lists the warnings and returns the reason typed in ``reason()``; the
    OK button stays off until there is one."""

    def __init__(self, warnings: list[Problem], user: str, rows: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.warnings = warnings
        self.user = user
        self.rows = rows
        self.form = Ui_AcceptWarningsDialog()
        self.form.setupUi(self)
        self.ok_button = self.form.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.form.buttons.accepted.connect(self._accept_if_reasoned)
        self.form.reasonEdit.textChanged.connect(self._update)
        self.form.headline.setStyleSheet("font-size: 15px; font-weight: 600; color: #9a3412;")
        self.form.confirmedBy.setStyleSheet("color: #5b6775;")
        for warning in warnings:
            self.form.warningList.addItem(self._line(warning))
        self._retranslate()
        self._update()
        self.form.reasonEdit.setFocus()

    def reason(self) -> str:
        return self.form.reasonEdit.toPlainText().strip()

    def _line(self, warning: Problem) -> str:
        text = problem_text(warning)
        if self.rows > 1 and warning.line is not None:
            return self.tr("Row {row}: {text}").format(row=warning.line, text=text)
        return text

    def _update(self) -> None:
        self.ok_button.setEnabled(bool(self.reason()))

    def _accept_if_reasoned(self) -> None:
        if self.reason():
            self.accept()

    def _retranslate(self) -> None:
        self.form.headline.setText(
            self.tr("{n} warning(s): over quota, stock below zero or already in the ledger").format(
                n=len(self.warnings)))
        self.form.confirmedBy.setText(
            self.tr("Confirmed by {user}. The reason is stored with every flagged movement.").format(user=self.user))
        self.ok_button.setText(self.tr("Post flagged"))
