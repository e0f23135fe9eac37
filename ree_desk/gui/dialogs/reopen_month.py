"""Asking for the reason before a closed month is reopened."""
from __future__ import annotations

from ree_desk.gui.dialogs.form_dialog import FormDialog
from ree_desk.gui.forms.ui_reopen_month_dialog import Ui_ReopenMonthDialog
from ree_desk.gui.qt import QDialogButtonBox, QWidget


class ReopenMonthDialog(FormDialog):
    """Returns the reason in ``reason()``; OK (and Enter) does nothing until
    a reason is typed."""

    def __init__(self, month: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.month = month
        self.form = Ui_ReopenMonthDialog()
        self.form.setupUi(self)
        # A button of our own: the box would reset a standard OK's text on a language change.
        self.ok_button = self.form.buttonBox.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setDefault(True)
        self.form.reasonEdit.textChanged.connect(self._update)
        self._retranslate()
        self._update()
        self.form.reasonEdit.setFocus()

    def reason(self) -> str:
        return self.form.reasonEdit.text().strip()

    def _update(self) -> None:
        self.ok_button.setEnabled(bool(self.reason()))

    def _retranslate(self) -> None:
        self.form.headingLabel.setText(self.tr("Reopen {month}").format(month=self.month))
        self.ok_button.setText(self.tr("Reopen the month"))
