"""Trace: for any lot, where its material came from (feed lots, origins,
suppliers, customs declarations) and where it went (runs, products,
customers, destinations), as a tree. Double-click a lot to trace it."""
from __future__ import annotations

from html import escape

from ree_desk.gui.forms.ui_trace import Ui_TraceScreen
from ree_desk.gui.models.stock_model import chinese, country_name, origin_text
from ree_desk.gui.models.trace_model import TraceModel
from ree_desk.gui.problem_text import error_text
from ree_desk.gui.qt import (
    QAction,
    QCompleter,
    QHeaderView,
    QKeySequence,
    QStringListModel,
    Qt,
    QTimer,
)
from ree_desk.gui.screens.base import Screen
from ree_desk.gui.session import Session
from ree_desk.gui.worker import run_in_background
from ree_desk.services.trace import LotKey, LotTrace, lot_text, lots_matching, resolve_lot, trace_lot

EXPAND_DEPTH = 2  # sections, runs and the lots under them open; deeper steps on demand


class TraceScreen(Screen):
    key = "trace"

    def __init__(self, session: Session, parent=None):
        super().__init__(session, parent)
        self.current: LotKey | None = None
        self.history: list[LotKey] = []
        self.loading = False
        self._generation = 0
        self.form = Ui_TraceScreen()
        self.form.setupUi(self)
        f = self.form

        self.model = TraceModel(session, self)
        view = f.treeView
        view.setModel(self.model)
        for col, width in enumerate((265, 80, 95, 90, 140, 200, 150, 260)):
            view.setColumnWidth(col, width)
        view.header().setStretchLastSection(True)
        view.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.activated.connect(self._activated)

        self._completions = QStringListModel(self)
        self.completer = QCompleter(self._completions, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setMaxVisibleItems(12)
        f.lotEdit.setCompleter(self.completer)
        self.completer.activated[str].connect(self.trace_text)
        # Lots are looked up after a short pause in typing, not on every key.
        self._complete_timer = QTimer(self, singleShot=True, interval=200)
        self._complete_timer.timeout.connect(self._complete)
        f.lotEdit.textEdited.connect(lambda _t: self._complete_timer.start())
        f.lotEdit.returnPressed.connect(lambda: self.trace_text(f.lotEdit.text()))
        f.traceButton.clicked.connect(lambda: self.trace_text(f.lotEdit.text()))
        f.backButton.clicked.connect(self.back)
        f.expandButton.clicked.connect(view.expandAll)
        f.collapseButton.clicked.connect(lambda: (view.collapseAll(), self._expand_sections()))
        self._actions()
        self._show_status("")
        self._update_buttons()
        self.retranslate()

    def _actions(self) -> None:
        back = QAction(self)
        back.setShortcut(QKeySequence.StandardKey.Back)
        back.triggered.connect(self.back)
        find = QAction(self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(lambda: (self.form.lotEdit.setFocus(), self.form.lotEdit.selectAll()))
        for action in (back, find):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)

    # ---------------------------------------------------------------- tracing

    def reload(self) -> None:
        """The ledger changed: trace the shown lot again."""
        if self.current is not None:
            self.trace(self.current, remember=False)
        else:
            self._show_lot(None)

    def trace_text(self, text: str) -> None:
        """Trace the lot ``text`` names: "material / lot" or a lot number."""
        if not text.strip():
            return
        found = resolve_lot(self.session.db, text)
        if len(found) == 1:
            self.trace(found[0])
        elif not found:
            self._show_status(self.tr('No lot "{text}"').format(text=text.strip()), error=True)
        else:
            # The same number in several materials: let the user pick one.
            self._show_status(self.tr("Several materials have lot {lot}: choose one").format(lot=text.strip()))
            self._completions.setStringList([lot_text(k) for k in found])
            self.completer.complete()

    def trace(self, key: LotKey, remember: bool = True) -> None:
        if key == self.current and self.loading:
            return  # a completion chosen with Enter asks twice
        if remember and self.current is not None and self.current != key:
            self.history.append(self.current)
        self.current = key
        self._complete_timer.stop()
        self.completer.popup().hide()
        self.form.lotEdit.setText(lot_text(key))
        self._generation += 1
        generation, db = self._generation, self.session.db
        self.loading = True
        self._update_buttons()
        self._show_status(self.tr("Tracing {lot}…").format(lot=lot_text(key)))
        run_in_background(lambda _progress: trace_lot(db, *key),
                          context=self, on_done=lambda trace: self._traced(generation, trace),
                          on_failed=lambda exc: self._failed(generation, exc))

    def _traced(self, generation: int, trace: LotTrace) -> None:
        if generation != self._generation:
            return
        self.loading = False
        self.model.set_trace(trace)
        view = self.form.treeView
        view.expandToDepth(EXPAND_DEPTH)
        # The step names the lots; give it their width, within reason.
        view.setColumnWidth(TraceModel.STEP, min(max(view.sizeHintForColumn(TraceModel.STEP) + 12, 240), 420))
        self._show_lot(trace)
        self._update_buttons()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self.loading = False
        self.model.set_trace(None)
        self._show_lot(None)
        text = "; ".join(error_text(exc).splitlines())
        self._show_status(self.tr("Could not trace: {error}").format(error=text), error=True)
        self._update_buttons()

    def back(self) -> None:
        if self.history:
            self.trace(self.history.pop(), remember=False)

    def _activated(self, index) -> None:
        key = self.model.lot_at(index)
        if key is not None:
            self.trace(key)

    def _complete(self) -> None:
        """Lots matching what is typed, looked up in the background (a scan of
        every lot number on a large ledger)."""
        typed, db = self.form.lotEdit.text(), self.session.db
        if len(typed.strip()) < 2:
            return

        def offer(keys) -> None:
            if self.form.lotEdit.text() == typed and self.form.lotEdit.hasFocus():
                self._completions.setStringList([lot_text(k) for k in keys])
                self.completer.complete()

        run_in_background(lambda _p: lots_matching(db, typed), context=self, on_done=offer, on_failed=lambda _exc: None)

    def _expand_sections(self) -> None:
        for section in (TraceModel.CAME_FROM, TraceModel.WENT_TO):
            self.form.treeView.expand(self.model.section_index(section))

    # ---------------------------------------------------------------- showing

    def _show_lot(self, trace: LotTrace | None) -> None:
        label = self.form.lotLabel
        if trace is None:
            label.setText(self.tr("Type a lot number above, or part of it, and press Enter."))
            return
        lot = trace.lot
        name = lot.material_name_zh if chinese() else lot.material_name_en
        if lot.made:
            source = self.tr("made by production runs")
            origin = origin_text(lot.origin, lot.origin_shares)
        else:
            source = self.tr("received or mined")
            origin = " ".join(p for p in (lot.origin, country_name(lot.origin) if lot.origin else "",
                                          lot.origin_detail) if p)
        facts = [source, self.tr("origin {origin}").format(origin=origin or "—")]
        if lot.customs_no:
            facts.append(self.tr("customs declaration {no}").format(no=lot.customs_no))
        unit = self.session.unit_label()
        facts.append(self.tr("in stock now {mass} {unit} (REO {reo} {unit})").format(
            mass=self.session.mass(trace.stock_g), reo=self.session.mass(trace.stock_reo_g), unit=unit))
        label.setText(f"<b>{escape(lot.material)} / {escape(lot.lot)}</b> &nbsp;{escape(name)}<br>"
                      + escape(" · ".join(facts)))
        if trace.truncated:
            self._show_status(self.tr("Long tree: far branches are not traced; double-click a lot to go on"))
        else:
            self._show_status("")

    def _show_status(self, text: str, error: bool = False) -> None:
        label = self.form.statusLabel
        label.setText(text)
        label.setStyleSheet("QLabel { color: #b3261e; }" if error else "")

    def _update_buttons(self) -> None:
        f = self.form
        f.backButton.setEnabled(bool(self.history))
        has_tree = self.model.trace is not None
        f.expandButton.setEnabled(has_tree)
        f.collapseButton.setEnabled(has_tree)

    # --------------------------------------------------------------- language

    def retranslate(self) -> None:
        self.form.retranslateUi(self)
        self.model.refresh()
        self._show_lot(self.model.trace)
