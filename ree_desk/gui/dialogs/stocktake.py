"""The stocktake: choose lots, type what was counted, see the differences,
post them as stocktake adjustments with a reason."""
from __future__ import annotations

import datetime as dt

from ree_desk.domain.accounts.roles import Permission
from ree_desk.domain.problems import InputRejected
from ree_desk.gui.forms.ui_stocktake_dialog import Ui_StocktakeDialog
from ree_desk.gui.models.stock_model import StocktakeModel, chinese, signed_text
from ree_desk.gui.problem_text import error_text, problem_text
from ree_desk.gui.qt import (
    QAbstractItemDelegate,
    QAction,
    QCompleter,
    QDate,
    QDialog,
    QDialogButtonBox,
    QEvent,
    QHeaderView,
    QInputDialog,
    QKeySequence,
    QLineEdit,
    QStringListModel,
    QStyledItemDelegate,
    Qt,
    QTimer,
    QWidget,
    Signal,
)
from ree_desk.gui.session import Session
from ree_desk.gui.worker import run_in_background
from ree_desk.services.setup import list_materials
from ree_desk.services.stocktake import StocktakeResult, book_lines, post_stocktake, summarize
from ree_desk.services.trace import lot_text, lots_matching, resolve_lot

ROW_HEIGHT = 26


class CountDelegate(QStyledItemDelegate):
    """Enter in a count commits it and moves on to the next lot, so a count
    sheet is typed as a column of numbers."""

    next_row = Signal()

    def createEditor(self, parent, option, index):
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return editor

    def eventFilter(self, editor, event) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            self.next_row.emit()
            return True
        return super().eventFilter(editor, event)


class StocktakeDialog(QDialog):
    """Books as of the stocktake day are read in the background; posting
    goes through the stocktake service, all or nothing."""

    def __init__(self, session: Session, *, day: dt.date, lots: list[tuple[str, str]] = (),
                 material: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.result: StocktakeResult | None = None
        self.result_message = ""
        self.loading = 0
        self.form = Ui_StocktakeDialog()
        self.form.setupUi(self)
        f = self.form

        self.model = StocktakeModel(session, self)
        f.linesView.setModel(self.model)
        rows = f.linesView.verticalHeader()
        rows.setDefaultSectionSize(ROW_HEIGHT)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        for col, width in enumerate((120, 0, 135, 135, 135, 150)):
            f.linesView.setColumnWidth(col, width)
        f.linesView.horizontalHeader().setSectionResizeMode(StocktakeModel.LOT, QHeaderView.ResizeMode.Stretch)
        self.delegate = CountDelegate(f.linesView)
        f.linesView.setItemDelegateForColumn(StocktakeModel.COUNTED, self.delegate)
        self.delegate.next_row.connect(lambda: QTimer.singleShot(0, self._edit_next))
        f.linesView.activated.connect(lambda index: self.edit_count(index.row()))
        self.model.rejected.connect(self._show_error)
        self.model.counts_changed.connect(self._show_summary)

        # Enter belongs to the count column and the lot field; posting is a
        # deliberate Ctrl+Enter (or Enter in the reason). An action-role
        # button is never made the dialog's default, as an accept button is.
        self.post_button = f.buttonBox.addButton(self.tr("&Post differences"), QDialogButtonBox.ButtonRole.ActionRole)
        self.post_button.setToolTip(self.tr("Post an adjustment for every lot whose count differs (Ctrl+Enter)"))
        self.post_button.clicked.connect(self.post)
        for button in f.buttonBox.buttons():
            button.setAutoDefault(False)

        f.dayEdit.setDate(QDate(day))
        f.dayEdit.setMaximumDate(QDate(dt.date.today()))
        f.dayEdit.dateChanged.connect(lambda _d: self._reload_books())
        f.addMaterialButton.clicked.connect(self.add_material)
        f.addLotButton.clicked.connect(self.add_lot)
        f.lotEdit.returnPressed.connect(self.add_lot)
        f.removeButton.clicked.connect(self.remove_selected)
        f.reasonEdit.returnPressed.connect(self.post)
        self._completions = QStringListModel(self)
        completer = QCompleter(self._completions, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        f.lotEdit.setCompleter(completer)
        self._complete_timer = QTimer(self, singleShot=True, interval=200)
        self._complete_timer.timeout.connect(self._complete)
        f.lotEdit.textEdited.connect(lambda _t: self._complete_timer.start())
        self._actions()
        self._fill_materials(material)
        self._show_error("")
        self._show_summary()
        if lots or material:
            self._load(list(lots), material)

    def _actions(self) -> None:
        post = QAction(self)
        post.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        post.triggered.connect(self.post)
        remove = QAction(self.form.linesView)
        remove.setShortcut(QKeySequence.StandardKey.Delete)
        remove.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        remove.triggered.connect(self.remove_selected)
        self.addAction(post)
        self.form.linesView.addAction(remove)

    def day(self) -> dt.date:
        d = self.form.dayEdit.date()
        return dt.date(d.year(), d.month(), d.day())

    # ------------------------------------------------------------ choosing lots

    def _fill_materials(self, chosen: str | None) -> None:
        combo = self.form.materialCombo
        zh = chinese()
        for m in list_materials(self.session.db):
            combo.addItem(f"{m.code}  {m.name_zh if zh else m.name_en}", m.code)
        if chosen:
            combo.setCurrentIndex(max(combo.findData(chosen), 0))

    def add_material(self) -> None:
        material = self.form.materialCombo.currentData()
        if material:
            self._load([], material)

    def add_lot(self) -> None:
        text = self.form.lotEdit.text()
        if not text.strip():
            return
        found = resolve_lot(self.session.db, text)
        if not found:
            self._show_error(self.tr('There is no lot "{text}". Type it as material / lot number, '
                                     'for example ND-OX / P261105-01-ND-OX.').format(text=text.strip()))
            return
        if len(found) > 1:
            self._show_error(self.tr('"{text}" is a lot of several materials: {lots}. Type the material too.')
                             .format(text=text.strip(), lots=", ".join(lot_text(k) for k in found)))
            return
        self.form.lotEdit.clear()
        self._load(found, None)

    def _complete(self) -> None:
        typed, db = self.form.lotEdit.text(), self.session.db
        if len(typed.strip()) < 2:
            return

        def offer(keys) -> None:
            if self.form.lotEdit.text() == typed and self.form.lotEdit.hasFocus():
                self._completions.setStringList([lot_text(k) for k in keys])
                self.form.lotEdit.completer().complete()

        run_in_background(lambda _p: lots_matching(db, typed), context=self, on_done=offer, on_failed=lambda _exc: None)

    def remove_selected(self) -> None:
        rows = {i.row() for i in self.form.linesView.selectionModel().selectedRows()}
        if not rows and self.form.linesView.currentIndex().isValid():
            rows = {self.form.linesView.currentIndex().row()}
        self.model.remove_rows(rows)

    # ---------------------------------------------------------------- books

    def _load(self, lots: list[tuple[str, str]], material: str | None) -> None:
        """Books of ``lots`` (and every lot of ``material`` with stock) added to the table."""
        db, day = self.session.db, self.day()
        self._busy(+1)

        def work(_progress):
            return book_lines(db, day, lots, material=material)

        run_in_background(work, context=self,
                          on_done=lambda lines: self._added(day, lines), on_failed=self._load_failed)

    def _added(self, day: dt.date, lines) -> None:
        self._busy(-1)
        if not lines:
            self._show_error(self.tr("No lot of this material holds stock on {day}.").format(day=day.isoformat()))
            return
        self._show_error("")
        row = self.model.add_lines(lines)
        self.edit_count(row, start=False)
        if day != self.day():
            self._reload_books()  # the day changed while these were read: read every lot again

    def _reload_books(self) -> None:
        keys = self.model.keys()
        if not keys:
            return
        db, day = self.session.db, self.day()
        self._busy(+1)
        run_in_background(lambda _p: book_lines(db, day, keys),
                          context=self, on_done=lambda lines: self._reloaded(day, lines), on_failed=self._load_failed)

    def _reloaded(self, day: dt.date, lines) -> None:
        self._busy(-1)
        if day == self.day():
            self.model.set_lines(lines)

    def _load_failed(self, exc: BaseException) -> None:
        self._busy(-1)
        self._show_error(error_text(exc, limit=10))

    def _busy(self, step: int) -> None:
        self.loading += step
        self.post_button.setEnabled(self.loading == 0)
        self._show_summary()

    # --------------------------------------------------------------- counting

    def edit_count(self, row: int, start: bool = True) -> None:
        view = self.form.linesView
        if not 0 <= row < self.model.rowCount():
            return
        index = self.model.index(row, StocktakeModel.COUNTED)
        view.setCurrentIndex(index)
        view.scrollTo(index)
        view.setFocus()
        if start:
            view.edit(index)

    def _edit_next(self) -> None:
        row = self.form.linesView.currentIndex().row() + 1
        if row < self.model.rowCount():
            self.edit_count(row)
        else:
            self.form.reasonEdit.setFocus()

    def _show_summary(self) -> None:
        if self.loading:
            self.form.summaryLabel.setText(self.tr("Reading the books…"))
            return
        s = summarize(self.model.counted_lines())
        mass, reo = s.difference_g, s.difference_reo_g
        self.form.summaryLabel.setText(self.tr(
            "{counted} of {lots} lots counted · {differing} with a difference · "
            "net {mass} {unit}, REO {reo} {unit}").format(
            counted=s.counted, lots=self.model.rowCount(), differing=s.differing,
            mass=signed_text(self.session.mass(mass), mass), reo=signed_text(self.session.mass(reo), reo),
            unit=self.session.unit_label()))

    def _show_error(self, text: str) -> None:
        self.form.errorLabel.setText(text)
        self.form.errorLabel.setVisible(bool(text))

    # ----------------------------------------------------------------- posting

    def post(self) -> None:
        if self.loading:
            return
        counts = self.model.counts()
        if not counts:
            self._show_error(self.tr("Type the counted mass of at least one lot."))
            self.edit_count(0)
            return
        reason = self.form.reasonEdit.text().strip()
        if not reason:
            self._show_error(self.tr("Give the reason for the stocktake adjustments."))
            self.form.reasonEdit.setFocus()
            return
        day, db, user = self.day(), self.session.db, self.session.user
        try:
            try:
                result = post_stocktake(db, day, counts, reason=reason, user=user)
            except InputRejected as exc:
                if not exc.only_warnings or not self.session.may(Permission.ACCEPT_WARNINGS):
                    raise
                accept_reason = self.ask_accept_reason(exc, reason)
                if accept_reason is None:
                    return
                result = post_stocktake(db, day, counts, reason=reason, user=user, accept_reason=accept_reason)
        except InputRejected as exc:
            self._show_error(error_text(exc, limit=10))
            return
        self.result = result
        if result.posting is None:
            self.result_message = self.tr("Stocktake of {day}: every count matched the books; nothing was posted.") \
                .format(day=day.isoformat())
        else:
            ids = result.movement_ids
            self.result_message = self.tr(
                "Stocktake of {day} posted: {n} adjustment(s), movements {first}–{last}.").format(
                day=day.isoformat(), n=len(ids), first=min(ids), last=max(ids))
            self.session.notify_changed()
        self.accept()

    def ask_accept_reason(self, exc: InputRejected, reason: str) -> str | None:
        """Negative stock is recorded when it physically happened, flagged,
        with a manager's reason."""
        lines = "\n".join(f"• {problem_text(p)}" for p in exc.problems[:8])
        more = len(exc.problems) - 8
        if more > 0:
            lines += "\n" + self.tr("…and {n} more").format(n=more)
        text, ok = QInputDialog.getText(
            self, self.tr("Record with warnings?"),
            self.tr("Posting these adjustments would leave stock negative:\n\n{warnings}\n\n"
                    "Record them anyway, flagged? Give the reason:").format(warnings=lines),
            QLineEdit.EchoMode.Normal, reason)
        text = text.strip()
        if not ok:
            return None
        if not text:
            self._show_error(self.tr("Nothing was posted: a reason is needed to record warnings."))
            return None
        return text
