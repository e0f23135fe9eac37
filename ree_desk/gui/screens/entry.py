"""Entry: the single-movement form, or the day grid for many movements."""
from __future__ import annotations

from ree_desk.gui.forms.ui_entry import Ui_EntryScreen
from ree_desk.gui.qt import QKeySequence, QShortcut, Qt, QWidget
from ree_desk.gui.screens.base import Screen, emphasize_title
from ree_desk.gui.session import Session
from ree_desk.gui.widgets.entry_form import EntryForm
from ree_desk.gui.widgets.entry_grid import EntryGrid
from ree_desk.gui.worker import run_in_background
from ree_desk.services.entry_choices import counterparties
from ree_desk.services.setup import list_materials

MODE_STYLE = """
#modeBar QToolButton { border: 1px solid #b8c7d6; background: #f7f9fb; padding: 3px 12px; color: #23384d; }
#modeBar QToolButton:first { border-top-left-radius: 5px; border-bottom-left-radius: 5px; }
#modeBar QToolButton:last { border-left: none; border-top-right-radius: 5px; border-bottom-right-radius: 5px; }
#modeBar QToolButton:checked { background: #2b5d8a; color: white; border-color: #2b5d8a; }
#subtitleLabel { color: #5b6775; }
"""


class EntryScreen(Screen):
    key = "entry"

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(session, parent)
        self.form = Ui_EntryScreen()
        self.form.setupUi(self)
        self.setStyleSheet(MODE_STYLE)
        emphasize_title(self.form.titleLabel)

        self.entry_form = EntryForm(session)
        self.grid = EntryGrid(session)
        self.form.singleHolder.addWidget(self.entry_form)
        self.form.gridHolder.addWidget(self.grid)
        self.form.singleModeButton.clicked.connect(lambda: self.set_grid_mode(False))
        self.form.gridModeButton.clicked.connect(lambda: self.set_grid_mode(True))
        toggle = QShortcut(QKeySequence("Ctrl+G"), self)
        toggle.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        toggle.activated.connect(lambda: self.set_grid_mode(not self.grid_mode))
        self._loading = False
        self.retranslate()

    @property
    def grid_mode(self) -> bool:
        return self.form.modeStack.currentWidget() is self.form.gridPage

    def set_grid_mode(self, on: bool) -> None:
        self.form.gridModeButton.setChecked(on)
        self.form.singleModeButton.setChecked(not on)
        self.form.modeStack.setCurrentWidget(self.form.gridPage if on else self.form.singlePage)
        if on:
            self.grid.start(self.entry_form.form.dateEdit.date().toPython(), self.entry_form.mtype)
        else:
            self.entry_form.focus_first()

    def reload(self) -> None:
        """The completers' choices: the catalogue and the names used so far."""
        if self._loading:
            return
        self._loading = True
        db = self.session.db
        run_in_background(
            lambda _progress: (list_materials(db), counterparties(db)),
            context=self, on_done=self._choices_loaded,
            on_failed=lambda _exc: setattr(self, "_loading", False),
        )

    def _choices_loaded(self, choices) -> None:
        self._loading = False
        materials, parties = choices
        self.entry_form.set_choices(materials, parties)
        self.grid.set_choices(materials, parties)

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if not self.grid_mode:
            self.entry_form.focus_first()

    def retranslate(self) -> None:
        self.form.retranslateUi(self)
        key = QKeySequence("Ctrl+G").toString(QKeySequence.SequenceFormat.NativeText)
        self.form.gridModeButton.setToolTip(self.tr("Switch between the form and the grid ({key})").format(key=key))
        self.form.singleModeButton.setToolTip(self.form.gridModeButton.toolTip())
        self.form.subtitleLabel.setText(
            self.tr("One movement at a time, or a day's movements in a grid ({key} switches)").format(key=key))
        self.entry_form.retranslate()
        self.grid.retranslate()
