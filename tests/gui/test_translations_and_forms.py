"""Chinese is complete, the compiled translations and Designer forms are the
ones their sources make."""
from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
TRANSLATIONS = ROOT / "resources" / "translations"


def messages(ts: Path) -> dict[tuple[str, str], str | None]:
    out = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            done = translation is not None and translation.get("type") not in ("unfinished", "vanished", "obsolete")
            out[(name, message.findtext("source"))] = (translation.text or None) if done else None
    return out


def committed() -> dict[tuple[str, str], str | None]:
    merged: dict[tuple[str, str], str | None] = {}
    for ts in sorted(TRANSLATIONS.glob("*_zh_CN.ts")):
        for key, text in messages(ts).items():
            if text or key not in merged:
                merged[key] = text
    return merged


def test_every_text_of_the_program_has_a_chinese_translation(tmp_path):
    sources = [str(p) for p in (ROOT / "ree_desk" / "gui").rglob("*.py") if "/forms/" not in str(p)]
    sources += [str(p) for p in (ROOT / "ui").rglob("*.ui")]
    scan = tmp_path / "all_zh_CN.ts"
    subprocess.run([str(BIN / "pyside6-lupdate"), *sources, "-ts", str(scan)], check=True, capture_output=True)
    have = committed()
    missing = sorted(f"{ctx}: {src!r}" for (ctx, src) in messages(scan) if not have.get((ctx, src)))
    assert missing == []


@pytest.mark.parametrize("ts", sorted(TRANSLATIONS.glob("*_zh_CN.ts")), ids=lambda p: p.name)
def test_compiled_translations_are_current(ts, tmp_path):
    assert all(text for text in messages(ts).values()), f"{ts.name} has unfinished translations"
    fresh = tmp_path / ts.with_suffix(".qm").name
    subprocess.run([str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(fresh)], check=True, capture_output=True)
    assert fresh.read_bytes() == ts.with_suffix(".qm").read_bytes(), f"run pyside6-lrelease {ts}"


def form_of(ui: Path) -> Path:
    suffix = "_dialog" if ui.parent.name == "dialogs" else ""
    return ROOT / "ree_desk" / "gui" / "forms" / f"ui_{ui.stem}{suffix}.py"


@pytest.mark.parametrize("ui", sorted((ROOT / "ui").rglob("*.ui")), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_generated_forms_match_their_designer_files(ui, tmp_path):
    fresh = tmp_path / "form.py"
    subprocess.run([str(BIN / "pyside6-uic"), str(ui), "-o", str(fresh)], check=True, capture_output=True)
    assert form_of(ui).exists(), f"compile {ui} with pyside6-uic"
    assert _code(fresh) == _code(form_of(ui)), f"recompile {ui}"


def _code(path: Path) -> list[str]:
    """The generated code without uic's banner, which names the Qt version."""
    return [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("##")]
