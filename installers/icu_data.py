"""ICU's data for the Linux bundle, cut to what Qt asks of it in Chinese and
English (installers/ree-desk.spec calls ``slim_icu_library``).

The PySide6 wheel's ``libicudata.so.<N>`` is one symbol, ``icudt<N>_dat``:
an ICU .dat package of every locale, 31 MiB. QtCore calls only four parts of
ICU (its other libraries none): case mapping (``u_strToUpper``/``Lower``),
collation (``ucol_*``: QCollator, locale-aware comparison), time-zone names
(``ucal_*``) and character set converters (``ucnv_*``: QStringConverter for
the encodings Qt does not implement itself, GB18030 among them). These need
the collation, zone, language, region and main trees and the converters (the
currency tree, small once cut, stays too), and of the locales only the ones
the program speaks: its default locale is zh_CN or en_US (gui/i18n.py), and
ICU falls back from any other to the root locale. Word breaking, transliteration, spelled-out numbers and units are
not called by Qt at all (``nm -D --undefined-only libQt6Core.so.6``), so
those trees go whole.

The cut package is made with ICU's own ``icupkg`` (Debian: icu-devtools),
which refuses to drop an item that a kept one depends on, and linked into a
library of the same soname and symbol with binutils' ``as`` and ``ld``, which
PyInstaller needs on Linux anyway."""
from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

KEEP_LANGUAGES = ("en", "zh")
DROPPED_TREES = ("brkitr", "translit", "rbnf", "unit")
# A locale's resource bundle: language, then script, region and variants.
LOCALE_ITEM = re.compile(r"^(?P<language>[a-z]{2,3})(_[A-Za-z0-9]*)*\.res$")  # de_.res too
# Items named like a locale that are every tree's index and shared strings.
NOT_LOCALES = {"res_index.res", "pool.res"}


def dropped(item: str) -> bool:
    """Whether the package item (``coll/ja.res``, ``zh.res``...) goes."""
    tree, _, name = item.rpartition("/")
    if tree in DROPPED_TREES:
        return True
    match = LOCALE_ITEM.match(name)
    return bool(match) and name not in NOT_LOCALES and match["language"] not in KEEP_LANGUAGES


def _tool(name: str) -> str:
    path = shutil.which(name) or shutil.which(name, path="/usr/sbin:/usr/bin")
    if path is None:
        raise SystemExit(f"installers/icu_data.py needs {name} (Debian: icu-devtools for icupkg, binutils for as, "
                         "ld, nm and objcopy)")
    return path


def _run(*args: str) -> str:
    done = subprocess.run(args, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed ({done.returncode}): {done.stderr.strip()}")
    return done.stdout


def _symbol(library: Path, symbol: str) -> tuple[int, int]:
    """Address and size of a defined dynamic symbol."""
    for line in _run(_tool("nm"), "--dynamic", "--defined-only", "--print-size", str(library)).splitlines():
        fields = line.split()
        if len(fields) == 4 and fields[3] == symbol:
            return int(fields[0], 16), int(fields[1], 16)
    raise SystemExit(f"{library} has no symbol {symbol}")


def _section_address(library: Path, section: str) -> int:
    for line in _run(_tool("objdump"), "--section-headers", str(library)).splitlines():
        fields = line.split()
        if len(fields) >= 4 and fields[1] == section:
            return int(fields[3], 16)
    raise SystemExit(f"{library} has no section {section}")


def slim_icu_library(library: Path, work: Path) -> Path:
    """A copy of ``library`` (``libicudata.so.<N>``) made in ``work`` holding
    only the items ``dropped`` keeps."""
    major = library.name.rsplit(".", 1)[1]
    symbol = f"icudt{major}_dat"
    work.mkdir(parents=True, exist_ok=True)
    address, size = _symbol(library, symbol)
    rodata = work / "rodata.bin"
    _run(_tool("objcopy"), "--output-target=binary", "--only-section=.rodata", str(library), str(rodata))
    start = address - _section_address(library, ".rodata")
    full = work / f"icudt{major}l.dat"
    full.write_bytes(rodata.read_bytes()[start:start + size])

    items = _run(_tool("icupkg"), "--list", str(full)).split()
    gone = [item for item in items if dropped(item)]
    if not gone or len(gone) == len(items):
        raise SystemExit(f"ICU data of {library}: expected locales to drop among {len(items)} items")
    (work / "dropped.txt").write_text("\n".join(gone) + "\n", encoding="ascii")
    # icupkg names the items after the package's file name, which ICU looks them up by.
    slim = work / "slim" / full.name
    slim.parent.mkdir(exist_ok=True)
    _run(_tool("icupkg"), "--remove", str(work / "dropped.txt"), str(full), str(slim))

    source = work / "icudata.s"
    # ICU reads the package in place and wants it aligned as the original is.
    source.write_text(
        f'\t.section .rodata\n\t.globl {symbol}\n\t.type {symbol}, @object\n\t.balign 16\n{symbol}:\n'
        f'\t.incbin "{slim}"\n\t.size {symbol}, . - {symbol}\n\t.section .note.GNU-stack,"",@progbits\n',
        encoding="ascii")
    _run(_tool("as"), "-o", str(work / "icudata.o"), str(source))
    out = work / "lib" / library.name
    out.parent.mkdir(exist_ok=True)
    _run(_tool("ld"), "-shared", "-soname", library.name, "-o", str(out), str(work / "icudata.o"))
    for scratch in (rodata, full, slim, work / "icudata.o"):
        scratch.unlink()
    return out
