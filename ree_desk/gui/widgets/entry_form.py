"""The single-movement form: one form that shows the fields the movement
type uses, checks them as they are typed, shows the REO and the quota and
stock effect before posting, and is ready for the next entry after it."""
from __future__ import annotations

from ree_desk.domain.catalogue import MaterialRow
from ree_desk.domain.drafts import MovementDraft, draft_from_values
from ree_desk.domain.movement_types import MovementType
from ree_desk.domain.problems import Problem
from ree_desk.domain.quantities import QuantityError, format_grade, format_kg, grade_from_cell, mass_from_cell, reo_grams
from ree_desk.gui.forms.ui_entry_form import Ui_EntryForm
from ree_desk.gui.problem_text import error_text
from ree_desk.gui.qt import (
    QDate,
    QEvent,
    QKeySequence,
    QLabel,
    QLineEdit,
    QLocale,
    QModelIndex,
    QObject,
    QShortcut,
    Qt,
    QTimer,
    QWidget,
)
from ree_desk.gui.session import Session
from ree_desk.gui.widgets import entry_completers as completers
from ree_desk.gui.widgets.entry_messages import (
    CATEGORY_NAMES,
    GROUP_NAMES,
    NOT_ACCEPTED,
    NOT_POSTED,
    TYPE_HINTS,
    expected_text,
    field_name,
    problem_text,
    quota_sentence,
    stock_sentence,
    translated,
    type_name,
)
from ree_desk.gui.widgets.entry_poster import EntryPoster
from ree_desk.gui.widgets.entry_style import post_button_style
from ree_desk.gui.worker import run_in_background
from ree_desk.services.entry_choices import CounterpartyChoice, lots_of
from ree_desk.services.entry_preview import EntryPreview, field_defaults, form_fields, preview_entry

# movement file column -> prefix of the form's widgets (…Label, …Edit, …Problem)
WIDGETS = {
    "date": "date", "material": "material", "lot": "lot", "mass_kg": "mass", "grade_pct": "grade",
    "origin": "origin", "origin_detail": "originDetail", "counterparty": "counterparty",
    "credit_code": "creditCode", "customs_no": "customs", "invoice_no": "invoice", "run": "run",
    "destination": "destination", "note": "note",
}
TYPE_BUTTONS = {
    MovementType.RECEIPT: "typeReceipt", MovementType.MINED: "typeMined", MovementType.FEED: "typeFeed",
    MovementType.OUTPUT: "typeOutput", MovementType.SHIPMENT: "typeShipment",
    MovementType.ADJUSTMENT: "typeAdjustment",
}
TYPE_KEYS = {mtype: QKeySequence(f"Alt+{i}") for i, mtype in enumerate(TYPE_BUTTONS, start=1)}
PREVIEW_DELAY_MS = 250

STYLE = """
#typeBar QToolButton { border: 1px solid #b8c7d6; border-left: none; background: #f7f9fb;
    padding: 4px 6px; color: #23384d; }
#typeBar QToolButton:first { border-left: 1px solid #b8c7d6; border-top-left-radius: 5px;
    border-bottom-left-radius: 5px; }
#typeBar QToolButton:last { border-top-right-radius: 5px; border-bottom-right-radius: 5px; }
#typeBar QToolButton:checked { background: #2b5d8a; color: white; border-color: #2b5d8a; font-weight: 600; }
#typeBar QToolButton:hover:!checked { background: #e8eff6; }
#typeHint { color: #4a5a6a; }
QLabel[problem="true"] { color: #b42318; font-size: 12px; }
#previewPanel { background: #f5f8fb; border: 1px solid #d5e0ea; border-radius: 8px; }
#previewTitle { font-weight: 600; font-size: 14px; color: #23384d; }
#reoCaption, #quotaCaption, #stockCaption { color: #5b6775; font-size: 12px; margin-top: 6px; }
#reoValue { font-size: 22px; font-weight: 600; color: #2b5d8a; }
#reoFormula, #materialInfo, #shortcutsHelp { color: #5b6775; font-size: 12px; }
#previewWarning { color: #9a3412; }
#missingLabel { color: #5b6775; }
""" + post_button_style("postButton")


class EntryForm(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.form = Ui_EntryForm()
        self.form.setupUi(self)
        self.setStyleSheet(STYLE)
        f = self.form
        self.labels: dict[str, QLabel] = {n: getattr(f, f"{p}Label") for n, p in WIDGETS.items()}
        self.editors: dict[str, QWidget] = {n: getattr(f, f"{p}Edit") for n, p in WIDGETS.items()}
        self.problem_labels: dict[str, QLabel] = {n: getattr(f, f"{p}Problem") for n, p in WIDGETS.items()}
        self.type_buttons = {t: getattr(f, name) for t, name in TYPE_BUTTONS.items()}
        for label in self.problem_labels.values():
            label.setProperty("problem", True)
            label.setMinimumWidth(160)
        self._keep_source_texts()

        self.mtype = MovementType.RECEIPT
        self.materials: dict[str, MaterialRow] = {}
        self.used: list[str] = []
        self.required: set[str] = set()
        self.field_problems: dict[str, Problem] = {}
        self.ledger_problems: dict[str, Problem] = {}
        self.preview: EntryPreview | None = None
        self.touched: set[str] = set()
        self.show_all = False
        self._draft: MovementDraft | None = None
        self._previewed: MovementDraft | None = None
        self._generation = 0
        self._lots_for: str | None = None
        self._posting: MovementDraft | None = None

        self.poster = EntryPoster(session, self, source="entry")
        self.poster.busy_changed.connect(lambda _busy: self._update_actions())
        self.poster.posted.connect(self._posted)
        self.poster.rejected.connect(self._rejected)
        self.poster.cancelled.connect(lambda: self._status(translated(NOT_ACCEPTED), "bad"))
        self.poster.failed.connect(lambda text: self._status(translated(NOT_POSTED).format(text), "bad"))

        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self._run_preview)

        self._build_completers()
        self._connect()
        f.dateEdit.setDate(QDate.currentDate())
        self.retranslate()
        self.set_type(MovementType.RECEIPT)

    # --- set-up -------------------------------------------------------------

    def _build_completers(self) -> None:
        self.material_completer = completers.CodeCompleter(self)
        self.lot_completer = completers.CodeCompleter(self)
        self.party_completer = completers.CodeCompleter(self)
        self.origin_completer = completers.CodeCompleter(self)
        self.destination_completer = completers.CodeCompleter(self)
        for completer in (self.origin_completer, self.destination_completer):
            completer.set_entries(completers.country_entries())
        pairs = [("material", self.material_completer), ("lot", self.lot_completer),
                 ("counterparty", self.party_completer), ("origin", self.origin_completer),
                 ("destination", self.destination_completer)]
        for name, completer in pairs:
            self.editors[name].setCompleter(completer)
            completer.activated[str].connect(self._completed)
        self.party_completer.activated[QModelIndex].connect(self._party_chosen)

    def _connect(self) -> None:
        f = self.form
        for name, editor in self.editors.items():
            if isinstance(editor, QLineEdit):
                editor.textEdited.connect(lambda _text, n=name: self._edited(n))
                editor.textChanged.connect(self._revalidate)
                editor.returnPressed.connect(self._enter)
        f.dateEdit.dateChanged.connect(lambda _d: self._edited("date"))
        f.dateEdit.dateChanged.connect(self._revalidate)
        f.postButton.clicked.connect(self.post)
        f.clearButton.clicked.connect(self.clear)
        for mtype, button in self.type_buttons.items():
            button.clicked.connect(lambda _checked=False, t=mtype: self.set_type(t))
            shortcut = QShortcut(TYPE_KEYS[mtype], self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda t=mtype: self.set_type(t, focus=True))
        f.dateEdit.installEventFilter(self)
        for key in ("Return", "Enter"):
            shortcut = QShortcut(QKeySequence(key), f.dateEdit)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self._enter)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # Tab leaves the date at once, like every other field; typing the
        # separators (or the arrow keys) moves between its parts.
        if watched is self.form.dateEdit and event.type() == QEvent.Type.KeyPress \
                and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) \
                and not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier:
            if event.key() == Qt.Key.Key_Tab and not event.modifiers():
                self.focusNextChild()
            else:
                self.focusPreviousChild()
            return True
        return super().eventFilter(watched, event)

    # --- what the screen gives and asks -----------------------------------------

    def set_choices(self, materials: list[MaterialRow], parties: list[CounterpartyChoice]) -> None:
        self.materials = {m.code: m for m in materials}
        self.material_completer.set_entries(completers.material_entries(materials))
        self.party_completer.set_entries(completers.counterparty_entries(parties))
        self._lots_for = None
        # Called again after anything was posted, or the unit changed: the
        # quota and stock shown are checked afresh.
        self._draft = self._previewed = None
        self._revalidate()

    def focus_first(self) -> None:
        """The first field a clerk types into (date and type are usually kept)."""
        self.form.materialEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_type(self, mtype: MovementType, *, focus: bool = False) -> None:
        self.mtype = mtype
        self.type_buttons[mtype].setChecked(True)
        for name, value in field_defaults(mtype).items():
            editor = self.editors[name]
            if isinstance(editor, QLineEdit) and not editor.text().strip():
                editor.setText(value)
        self.form.typeHint.setText(translated(TYPE_HINTS[mtype]))
        self._revalidate()
        if focus:
            self.focus_first()

    def values(self) -> dict[str, object]:
        """The form as movement-file cells: only the fields the type uses."""
        out: dict[str, object] = {"date": self.form.dateEdit.date().toPython(), "type": self.mtype.value}
        for name in self.used:
            editor = self.editors.get(name)
            if isinstance(editor, QLineEdit):
                out[name] = editor.text().strip() or None
        return out

    def can_post(self) -> bool:
        return self.form.postButton.isEnabled()

    # --- checking as the clerk types -----------------------------------------------

    def _edited(self, name: str) -> None:
        self.touched.add(name)

    def _revalidate(self) -> None:
        origin = self.form.originEdit.text().strip() or None
        destination = self.form.destinationEdit.text().strip() or None
        fields = form_fields(self.mtype, origin=origin, destination=destination)
        self.used = [f.name for f in fields]
        self.required = {f.name for f in fields if f.required}
        draft, problems = draft_from_values(None, self.values())
        self.field_problems = {}
        for problem in problems:
            self.field_problems.setdefault(problem.column or "", problem)
        if draft != self._draft:
            self._draft = draft
            self.ledger_problems = {}
            self._generation += 1  # whatever preview is on its way is for another entry
            if draft is None:
                self._preview_timer.stop()
                self._show_preview(None)
            else:
                self._preview_timer.start()
        self._show_fields()
        self._show_material()
        self._show_reo()
        self._show_problems()
        self._update_actions()

    def _show_fields(self) -> None:
        adjustment = self.mtype is MovementType.ADJUSTMENT
        for name in WIDGETS:
            shown = name in self.used
            for widget in (self.labels[name], self.editors[name], self.problem_labels[name]):
                widget.setVisible(shown)
            text = self._label_text(name, adjustment)
            if name in self.required and name != "date":  # a date is always there
                text += ' <span style="color:#b42318">*</span>'
            self.labels[name].setText(text)

    def _label_text(self, name: str, adjustment: bool) -> str:
        if adjustment and name == "mass_kg":
            return self.tr("Net mass (kg, − for a loss)")
        if adjustment and name == "note":
            return self.tr("Reason")
        return self._label_base[name]

    def _show_material(self) -> None:
        self._load_lots()
        material = self.materials.get(self.form.materialEdit.text().strip().upper())
        self.form.materialInfo.setText(self._material_info(material))
        self.form.gradeEdit.setPlaceholderText(
            self.tr("Catalogue grade: {0}").format(format_grade(material.default_grade_bp))
            if material else self._grade_placeholder)

    def _show_reo(self) -> None:
        f = self.form
        try:
            mass_g = mass_from_cell(f.massEdit.text().strip(), signed=self.mtype is MovementType.ADJUSTMENT)
            grade_bp = grade_from_cell(f.gradeEdit.text().strip())
        except QuantityError:
            f.reoValue.setText("—")
            f.reoFormula.setText(self.tr("Type the net mass and the grade"))
            return
        reo = reo_grams(mass_g, grade_bp)
        f.reoValue.setText(f"{self.session.mass(reo)} {self.session.unit_label()}")
        f.reoFormula.setText(f"{format_kg(mass_g, grouping=True)} kg × {format_grade(grade_bp)} %")

    def _show_problems(self) -> None:
        for name, label in self.problem_labels.items():
            problem = self.ledger_problems.get(name) or self.field_problems.get(name)
            visible = problem is not None and (
                name in self.touched or self.show_all or name in self.ledger_problems)
            label.setText(expected_text(problem) if visible else "")
            label.setToolTip(problem_text(problem) if visible else "")
        waiting = [field_name(n) for n in self.used
                   if n in self.field_problems and not self.problem_labels[n].text()]
        self.form.missingLabel.setText(
            self.tr("Still to fill in: {0}").format(self.tr(", ").join(waiting)) if waiting else "")

    def _update_actions(self) -> None:
        ready = (not self.field_problems and not self.ledger_problems and not self.poster.busy
                 and not self.session.read_only)
        self.form.postButton.setEnabled(ready)
        self.form.postButton.setText(self.tr("Posting…") if self.poster.busy else self.tr("Post  (Enter)"))

    # --- the preview of quota and stock ----------------------------------------------

    def _run_preview(self) -> None:
        draft, generation, db = self._draft, self._generation, self.session.db
        if draft is None or draft == self._previewed:
            return
        run_in_background(
            lambda _progress: preview_entry(db, draft),
            context=self, on_done=lambda preview: self._preview_done(generation, draft, preview),
            on_failed=lambda exc: self._preview_done(generation, draft, None, exc),
        )

    def _preview_done(self, generation: int, draft: MovementDraft, preview: EntryPreview | None,
                      exc: BaseException | None = None) -> None:
        if generation != self._generation:
            return
        self._previewed = draft
        if exc is not None:
            self.form.previewWarning.setText(self.tr("Could not check against the ledger: {0}").format(error_text(exc)))
            return
        self.ledger_problems = {}
        loose = []
        for problem in preview.problems:
            if problem.column in WIDGETS and problem.column in self.used \
                    and problem.column not in self.ledger_problems:
                self.ledger_problems[problem.column] = problem
            else:
                loose.append(problem)
        self._show_preview(preview, loose)
        self._show_problems()
        self._update_actions()

    def _show_preview(self, preview: EntryPreview | None, loose: list[Problem] = ()) -> None:
        f = self.form
        self.preview = preview
        if preview is None:
            self._previewed = None
            f.quotaText.setText(self.tr("Shown when the entry is complete."))
            f.stockText.setText("")
            f.previewWarning.setText("")
            return
        if preview.problems:
            f.quotaText.setText(self.tr("Fix the marked fields to see the quota effect."))
        elif preview.quota:
            f.quotaText.setText("\n".join(quota_sentence(q, self.session) for q in preview.quota))
        else:
            f.quotaText.setText(self.tr("Counts against no quota."))
        f.stockText.setText(stock_sentence(preview.stock, self.session) if preview.stock else "")
        lines = [problem_text(p) for p in loose]
        if preview.needs_reason:
            lines.insert(0, self.tr("Posting asks for a manager's reason and flags the movement:"))
            lines += ["• " + problem_text(p) for p in preview.warnings]
        f.previewWarning.setText("\n".join(lines))

    # --- completers ---------------------------------------------------------------------

    def _completed(self, _text: str) -> None:
        # A choice made (Enter or a click) ends the field: on to the next one.
        editor = self.focusWidget()
        QTimer.singleShot(0, lambda: self.focusNextChild() if self.focusWidget() is editor else None)

    def _party_chosen(self, index) -> None:
        code = index.data(completers.EXTRA_ROLE)
        if code and not self.form.creditCodeEdit.text().strip():
            self.form.creditCodeEdit.setText(code)

    def _load_lots(self) -> None:
        code = self.form.materialEdit.text().strip().upper()
        if code == self._lots_for or code not in self.materials:
            return
        self._lots_for = code
        db = self.session.db
        run_in_background(
            lambda _progress: lots_of(db, code),
            context=self, on_done=lambda lots: self._lots_loaded(code, lots),
            on_failed=lambda _exc: None,  # completion is a help; typing still works
        )

    def _lots_loaded(self, code: str, lots) -> None:
        if code == self._lots_for:
            unit = self.session.unit_label()
            self.lot_completer.set_entries(
                completers.lot_entries(lots, lambda g: f"{self.session.mass(g)} {unit}"))

    # --- posting ----------------------------------------------------------------------

    def _enter(self) -> None:
        editor = self.sender()
        completer = editor.completer() if isinstance(editor, QLineEdit) else None
        if completer is not None and completer.popup().isVisible():
            return  # this Enter picks the highlighted choice, it does not post
        self.post()

    def post(self) -> None:
        if self.poster.busy:
            return
        draft, problems = draft_from_values(None, self.values())
        if problems or self.ledger_problems or draft is None:
            self.show_all = True
            self._show_problems()
            self._focus_first_problem()
            self._status(self.tr("Not posted yet: fix the marked fields first."), "bad")
            return
        self._status("", "")
        self._posting = draft
        self.poster.post([draft])

    def _posted(self, result, _rows: int) -> None:
        draft = self._posting
        # As entered: a feed of 5 kg reads 5 kg; only an adjustment carries a sign.
        mass_g = draft.mass_g if draft.type is MovementType.ADJUSTMENT else abs(draft.mass_g)
        values = dict(type=type_name(draft.type), material=draft.material, lot=draft.lot,
                      mass=format_kg(mass_g, grouping=True),
                      reo=self.session.mass(reo_grams(mass_g, draft.grade_bp)),
                      unit=self.session.unit_label(), id=result.movement_ids[0])
        if result.flagged:
            text = self.tr("Posted and flagged with the reason given: {type} {material} lot {lot}, "
                           "{mass} kg, {reo} {unit} REO (movement no. {id}).").format(**values)
        else:
            text = self.tr("Posted {type} {material} lot {lot}: {mass} kg, "
                           "{reo} {unit} REO (movement no. {id}).").format(**values)
        self.next_entry()
        self._status(text, "ok")

    def _rejected(self, problems: list[Problem]) -> None:
        self.show_all = True
        loose = []
        for problem in problems:
            if problem.column in WIDGETS and problem.column in self.used:
                self.ledger_problems.setdefault(problem.column, problem)
            else:
                loose.append(problem)
        self._show_problems()
        self.form.previewWarning.setText("\n".join(problem_text(p) for p in loose))
        self._update_actions()
        self._focus_first_problem()
        first = problems[0] if problems else None
        self._status(self.tr("Not posted: {0}").format(problem_text(first) if first else ""), "bad")

    def _focus_first_problem(self) -> None:
        for name in WIDGETS:
            if name in self.used and (name in self.ledger_problems or name in self.field_problems):
                self.editors[name].setFocus(Qt.FocusReason.OtherFocusReason)
                return

    def next_entry(self) -> None:
        """Empty every field but the date and the type, ready for the next one."""
        for editor in self.editors.values():
            if isinstance(editor, QLineEdit):
                editor.blockSignals(True)
                editor.clear()
                editor.blockSignals(False)
        self.touched.clear()
        self.show_all = False
        self._draft = self._previewed = None
        self.ledger_problems = {}
        self._show_preview(None)
        self._status("", "")
        self.set_type(self.mtype)
        self.focus_first()

    def clear(self) -> None:
        self.next_entry()

    def _status(self, text: str, tone: str) -> None:
        label = self.form.statusLabel
        label.setText(text)
        label.setProperty("tone", tone)
        label.style().unpolish(label)
        label.style().polish(label)

    # --- language ------------------------------------------------------------------

    def retranslate(self) -> None:
        self.form.retranslateUi(self)
        self._keep_source_texts()
        for mtype, button in self.type_buttons.items():
            key = TYPE_KEYS[mtype].toString(QKeySequence.SequenceFormat.NativeText)
            button.setText(f"{type_name(mtype)}\n{key}")
            button.setToolTip(translated(TYPE_HINTS[mtype]))
        self.form.typeHint.setText(translated(TYPE_HINTS[self.mtype]))
        self.form.shortcutsHelp.setText(self.tr(
            "<b>Keys</b>: Alt+1 … Alt+6 choose the type · Tab moves on · Enter posts · "
            "↓ opens the choices while typing a code"))
        self._revalidate()
        self._show_preview(self.preview)

    def _keep_source_texts(self) -> None:
        # The .ui's texts in the current language; markers and hints are added to them.
        self._label_base = {name: label.text() for name, label in self.labels.items()}
        self._grade_placeholder = self.form.gradeEdit.placeholderText()

    def _material_info(self, material: MaterialRow | None) -> str:
        if material is None:
            return ""
        chinese = QLocale().language() == QLocale.Language.Chinese
        name = material.name_zh if chinese else material.name_en
        return f"{name} · {translated(CATEGORY_NAMES.get(material.category, material.category))} · " \
               f"{translated(GROUP_NAMES.get(material.group, material.group))}"
