"""Settings: the enterprise profile, units, language, and which database
file is open.

Switching database is the main window's job (it owns the session): this
screen emits ``database_chosen(Path)`` with the file to open, once a new one
is created or the demo built. ``enterprise_changed(EnterpriseInfo)`` follows
a saved profile, for the window title and anything else showing the name.
"""
from __future__ import annotations

from pathlib import Path

from ree_desk import paths
from ree_desk.domain.accounts.roles import Permission
from ree_desk.domain.problems import InputRejected
from ree_desk.gui.about import version_text
from ree_desk.gui.dialogs.first_run import FirstRunDialog, free_path, show_credit_code_status
from ree_desk.gui.forms.ui_settings import Ui_SettingsScreen
from ree_desk.gui.i18n import install_language
from ree_desk.gui.preferences import LANGUAGES, UNITS
from ree_desk.gui.problem_text import error_text
from ree_desk.gui.qt import QApplication, QFileDialog, QMessageBox, Signal
from ree_desk.gui.screens.base import Screen
from ree_desk.gui.screens.settings_copies import CopiesBox
from ree_desk.gui.session import Session
from ree_desk.gui.widgets.accounts_panel import AccountsPanel
from ree_desk.gui.worker import run_in_background
from ree_desk.services.backups import Backup, backup_folder, list_backups, make_backup
from ree_desk.services.demo_database import ensure_demo_database
from ree_desk.services.enterprise import check_profile, update_enterprise
from ree_desk.services.setup import EnterpriseInfo, enterprise


class SettingsScreen(Screen):
    key = "settings"

    database_chosen = Signal(Path)
    enterprise_changed = Signal(EnterpriseInfo)

    def __init__(self, session: Session, parent=None):
        super().__init__(session, parent)
        self.busy = False
        self.profile: EnterpriseInfo | None = None
        self.form = Ui_SettingsScreen()
        self.form.setupUi(self)
        f = self.form
        f.nameEdit.textChanged.connect(self._profile_edited)
        f.codeEdit.textChanged.connect(self._profile_edited)
        f.nameEdit.returnPressed.connect(self.save_profile)
        f.codeEdit.returnPressed.connect(self.save_profile)
        f.saveProfileButton.clicked.connect(self.save_profile)
        f.revertProfileButton.clicked.connect(self.reload)
        f.unitCombo.setCurrentIndex(UNITS.index(session.unit))
        f.languageCombo.setCurrentIndex(LANGUAGES.index(session.preferences.language))
        f.unitCombo.currentIndexChanged.connect(self._unit_chosen)
        f.languageCombo.currentIndexChanged.connect(self._language_chosen)
        f.newButton.clicked.connect(self.new_database)
        f.openButton.clicked.connect(self.open_database)
        f.demoButton.clicked.connect(self.open_demo)
        f.backupButton.clicked.connect(self.back_up)
        self.copies = CopiesBox(self, f, session)
        self.copies.restored.connect(self.database_chosen.emit)
        self._show_progress(False)
        self._enable_database_buttons()
        self._show_path()
        f.versionLabel.setText(version_text())
        self.accounts_panel = AccountsPanel(session, self)
        f.mainLayout.insertWidget(f.mainLayout.count() - 1, self.accounts_panel)  # above the bottom spacer
        # The profile is an administrator's to change; everyone sees it.
        self.may_edit_profile = session.may(Permission.SETTINGS)
        f.nameEdit.setReadOnly(not self.may_edit_profile)
        f.codeEdit.setReadOnly(not self.may_edit_profile)
        f.saveProfileButton.setVisible(self.may_edit_profile)
        f.revertProfileButton.setVisible(self.may_edit_profile)

    # ------------------------------------------------------------ profile

    def reload(self) -> None:
        self._show_backups()
        self.accounts_panel.reload()
        self.copies.refresh()
        self.profile = enterprise(self.session.db)
        f = self.form
        f.nameEdit.setText(self.profile.name)
        f.codeEdit.setText(self.profile.credit_code)
        f.profileStatusLabel.clear()
        self._profile_edited()

    def _edited_profile(self) -> EnterpriseInfo | None:
        info, _problems = check_profile(self.form.nameEdit.text(), self.form.codeEdit.text())
        return info

    def _profile_edited(self) -> None:
        f = self.form
        show_credit_code_status(f.codeStatusLabel, f.codeEdit.text())
        edited = self._edited_profile()
        changed = (f.nameEdit.text(), f.codeEdit.text()) != (
            (self.profile.name, self.profile.credit_code) if self.profile else ("", ""))
        f.saveProfileButton.setEnabled(edited is not None and edited != self.profile and not self.session.read_only)
        f.revertProfileButton.setEnabled(changed)
        if changed:
            f.profileStatusLabel.clear()

    def save_profile(self) -> None:
        f = self.form
        if not f.saveProfileButton.isEnabled() or not self.may_edit_profile:
            return
        try:
            info = update_enterprise(self.session.db, name=f.nameEdit.text(), credit_code=f.codeEdit.text(),
                                     user=self.session.user)
        except InputRejected as exc:
            QMessageBox.warning(self, self.tr("The profile was not saved"),
                                error_text(exc))
            return
        self.reload()
        f.profileStatusLabel.setText(self.tr("Saved."))
        self.enterprise_changed.emit(info)

    # ------------------------------------------------------------ display

    def _unit_chosen(self, index: int) -> None:
        if 0 <= index < len(UNITS) and UNITS[index] != self.session.unit:
            self.session.set_unit(UNITS[index])

    def _language_chosen(self, index: int) -> None:
        if not 0 <= index < len(LANGUAGES):
            return
        self.session.preferences.language = LANGUAGES[index]
        # Every widget gets a LanguageChange event and retranslates itself.
        install_language(QApplication.instance(), LANGUAGES[index])

    # ----------------------------------------------------------- database

    def new_database(self) -> None:
        if self.busy:
            return
        dialog = FirstRunDialog(self.session.preferences, free_path(self.session.path), welcome=False, parent=self)
        if dialog.exec() == FirstRunDialog.DialogCode.Accepted and dialog.chosen_path is not None:
            # Connected to the server: the open ledger itself, so the password is not asked again.
            self.database_chosen.emit(dialog.chosen_database or dialog.chosen_path)

    def open_database(self) -> None:
        if self.busy:
            return
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a database"), str(self.session.path.parent),
            self.tr("REE Desk databases (*.sqlite3 *.db);;All files (*)"))
        if chosen and Path(chosen) != self.session.path:
            self.database_chosen.emit(Path(chosen))

    def open_demo(self) -> None:
        if self.busy:
            return
        path = paths.default_demo_db_path()
        if path == self.session.path:
            return
        if path.exists():
            self.database_chosen.emit(path)
            return
        user = self.session.user

        def work(progress):
            return ensure_demo_database(path, user=user, progress=lambda done, total: progress(done, total, ""))

        self.busy = True
        self.form.progressLabel.setText(self.tr("Building the demo database…"))
        self.form.progressBar.setRange(0, 0)
        self._show_progress(True)
        self._enable_database_buttons()
        run_in_background(work, context=self, on_done=self._demo_built, on_failed=self._demo_failed,
                          on_progress=self._progress)

    def _progress(self, done: int, total: int, _stage: str) -> None:
        if total > 0:
            self.form.progressBar.setRange(0, total)
            self.form.progressBar.setValue(done)

    def _demo_built(self, path: Path) -> None:
        self._database_work_finished()
        self.database_chosen.emit(path)

    def _demo_failed(self, exc: BaseException) -> None:
        self._database_work_finished()
        QMessageBox.critical(self, self.tr("The demo database could not be built"), error_text(exc))

    def _database_work_finished(self) -> None:
        self.busy = False
        self._show_progress(False)
        self._enable_database_buttons()

    def _enable_database_buttons(self) -> None:
        for button in (self.form.newButton, self.form.openButton, self.form.demoButton):
            button.setEnabled(not self.busy)
        # a backup is recorded in the database's audit log
        self.form.backupButton.setEnabled(not self.busy and not self.session.read_only)

    # ------------------------------------------------------------ backups

    def back_up(self) -> None:
        if self.busy:
            return
        db, user = self.session.db, self.session.user
        self.busy = True
        self.form.progressLabel.setText(self.tr("Backing up the database…"))
        self.form.progressBar.setRange(0, 0)
        self._show_progress(True)
        self._enable_database_buttons()
        run_in_background(lambda _progress: make_backup(db, user=user, reason="asked for"), context=self,
                          on_done=self._backed_up, on_failed=self._backup_failed)

    def _backed_up(self, backup: Backup) -> None:
        self._database_work_finished()
        self._show_backups()
        self.copies.backed_up(backup)

    def _backup_failed(self, exc: BaseException) -> None:
        self._database_work_finished()
        QMessageBox.critical(self, self.tr("The database could not be backed up"), error_text(exc))

    def _show_backups(self) -> None:
        folder = backup_folder(self.session.path)
        backups = list_backups(self.session.path, folder)
        if backups:
            text = self.tr("Last backup: {when} · {n} kept in {folder}").format(
                when=backups[0].made_at.strftime("%Y-%m-%d %H:%M"), n=len(backups), folder=folder)
        else:
            text = self.tr("No backup yet; they go to {folder}").format(folder=folder)
        self.form.backupLabel.setText(text)

    def _show_progress(self, shown: bool) -> None:
        self.form.progressLabel.setVisible(shown)
        self.form.progressBar.setVisible(shown)

    def _show_path(self) -> None:
        self.form.pathLabel.setText(self.tr("Open now: {path}").format(path=self.session.location))

    # ---------------------------------------------------------- language

    def retranslate(self) -> None:
        f = self.form
        # retranslateUi resets texts only; the combos keep their choice.
        f.retranslateUi(self)
        self._show_path()
        f.versionLabel.setText(version_text())
        self._show_backups()
        self.copies.refresh()
        self._profile_edited()
        if self.profile is not None and f.profileStatusLabel.text():
            f.profileStatusLabel.setText(self.tr("Saved."))
