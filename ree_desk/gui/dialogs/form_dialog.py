"""A dialog laid out by a Qt Designer form, retranslated with it."""
from __future__ import annotations

from typing import Any

from ree_desk.gui.qt import QDialog, QEvent


class FormDialog(QDialog):
    """A dialog whose widgets come from a Designer form (``self.form``):
    when the language changes, the form's texts and the dialog's own ones
    (``_retranslate``: texts made from data, buttons the form does not
    name) are set again together."""

    form: Any

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.form.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        """Set the texts the form does not hold."""
