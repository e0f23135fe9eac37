"""The status bar of a window opened read-only: says so, and who was
writing the database, for as long as the window is open; offers to open it
for writing once the other program is done."""
from __future__ import annotations

from ree_desk.gui.problem_text import sentence_text
from ree_desk.gui.qt import QEvent, QHBoxLayout, QLabel, QPushButton, QWidget, Signal
from ree_desk.gui.session import Session
from ree_desk.services.ledger_file import describe_holder


class ReadOnlyNotice(QWidget):
    write_requested = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.label = QLabel()
        self.label.setObjectName("readOnlyLabel")
        self.label.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.button = QPushButton()
        self.button.setObjectName("openForWritingButton")
        self.button.clicked.connect(self.write_requested.emit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.button)
        self.retranslate()

    def window_title(self, title: str) -> str:
        return self.tr("{title} — Read-only").format(title=title)

    def retranslate(self) -> None:
        holder = self.session.db.holder
        if holder is None:
            self.label.setText(self.tr("Read-only"))
        else:
            self.label.setText(self.tr("Read-only — held by {who}").format(who=sentence_text(describe_holder(holder))))
        self.label.setToolTip(self.tr("Nothing can be posted or changed here while another program writes "
                                      "this database."))
        self.button.setText(self.tr("Open for writing"))
        self.button.setToolTip(self.tr("Open the database again for writing, if the other program is done"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
