"""The day grid: many movements typed as rows and posted all or nothing in
one posting; what the ledger refuses is marked on its row and cell."""
from __future__ import annotations

import datetime as dt

from ree_desk.domain.catalogue import MaterialRow
from ree_desk.domain.movement_types import TYPE_NAMES_ZH, MovementType
from ree_desk.domain.problems import Problem
from ree_desk.gui.forms.ui_entry_grid import Ui_EntryGrid
from ree_desk.gui.models.entry_grid_model import COLUMNS, EntryGridModel
from ree_desk.gui.qt import QKeySequence, QLineEdit, QShortcut, Qt, QWidget
from ree_desk.gui.session import Session
from ree_desk.gui.widgets import entry_completers as completers
from ree_desk.gui.widgets.entry_grid_view import EntryGridDelegate
from ree_desk.gui.widgets.entry_messages import NOT_ACCEPTED, NOT_POSTED, TYPE_NAMES, problem_text, translated
from ree_desk.gui.widgets.entry_poster import EntryPoster
from ree_desk.gui.widgets.entry_style import post_button_style
from ree_desk.gui.worker import run_in_background
from ree_desk.services.entry_choices import CounterpartyChoice, lots_of

COLUMN_WIDTHS = {"date": 96, "type": 96, "material": 120, "lot": 110, "mass_kg": 110, "grade_pct": 72,
                 "reo": 100, "origin": 64, "origin_detail": 100, "counterparty": 150, "credit_code": 150,
                 "customs_no": 120, "invoice_no": 100, "run": 90, "destination": 70}
MAX_PROBLEM_LINES = 6
STYLE = """
#problemsLabel { color: #b42318; }
#summaryLabel { color: #5b6775; }
""" + post_button_style("postAllButton")


class EntryGrid(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.form = Ui_EntryGrid()
        self.form.setupUi(self)
        self.setStyleSheet(STYLE)
        self.model = EntryGridModel(session.mass, session.unit_label, self)
        table = self.form.table
        table.setModel(self.model)
        self.delegate = EntryGridDelegate(COLUMNS, table)
        table.setItemDelegate(self.delegate)
        for name, width in COLUMN_WIDTHS.items():
            table.setColumnWidth(COLUMNS.index(name), width)
        countries = completers.country_entries()
        self.delegate.set_entries("origin", countries)
        self.delegate.set_entries("destination", countries)
        self.delegate.set_entries("type", [
            (f"{t.value} · {TYPE_NAMES_ZH[t]} · {TYPE_NAMES[t]}", t.value, t.value) for t in MovementType])
        # The lot column offers the lots of the row's material, loaded off the
        # UI thread as soon as a material is typed.
        self.materials: set[str] = set()
        self.lots: dict[str, list] = {}
        self.delegate.set_entries_of("lot", self._lot_entries)
        self.model.dataChanged.connect(self._material_typed)

        self.poster = EntryPoster(session, self, source="entry grid")
        self.poster.busy_changed.connect(lambda _busy: self._update())
        self.poster.posted.connect(self._posted)
        self.poster.rejected.connect(self._rejected)
        self.poster.cancelled.connect(lambda: self._status(translated(NOT_ACCEPTED), "bad"))
        self.poster.failed.connect(lambda text: self._status(translated(NOT_POSTED).format(text), "bad"))

        self.form.addRowButton.clicked.connect(self.add_row)
        self.form.removeRowButton.clicked.connect(self.remove_row)
        self.form.postAllButton.clicked.connect(self.post_all)
        for keys, slot in (("Ctrl+N", self.add_row), ("Ctrl+Del", self.remove_row),
                           ("Ctrl+Return", self.post_all), ("Ctrl+Enter", self.post_all)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        for signal in (self.model.dataChanged, self.model.rowsInserted, self.model.rowsRemoved,
                       self.model.modelReset):
            signal.connect(lambda *_args: self._update())
        table.selectionModel().currentChanged.connect(lambda *_args: self._show_row_problems())
        self._loose: list[Problem] = []
        self.retranslate()

    def set_choices(self, materials: list[MaterialRow], parties: list[CounterpartyChoice]) -> None:
        self.materials = {m.code for m in materials}
        self.lots.clear()  # stock on hand changes with every posting
        self.delegate.set_entries("material", completers.material_entries(materials))
        self.delegate.set_entries("counterparty", completers.counterparty_entries(parties))
        self.model.refresh_shown()  # the unit may have changed

    def _material_of(self, row: int) -> str:
        value = self.model.data(self.model.index(row, COLUMNS.index("material")), Qt.ItemDataRole.EditRole)
        return (value or "").strip().upper()

    def _lot_entries(self, index) -> list:
        code = self._material_of(index.row())
        self._load_lots(code)
        return self.lots.get(code) or []

    def _material_typed(self, top_left, bottom_right, *_roles) -> None:
        column = COLUMNS.index("material")
        if top_left.column() <= column <= bottom_right.column():
            for row in range(top_left.row(), bottom_right.row() + 1):
                self._load_lots(self._material_of(row))

    def _load_lots(self, code: str) -> None:
        if code not in self.materials or code in self.lots:
            return
        self.lots[code] = []  # asked for: one query a material
        db = self.session.db

        def loaded(lots) -> None:
            unit = self.session.unit_label()
            self.lots[code] = completers.lot_entries(lots, lambda g: f"{self.session.mass(g)} {unit}")
            # The clerk may already be typing in this row's lot cell.
            table = self.form.table
            index = table.currentIndex()
            editor = table.indexWidget(index) if index.isValid() else None
            if COLUMNS[index.column()] == "lot" and self._material_of(index.row()) == code \
                    and isinstance(editor, QLineEdit) and editor.completer() is None and self.lots[code]:
                self.delegate.attach_completer(editor, self.lots[code])

        run_in_background(lambda _progress: lots_of(db, code), context=self, on_done=loaded,
                          on_failed=lambda _exc: self.lots.pop(code, None))  # a help only: typing still works

    def start(self, day: dt.date, mtype: MovementType) -> None:
        """Begin with the date and type the single form holds, if the grid is empty."""
        if not self.model.filled_rows():
            self.model.reset(day, mtype)
        self.focus_table()

    def focus_table(self) -> None:
        table = self.form.table
        table.setFocus(Qt.FocusReason.OtherFocusReason)
        if not table.currentIndex().isValid():
            table.setCurrentIndex(self.model.index(0, COLUMNS.index("material")))

    def add_row(self) -> None:
        current = self.form.table.currentIndex()
        row = self.model.add_row(current.row() if current.isValid() else None)
        self.form.table.setCurrentIndex(self.model.index(row, COLUMNS.index("material")))
        self.form.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def remove_row(self) -> None:
        current = self.form.table.currentIndex()
        if current.isValid():
            self.model.remove_row(current.row())
            if self.model.rowCount() == 0:
                self.model.add_row()

    def post_all(self) -> None:
        if self.poster.busy:
            return
        self.form.table.setFocus()  # commits the cell being edited
        self._close_editor()
        bad = self.model.bad_rows()
        drafts = self.model.drafts()
        if bad:
            text = self.tr("Nothing posted: {n} row(s) have marked cells to fix first.").format(n=len(bad))
            self._status(text, "bad")
            self._select_first_problem()
            return
        if not drafts:
            self._status(self.tr("Nothing to post: the grid is empty."), "bad")
            return
        self._status("", "")
        self._loose = []
        self.poster.post(drafts)

    def _close_editor(self) -> None:
        table = self.form.table
        editor = table.indexWidget(table.currentIndex()) or table.focusWidget()
        if editor is not None and editor is not table and table.isAncestorOf(editor):
            table.commitData(editor)
            table.closeEditor(editor, self.delegate.EndEditHint.NoHint)

    def _posted(self, result, rows: int) -> None:
        last = next((r.draft for r in reversed(self.model.rows) if r.draft), None)
        self.model.reset(last.day if last else dt.date.today(), last.type if last else MovementType.RECEIPT)
        text = self.tr("Posted {n} movement(s) in one posting (no. {id}).").format(n=rows, id=result.posting_id)
        if result.flagged:
            text += " " + self.tr("{n} flagged with the reason given.").format(n=result.flagged)
        self._status(text, "ok")
        self.focus_table()

    def _rejected(self, problems: list[Problem]) -> None:
        self._loose = [p for p in self.model.apply_problems(problems) if p.line is None]
        rows = len({p.line for p in problems if p.line is not None})
        self._status(self.tr("Nothing posted: the ledger refused {n} row(s); the marked cells say why.").format(
            n=max(rows, 1)), "bad")
        self._select_first_problem()
        self._show_row_problems()

    def _select_first_problem(self) -> None:
        first = self.model.first_problem()
        if first is not None:
            self.form.table.setCurrentIndex(self.model.index(*first))
            self.form.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_row_problems(self) -> None:
        """The bad rows' problems in words, the current row's first, and what
        belongs to no row."""
        current = self.form.table.currentIndex().row()
        bad = sorted(self.model.bad_rows(), key=lambda number: number != current)
        lines = []
        for number in bad:
            row = self.model.rows[number]
            lines += [self.tr("Row {row}: {text}").format(row=number + 1, text=problem_text(p))
                      for p in {**row.problems, **row.ledger}.values()]
        lines += [problem_text(p) for p in self._loose]
        if len(lines) > MAX_PROBLEM_LINES:
            more = len(lines) - MAX_PROBLEM_LINES + 1
            lines = lines[: MAX_PROBLEM_LINES - 1] + [self.tr("… and {n} more").format(n=more)]
        self.form.problemsLabel.setText("\n".join(lines))

    def _update(self) -> None:
        filled = len(self.model.filled_rows())
        bad = len(self.model.bad_rows())
        parts = [self.tr("{n} row(s) typed").format(n=filled)]
        if bad:
            parts.append(self.tr("{n} to fix").format(n=bad))
        self.form.summaryLabel.setText(" · ".join(parts))
        self._show_row_problems()
        self.form.postAllButton.setEnabled(not self.poster.busy and filled > 0 and bad == 0
                                           and not self.session.read_only)
        self.form.postAllButton.setText(
            self.tr("Posting…") if self.poster.busy else self.tr("Post all  (Ctrl+Enter)"))

    def _status(self, text: str, tone: str) -> None:
        label = self.form.statusLabel
        label.setText(text)
        label.setProperty("tone", tone)
        label.style().unpolish(label)
        label.style().polish(label)

    def retranslate(self) -> None:
        self.form.retranslateUi(self)
        self.model.refresh_shown()
        self._update()

