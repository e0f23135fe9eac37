"""Settings says which program runs: the bundle's version and build date,
or that it runs from source."""
from __future__ import annotations

import json

import pytest

from ree_desk import __version__, build_info
from ree_desk.gui.i18n import install_language
from ree_desk.gui.screens.settings import SettingsScreen

pytestmark = pytest.mark.usefixtures("finish_background_work")


@pytest.fixture
def stamp_folder(tmp_path, monkeypatch):
    """The package's data files looked up in a folder of the test's own."""
    folder = tmp_path / "package"
    folder.mkdir()
    monkeypatch.setattr(build_info, "package_path", lambda *parts: folder.joinpath(*parts))
    build_info.build_info.cache_clear()
    yield folder
    build_info.build_info.cache_clear()


def speak(qapp, language):
    install_language(qapp, language)
    qapp.processEvents()  # every widget retranslates on the LanguageChange it is sent


def open_settings(qtbot, session):
    widget = SettingsScreen(session)
    qtbot.addWidget(widget)
    widget.show()
    widget.activate()
    return widget


def test_run_from_source_it_says_development(qtbot, gui_session, stamp_folder, qapp):
    speak(qapp, "en")
    screen = open_settings(qtbot, gui_session)
    assert screen.form.versionLabel.text() == f"REE Desk {__version__} (development, run from source)"
    speak(qapp, "zh_CN")
    assert screen.form.versionLabel.text() == f"稀土台账 REE Desk {__version__}（开发版，从源代码运行）"
    speak(qapp, "en")


def test_a_bundle_shows_the_version_and_day_it_was_built(qtbot, gui_session, stamp_folder, qapp):
    (stamp_folder / "build-info.json").write_text(json.dumps({"version": "1.2.3", "built": "2026-07-01"}))
    speak(qapp, "zh_CN")
    screen = open_settings(qtbot, gui_session)
    assert screen.form.versionLabel.text() == "稀土台账 REE Desk 1.2.3，构建于 2026-07-01"
    speak(qapp, "en")
    assert screen.form.versionLabel.text() == "REE Desk 1.2.3, built 2026-07-01"


def test_an_unreadable_stamp_counts_as_development(stamp_folder):
    (stamp_folder / "build-info.json").write_text("{not json")
    info = build_info.build_info()
    assert info.development and info.version == __version__
