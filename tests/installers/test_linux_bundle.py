"""The Linux release as a clerk gets it: built with installers/build-linux,
unpacked, installed into a fresh home with install.sh, used without Python
(the commands and the desktop program), then removed with uninstall.sh,
which leaves the ledger and nothing else."""
from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
import sys
import tarfile
import zlib
from pathlib import Path

import pytest

pytest.importorskip("PyInstaller", reason="the installers extra builds the bundle: pip install -e '.[installers]'")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux release is built on Linux"),
]

ROOT = Path(__file__).resolve().parents[2]
APP_ID = "cn.reedesk.ReeDesk"
LIMIT_BYTES = 120 * 10**6  # the goal: under 120 MB unpacked (114.4 MiB)
CREDIT_CODE = "91350100M000100Y43"
HEADER = ["date", "type", "material", "lot", "mass_kg", "grade_pct", "origin", "origin_detail",
          "counterparty", "credit_code", "customs_no", "invoice_no", "run", "destination", "note"]
MOVEMENTS = [
    dict(date="2026-02-02", type="RECEIPT", material="CONC-MONAZITE", lot="MM-01", mass_kg="25,000.5",
         grade_pct="55.25", origin="MM", counterparty="Myanmar Minerals Co.", customs_no="220120261000123456"),
    dict(date="2026-02-10", type="FEED", material="CONC-MONAZITE", lot="MM-01", mass_kg="10000.001",
         grade_pct="55.25", run="R-0210"),
    dict(date="2026-02-12", type="OUTPUT", material="DY-OX", lot="DY-1", mass_kg="10", grade_pct="99.99",
         run="R-0210"),
]


@pytest.fixture(scope="module")
def release(tmp_path_factory) -> Path:
    """installers/build-linux run as a release runs it; the tar.gz it made."""
    out = tmp_path_factory.mktemp("release")
    done = subprocess.run([str(ROOT / "installers" / "build-linux"), str(out)], capture_output=True, text=True,
                          env={**os.environ, "PYTHON": sys.executable}, timeout=900)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    (tarball,) = out.glob("ree-desk-*-linux-*.tar.gz")
    return tarball


@pytest.fixture(scope="module")
def unpacked(release, tmp_path_factory) -> Path:
    where = tmp_path_factory.mktemp("unpacked")
    with tarfile.open(release) as archive:
        # Extraction filters came in Python 3.11.4; the archive is our own either way.
        archive.extractall(where, **({"filter": "tar"} if hasattr(tarfile, "tar_filter") else {}))
    (folder,) = where.iterdir()
    return folder


def clean_env(home: Path, **more: str) -> dict[str, str]:
    """A clerk's session: no virtual environment, no checkout, no XDG overrides."""
    return {"HOME": str(home), "PATH": "/usr/local/bin:/usr/bin:/bin", "LANG": "C.UTF-8", **more}


def tree(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")}


def test_the_bundle_stays_under_its_size_and_carries_only_what_runs(unpacked):
    bundle = unpacked / "ree-desk"
    size = sum(p.lstat().st_size for p in bundle.rglob("*"))
    assert size < LIMIT_BYTES, f"{size / 10**6:.1f} MB ({size / 2**20:.1f} MiB)"
    internal = bundle / "_internal"
    plugins = {p.relative_to(internal / "PySide6" / "Qt" / "plugins").as_posix()
               for p in (internal / "PySide6" / "Qt" / "plugins").rglob("*.so")}
    assert "platforms/libqxcb.so" in plugins and "platforms/libqoffscreen.so" in plugins
    assert not any(p.startswith(("platforms/libqwayland", "platformthemes/libqgtk3", "tls/")) for p in plugins)
    assert [p.name for p in (internal / "PySide6" / "Qt" / "translations").iterdir()] == ["qtbase_zh_CN.qm"]
    assert not (internal / "sqlalchemy" / "dialects" / "mysql").exists()
    assert not list(internal.glob("libgtk*")) and not list(internal.glob("libfontconfig*"))
    # No link is left pointing at a library that was dropped.
    assert not [p for p in internal.rglob("*") if p.is_symlink() and not p.exists()]
    stamp = json.loads((internal / "ree_desk" / "build-info.json").read_text())
    assert stamp["version"] and stamp["built"]


# What Qt asks of ICU (installers/icu_data.py): collation, time-zone names,
# converters and case mapping, in the program's two languages.
ICU_PROBE = """
import json, sys
from PySide6.QtCore import QCollator, QCoreApplication, QLocale, QStringDecoder, QTimeZone
app = QCoreApplication([])
words = ["稀土", "镝", "氧化镨钕", "阿", "波", "次", "独居石", "包头", "赣州", "重庆", "长沙", "银行", "行走",
         "Zebra", "apple", "Äpfel", "10号", "9号"]
out = {}
for name in ("zh_CN", "en_US"):
    locale = QLocale(name)
    collator = QCollator(locale)
    out["sorted " + name] = sorted(words, key=collator.sortKey)
    collator.setNumericMode(True)
    out["numeric " + name] = sorted(words, key=collator.sortKey)
    zone = QTimeZone(b"Asia/Shanghai")
    out["zone " + name] = zone.displayName(QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName, locale)
    out["upper " + name] = locale.toUpper("straße dy2o3")
out["converters"] = [QStringDecoder(name).isValid() for name in ("GB18030", "GBK", "GB2312", "Big5")]
json.dump(out, sys.stdout, ensure_ascii=False)
"""


def test_icu_data_cut_to_chinese_and_english_answers_qt_as_the_whole_did(unpacked):
    """The bundle's cut ICU data, loaded by the wheel's own ICU in place of
    the whole, gives the same sorting, zone names and converters."""
    (data,) = (unpacked / "ree-desk" / "_internal" / "PySide6" / "Qt" / "lib").glob("libicudata.so.*")
    assert data.stat().st_size < 12 * 2**20  # the wheel's is 31 MiB

    def probe(**more: str) -> dict:
        done = subprocess.run([sys.executable, "-c", ICU_PROBE], capture_output=True, text=True,
                              env={**os.environ, **more}, timeout=120)
        assert done.returncode == 0 and "collator" not in done.stderr, done.stderr
        return json.loads(done.stdout)

    cut = probe(LD_PRELOAD=str(data))
    assert cut == probe()
    assert cut["sorted zh_CN"].index("阿") < cut["sorted zh_CN"].index("波") < cut["sorted zh_CN"].index("次")
    assert cut["zone zh_CN"] == "中国标准时间" and all(cut["converters"])


def test_the_menu_entry_metadata_and_icons(unpacked):
    share = unpacked / "share"
    desktop = share / "applications" / f"{APP_ID}.desktop"
    metainfo = share / "metainfo" / f"{APP_ID}.metainfo.xml"
    assert f"Icon={APP_ID}" in desktop.read_text()
    assert "@VERSION@" not in metainfo.read_text() and "@DATE@" not in metainfo.read_text()
    for size in (16, 22, 24, 32, 48, 64, 128, 256, 512):
        png = (share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").read_bytes()
        assert png[:8] == b"\x89PNG\r\n\x1a\n"
        width, height = int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
        assert (width, height) == (size, size)
    if shutil.which("desktop-file-validate"):
        done = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True, text=True)
        assert done.returncode == 0 and not done.stdout.strip(), done.stdout
    if shutil.which("appstreamcli"):
        done = subprocess.run(["appstreamcli", "validate", "--no-net", str(metainfo)], capture_output=True, text=True)
        assert done.returncode == 0, done.stdout


def png_is_drawn(path: Path) -> tuple[int, int, int]:
    """Width, height and how many different scanlines a PNG has (a blank
    window would have one)."""
    data = path.read_bytes()
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    pos, chunks = 8, b""
    while pos < len(data):
        length = int.from_bytes(data[pos:pos + 4], "big")
        kind = data[pos + 4:pos + 8]
        if kind == b"IDAT":
            chunks += data[pos + 8:pos + 8 + length]
        pos += 12 + length
    raw = zlib.decompress(chunks)
    stride = len(raw) // height
    return width, height, len({raw[i * stride + 1:(i + 1) * stride] for i in range(height)})


def test_installed_program_works_without_python_and_uninstalls_to_the_data(unpacked, tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    work = tmp_path / "work"
    work.mkdir()
    env = clean_env(home)

    done = subprocess.run([str(unpacked / "install.sh")], capture_output=True, text=True, env=env, cwd=work)
    assert done.returncode == 0, done.stderr
    program = home / ".local" / "bin" / "ree-desk"
    lib = home / ".local" / "lib" / "ree-desk"
    desktop = home / ".local" / "share" / "applications" / f"{APP_ID}.desktop"
    assert program.is_symlink() and program.resolve() == (lib / "ree-desk").resolve()
    assert f'Exec="{lib}/ree-desk"' in desktop.read_text()
    assert (home / ".local" / "share" / "icons" / "hicolor" / "48x48" / "apps" / f"{APP_ID}.png").is_file()

    def run(*args: str, **more: str) -> subprocess.CompletedProcess:
        return subprocess.run([str(program), *args], capture_output=True, text=True, cwd=work,
                              env=clean_env(home, **more), timeout=300)

    version = json.loads((lib / "_internal" / "ree_desk" / "build-info.json").read_text())["version"]
    assert run("--version").stdout == f"ree-desk {version}\n"

    done = run("init", "--enterprise", "测试稀土", "--credit-code", CREDIT_CODE)
    assert done.returncode == 0, done.stderr
    data = home / ".local" / "share" / "REE Desk"
    assert (data / "ree-desk.sqlite3").is_file()  # the same per-user folder as the program installed with pip

    with open(work / "february.csv", "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(HEADER)
        writer.writerows([m.get(h, "") for h in HEADER] for m in MOVEMENTS)
    done = run("import", "february.csv")
    assert (done.returncode, done.stdout, done.stderr) == (0, "imported 3 movements from february.csv\n", "")
    done = run("import", "missing.csv")
    assert done.returncode == 1 and "Traceback" not in done.stderr

    done = run("report", "--month", "2026-02", "--xlsx", "february.xlsx", "--pdf", "february.pdf")
    assert done.returncode == 0, done.stderr
    assert (work / "february.pdf").read_bytes()[:5] == b"%PDF-"
    if shutil.which("pdffonts"):  # the CJK font is found in the bundle and embedded
        fonts = subprocess.run(["pdffonts", str(work / "february.pdf")], capture_output=True, text=True).stdout
        assert "WenQuanYiMicroHei" in fonts and " yes yes " in fonts
    if shutil.which("pdftotext"):
        assert "测试稀土" in subprocess.run(["pdftotext", str(work / "february.pdf"), "-"],
                                         capture_output=True, text=True).stdout
    done = run("verify")
    assert done.returncode == 0 and done.stdout.startswith("verified: 3 movements"), done.stderr

    # The plant's server, through psycopg on the system's libpq.
    if shutil.which("pg_ctl") or list(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl")):
        import postgres_server

        server = postgres_server.start()
        try:
            url = server.new_database()
            done = run("migrate-to", url)
            assert done.returncode == 0, done.stderr
            done = run("--db", url, "report", "--month", "2026-02", "--json")
            assert done.returncode == 0 and json.loads(done.stdout)["month"] == "2026-02", done.stderr
        finally:
            server.stop()

    # The desktop program on the offscreen platform: the main window shown on
    # the ledger, every screen in both languages (fonts, translations, icons).
    done = run("screenshots", "--db", str(data / "ree-desk.sqlite3"), "--out", str(work / "shots"),
               QT_QPA_PLATFORM="offscreen")
    assert done.returncode == 0, done.stderr
    shots = sorted((work / "shots").glob("*.png"))
    assert len(shots) == 20 and {p.name for p in shots} >= {"ledger-zh_CN.png", "settings-en.png"}
    width, height, lines = png_is_drawn(work / "shots" / "settings-zh_CN.png")
    assert width == 1280 and height >= 800 and lines > 100  # a screen taller than asked grows the window

    done = subprocess.run([str(lib / "uninstall.sh")], capture_output=True, text=True, env=env, cwd=work)
    assert done.returncode == 0, done.stderr
    left = tree(home)
    ours = {p for p in left if p.startswith(".local/share/REE Desk")}
    # Caches written by the system's font library are not the program's.
    theirs = {p for p in left if p == ".cache" or p.startswith(".cache/fontconfig")}
    assert left - ours - theirs == {".local", ".local/share"}
    assert ".local/share/REE Desk/ree-desk.sqlite3" in ours
