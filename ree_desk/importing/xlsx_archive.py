"""An xlsx file looked at before any of it is unpacked or parsed.

A workbook is a zip of XML parts. The zip's directory says how large each
part unpacks to, and Python's zip reader stops there (a part that holds more
than it claims fails its checksum), so the directory alone bounds the work:
a part claiming more than a movement file needs, or packed a thousandfold
(a zip bomb), is refused before a byte of it is unpacked, and so is a
directory listing more parts than any workbook has.

A file with an .xlsx name that is not a zip at all is named for what it is
(an old .xls, a password-protected workbook, a web page, text) where its
first bytes tell.

Each check raises ``FileUnreadable`` saying why the file is refused.
"""
from __future__ import annotations

import struct
from pathlib import Path
from zipfile import ZipInfo

from ree_desk.importing.table import FileUnreadable

MB = 2**20
# The largest part a movement workbook needs: a sheet of some 400,000 rows,
# or their shared strings. The largest part read whole into memory (shared
# strings, styles, the workbook's own parts) is smaller.
MAX_PART = 256 * MB
MAX_WHOLE_PART = 64 * MB
STREAMED_PARTS = ("xl/worksheets/",)
# Workbooks pack their XML some 10- to 30-fold; a million styled empty rows
# still stay under 50. Deflate reaches about 1,000 on repeated bytes.
MAX_RATIO = 100
RATIO_FROM = MB  # smaller parts may pack as well as they like
# A workbook has tens of parts; a central directory of 1 MB lists some
# 10,000. Python builds an object per listed part before anything can be
# checked, so the directory is measured first.
MAX_DIRECTORY = MB

_ZIP = b"PK\x03\x04"
_EMPTY_ZIP = b"PK\x05\x06"
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# The stream an encrypted (password-protected) xlsx keeps inside its OLE2 box.
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")
_END_OF_DIRECTORY = b"PK\x05\x06"
_ZIP64_LOCATOR = b"PK\x06\x07"


def check_not_a_zip(path: Path, head: bytes) -> None:
    """Name what a file that does not start as a zip is instead, if its
    bytes tell; the zip reader says the rest."""
    if head.startswith((_ZIP, _EMPTY_ZIP)):
        return
    if head.startswith(_OLE2):
        with open(path, "rb") as fh:
            data = fh.read(MAX_WHOLE_PART)
        if _ENCRYPTED_PACKAGE in data:
            raise FileUnreadable(path, "is a password-protected workbook; remove its password in Excel or WPS "
                                       "and import again")
        raise FileUnreadable(path, "is an old Excel .xls workbook with an .xlsx name; save it as .xlsx "
                                   "(Excel Workbook) or CSV UTF-8 and import again")
    sample = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if sample.startswith((b"<!doctype html", b"<html", b"<table", b"<meta")) or b"<html" in sample:
        raise FileUnreadable(path, "is a web page (HTML) with an .xlsx name, as some systems export tables; "
                                   "open it in Excel or WPS, save it as .xlsx and import again")
    if head and b"\x00" not in head and _text(head):
        raise FileUnreadable(path, "is a text file with an .xlsx name; if it is CSV, rename it to .csv "
                                   "and import again")


def _text(head: bytes) -> bool:
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.start >= len(head) - 4  # only a character cut at the end of the sample
    return True


def check_directory(path: Path) -> None:
    """Refuse a zip whose central directory lists more than a workbook has,
    read from its end record before the directory itself is read."""
    with open(path, "rb") as fh:
        fh.seek(0, 2)
        size = fh.tell()
        fh.seek(max(0, size - 65_557))  # the end record and the longest comment
        tail = fh.read()
        at = tail.rfind(_END_OF_DIRECTORY)
        if at < 0 or len(tail) - at < 22:
            return  # not a zip the zip reader can open either: it says so
        entries, directory = struct.unpack("<HI", tail[at + 10: at + 16])
        if entries == 0xFFFF or directory == 0xFFFFFFFF:
            locator = tail.rfind(_ZIP64_LOCATOR, 0, at)
            if locator >= 0 and at - locator >= 20:
                (record,) = struct.unpack("<Q", tail[locator + 8: locator + 16])
                fh.seek(record)
                zip64 = fh.read(56)
                if len(zip64) == 56:
                    directory = struct.unpack("<Q", zip64[40:48])[0]
    if directory > MAX_DIRECTORY:
        taken, most = f"{directory / MB:,.1f}", f"{MAX_DIRECTORY / MB:,.0f}"
        raise FileUnreadable(path, f"refused: its zip directory takes {taken} MB, more than a workbook's "
                                   f"(at most {most} MB; a possible zip bomb)")


def check_parts(path: Path, parts: list[ZipInfo]) -> None:
    """Refuse a part that would unpack beyond what a movement file needs, or
    that is packed more tightly than real workbooks are."""
    for info in parts:
        part, size, packed = info.filename, info.file_size, max(info.compress_size, 1)
        unpacked = f"{size / MB:,.0f}"
        if size >= RATIO_FROM and size > MAX_RATIO * packed:
            ratio = f"{size // packed:,}"
            raise FileUnreadable(path, f"refused: part {part} would unpack {ratio}-fold, to {unpacked} MB "
                                       f"(a possible zip bomb)")
        limit = MAX_PART if part.startswith(STREAMED_PARTS) else MAX_WHOLE_PART
        if size > limit:
            most = f"{limit / MB:,.0f}"
            raise FileUnreadable(path, f"refused: part {part} would unpack to {unpacked} MB, more than the "
                                       f"{most} MB a movement workbook needs")
