"""Language and fonts: Chinese first, English too, on any machine.

Source strings are English; ``resources/translations/*_zh_CN.qm`` (one per
area of the program, made with Qt Linguist) hold the Chinese. The language
follows the system unless the user chose one. The shipped CJK font is loaded
at start-up so Chinese never shows as empty boxes.
"""
from __future__ import annotations

from pathlib import Path

from ree_desk.gui.qt import QApplication, QFont, QFontDatabase, QLibraryInfo, QLocale, QTranslator
from ree_desk.paths import resource_path

CJK_FONT_FILE = "fonts/wqy-microhei.ttc"
_installed: list[QTranslator] = []


def load_fonts(app: QApplication) -> str:
    """Register the shipped CJK font and make it the fallback of the UI font."""
    font_id = QFontDatabase.addApplicationFont(str(resource_path(CJK_FONT_FILE)))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    family = families[0] if families else ""
    if family:
        font = QFont(app.font())
        # Latin text keeps the system's face; anything it lacks comes from ours.
        font.setFamilies([app.font().family(), family])
        app.setFont(font)
    return family


def resolve_language(choice: str) -> str:
    """"system" becomes zh_CN for a Chinese system and en otherwise."""
    if choice in ("zh_CN", "en"):
        return choice
    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def translation_files(language: str) -> list[Path]:
    return sorted(resource_path("translations").glob(f"*_{language}.qm"))


def install_language(app: QApplication, choice: str) -> str:
    """Install the translators of a language (replacing any before); returns it."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = resolve_language(choice)
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return language
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [Path(qt_dir) / f"qtbase_{language}.qm", *translation_files(language)]
    for path in candidates:
        translator = QTranslator(app)
        if path.exists() and translator.load(str(path)):
            app.installTranslator(translator)
            _installed.append(translator)
    return language
