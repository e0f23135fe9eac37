"""Reversing a posted movement: the date (in an open month) and a reason."""
from __future__ import annotations

import datetime as dt
import html

from ree_desk.domain.accounts.roles import Permission
from ree_desk.domain.problems import InputRejected, Problem
from ree_desk.gui.forms.ui_reversal_dialog import Ui_ReversalDialog
from ree_desk.gui.models.ledger_model import type_name
from ree_desk.gui.problem_text import error_text, problem_text
from ree_desk.gui.qt import QDate, QDialog, QDialogButtonBox, QEvent, QWidget
from ree_desk.gui.session import Session
from ree_desk.services.ledger_query import LedgerRow
from ree_desk.services.months import closed_months, next_month
from ree_desk.services.posting import PostResult
from ree_desk.services.reversal import reverse_movement


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class ReversalDialog(QDialog):
    """Shows the movement, asks the reversal's date and reason, and posts it.

    A reversal that would leave its lot negative is shown with the warning
    and posted only with a reason for accepting it. ``posted`` holds the
    result once the dialog is accepted."""

    def __init__(self, session: Session, row: LedgerRow, parent: QWidget | None = None,
                 today: dt.date | None = None):
        super().__init__(parent)
        self.form = Ui_ReversalDialog()
        self.form.setupUi(self)
        self.session = session
        self.row = row
        self.posted: PostResult | None = None
        self._warned = False
        self._closed = set(closed_months(session.db))

        f = self.form
        today = today or dt.date.today()
        if self._closed:
            # Months close in order, so every day after the last closed month is open.
            first_open = next_month(max(self._closed))
            f.dateEdit.setMinimumDate(QDate(int(first_open[:4]), int(first_open[5:]), 1))
        f.dateEdit.setDate(_qdate(today))
        f.warningFrame.hide()
        f.dateEdit.dateChanged.connect(self._check)
        f.reasonEdit.textChanged.connect(self._check)
        f.acceptEdit.textChanged.connect(self._check)
        f.buttonBox.accepted.connect(self._post)
        self._show_movement()
        self.retranslate()
        self._check()
        self.adjustSize()
        f.reasonEdit.setFocus()

    def retranslate(self) -> None:
        self.ok_button.setText(self.tr("Reverse anyway") if self._warned else self.tr("Reverse"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.form.retranslateUi(self)
            self.retranslate()
            self._show_movement()
        super().changeEvent(event)

    @property
    def ok_button(self):
        return self.form.buttonBox.button(QDialogButtonBox.StandardButton.Ok)

    def day(self) -> dt.date:
        return self.form.dateEdit.date().toPython()

    def _show_movement(self) -> None:
        f, r, unit = self.form, self.row, self.session.unit_label()
        f.movementValue.setText(str(r.id))
        f.dayValue.setText(f"{r.day.isoformat()} · {type_name(r.type)}")
        lot = self.tr("{material} · lot {lot}").format(material=r.material, lot=r.lot)
        if r.origins:
            lot += " · " + " / ".join(r.origins)
        f.materialValue.setText(lot)
        f.massValue.setText(self.tr("{mass} {unit}, REO {reo} {unit}").format(
            mass=self.session.mass(r.mass_g), reo=self.session.mass(r.reo_g), unit=unit))
        f.counterpartyValue.setText(r.counterparty or "—")
        f.effectValue.setText(self.tr("{type} of {mass} {unit}, dated below, with the reason as its note").format(
            type=type_name(r.type), mass=self.session.mass(-r.mass_g), unit=unit))

    def _check(self) -> None:
        f = self.form
        day = self.day()
        month = f"{day.year:04d}-{day.month:02d}"
        closed = month in self._closed
        f.dateProblemLabel.setText(
            self.tr("{month} is closed: choose a date in an open month.").format(month=month) if closed else "")
        f.dateProblemLabel.setVisible(closed)
        ready = not closed and bool(f.reasonEdit.text().strip())
        if self._warned:
            ready = ready and bool(f.acceptEdit.text().strip())
        self.ok_button.setEnabled(ready)

    def _post(self) -> None:
        f = self.form
        if not self.ok_button.isEnabled():
            return
        accept_reason = f.acceptEdit.text().strip() if self._warned else None
        try:
            self.posted = reverse_movement(
                self.session.db, self.row.id, day=self.day(), reason=f.reasonEdit.text().strip(),
                user=self.session.user, accept_reason=accept_reason,
            )
        except InputRejected as exc:
            if not exc.problems:  # a refusal of the role
                f.errorLabel.setText(error_text(exc))
            elif exc.only_warnings and not self._warned and self.session.may(Permission.ACCEPT_WARNINGS):
                self._show_warnings(exc.problems)
            else:
                f.errorLabel.setText(self._problems_text(exc.problems))
            return
        self.accept()

    def _show_warnings(self, problems: list[Problem]) -> None:
        f = self.form
        self._warned = True
        f.warningLabel.setText(
            "<b>" + html.escape(self.tr("This reversal would leave the lot with negative stock.")) + "</b><br>"
            + html.escape(self.tr("It can still be recorded, flagged, with a reason for accepting it."))
            + "<br><small>" + "<br>".join(html.escape(problem_text(p)) for p in problems) + "</small>"
        )
        f.warningFrame.show()
        self.retranslate()
        self._check()
        self.adjustSize()
        f.acceptEdit.setFocus()

    def _problems_text(self, problems: list[Problem]) -> str:
        lines = [self.tr("The reversal was not posted:")]
        lines += [problem_text(p) for p in problems]
        return "\n".join(lines)
