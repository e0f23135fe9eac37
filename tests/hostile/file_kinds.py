"""Defective files the import refuses as a whole (bombs, damaged or
disguised workbooks, wrong encodings, missing headers): each function writes
one file and says the one reason the import must give."""
from __future__ import annotations

import codecs
import io
import struct
import zipfile
import zlib
from pathlib import Path

import openpyxl

from hostile.files import Case, HEADER, LAUGHS, MAIN_NS, Raw, csv_bytes, good, raw_xlsx, sheet_xml, with_, workbook


_DAMAGED = r"not a readable Excel workbook \(it is damaged"


def xml_bomb_sheet_xlsx(folder: Path) -> Case:
    """Billion laughs: nine levels of ten, a gigabyte of "lol" from 1 kB."""
    rows = [good(2), with_(3, counterparty=Raw('<c r="@" t="inlineStr"><is><t>&lol9;</t></is></c>'))]
    path = raw_xlsx(folder / "xml_bomb_sheet.xlsx", sheet_xml(rows, prolog=LAUGHS))
    return Case("xml_bomb_sheet_xlsx", path, refused=r"refused: the workbook contains XML entity declarations",
                heavy=True)


def xml_bomb_shared_strings_xlsx(folder: Path) -> Case:
    rows = [good(2), with_(3, counterparty=Raw('<c r="@" t="s"><v>0</v></c>'))]
    shared = (f'<?xml version="1.0"?>{LAUGHS}<sst xmlns="{MAIN_NS}" count="1" uniqueCount="1">'
              "<si><t>&lol9;</t></si></sst>").encode()
    path = raw_xlsx(folder / "xml_bomb_shared_strings.xlsx", sheet_xml(rows), shared=shared)
    return Case("xml_bomb_shared_strings_xlsx", path,
                refused=r"refused: the workbook contains XML entity declarations", heavy=True)


def _deflated_repeats(block: bytes, times: int) -> tuple[bytes, int]:
    """``block`` repeated, deflated, and its checksum: the deflated bytes of
    one block after a full flush are the same each time, so they are made
    once."""
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    once = packer.compress(block) + packer.flush(zlib.Z_FULL_FLUSH)
    crc = 0
    for _ in range(times):
        crc = zlib.crc32(block, crc)
    return once * times + packer.flush(zlib.Z_FINISH), crc


def _zip_with(path: Path, parts: list[tuple[str, bytes, int, int, int]]) -> None:
    """A zip of (name, deflated data, checksum, size claimed) parts, written
    by hand so that a part may claim any size."""
    out = io.BytesIO()
    directory = []
    for name, data, crc, size, method in parts:
        offset = out.tell()
        encoded = name.encode()
        out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, method, 0, 0x21, crc, len(data), size,
                              len(encoded), 0) + encoded + data)
        directory.append(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, method, 0, 0x21, crc,
                                     len(data), size, len(encoded), 0, 0, 0, 0, 0, offset) + encoded)
    start = out.tell()
    body = b"".join(directory)
    out.write(body + struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(parts), len(parts), len(body), start, 0))
    path.write_bytes(out.getvalue())


def workbook_parts(sheet: bytes) -> list[tuple[str, bytes]]:
    """The parts of a small workbook, the sheet given."""
    buffer = io.BytesIO()
    raw_xlsx(buffer, sheet)
    with zipfile.ZipFile(buffer) as z:
        return [(name, z.read(name)) for name in z.namelist()]


SHEET = "xl/worksheets/sheet1.xml"


def zip_bomb_xlsx(folder: Path) -> Case:
    """A sheet that unpacks to 2 GiB of rows from some 6 MB, its sizes and
    checksum true: a reader that unpacks first runs out of memory."""
    block = b"".join(b'<row r="1"><c r="A1" t="inlineStr"><is><t>lol</t></is></c></row>' for _ in range(16_384))
    block = block[: 2**20]
    data, crc = _deflated_repeats(block, 2048)
    parts = [(name, zlib.compress(body, 9)[2:-4], zlib.crc32(body), len(body), 8)
             for name, body in workbook_parts(sheet_xml([good(2)])) if name != SHEET]
    parts.append((SHEET, data, crc, 2048 * len(block), 8))
    path = folder / "zip_bomb.xlsx"
    _zip_with(path, parts)
    return Case("zip_bomb_xlsx", path, refused=r"refused: part xl/worksheets/sheet1\.xml would unpack [0-9,]+-fold, "
                                                r"to 2,048 MB \(a possible zip bomb\)", heavy=True)


def zip_bomb_lying_xlsx(folder: Path) -> Case:
    """The same sheet claiming to unpack to 20 kB: the zip reader stops
    there and finds the checksum wrong."""
    block = (b"<row/>" * 200_000)[: 2**20]
    data, crc = _deflated_repeats(block, 1024)
    parts = [(name, zlib.compress(body, 9)[2:-4], zlib.crc32(body), len(body), 8)
             for name, body in workbook_parts(sheet_xml([good(2)])) if name != SHEET]
    parts.append((SHEET, data, crc, 20_000, 8))
    path = folder / "zip_bomb_lying.xlsx"
    _zip_with(path, parts)
    return Case("zip_bomb_lying_xlsx", path, refused=_DAMAGED, heavy=True)


def zip_directory_bomb_xlsx(folder: Path) -> Case:
    """A zip listing 20,000 parts: reading its directory alone costs memory."""
    path = folder / "zip_directory_bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as z:
        for name, body in workbook_parts(sheet_xml([good(2)])):
            z.writestr(name, body)
        for i in range(20_000):
            z.writestr(f"xl/media/padding/part-{i:06d}-{'x' * 40}.bin", b"")
    return Case("zip_directory_bomb_xlsx", path, refused=r"refused: its zip directory takes [0-9.]+ MB", heavy=True)


def truncated_xlsx(folder: Path) -> Case:
    full = folder / "whole.xlsx"
    workbook([good(i) for i in range(2, 200)]).save(full)
    path = folder / "truncated.xlsx"
    path.write_bytes(full.read_bytes()[: full.stat().st_size // 2])
    full.unlink()
    return Case("truncated_xlsx", path, refused=_DAMAGED)


def renamed_zip_xlsx(folder: Path) -> Case:
    """A Word document (a zip too) with an .xlsx name."""
    path = folder / "renamed_zip.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml",
                   '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
                   'officedocument.wordprocessingml.document.main+xml"/></Types>')
        z.writestr("word/document.xml", "<w:document xmlns:w='urn:w'><w:body/></w:document>")
    return Case("renamed_zip_xlsx", path, refused=_DAMAGED)


def xls_named_xlsx(folder: Path) -> Case:
    """An Excel 97-2003 workbook (an OLE2 compound file) saved as .xlsx."""
    path = folder / "old_format.xlsx"
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 16 + struct.pack("<HH", 0x3E, 3) + b"\xfe\xff"
    path.write_bytes(header + b"\x00" * (512 - len(header)) + "Workbook".encode("utf-16-le") + b"\x00" * 3000)
    return Case("xls_named_xlsx", path, refused=r"is an old Excel \.xls workbook with an \.xlsx name")


def encrypted_xlsx(folder: Path) -> Case:
    """A password-protected xlsx: Excel wraps it in an OLE2 file."""
    path = folder / "password.xlsx"
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 16 + struct.pack("<HH", 0x3E, 3) + b"\xfe\xff"
    body = b"\x00" * 1000 + "EncryptionInfo".encode("utf-16-le") + b"\x00" * 100
    path.write_bytes(header + body + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 2000)
    return Case("encrypted_xlsx", path, refused=r"is a password-protected workbook")


def html_named_xlsx(folder: Path) -> Case:
    """A web page of a table, as some systems export "Excel" files."""
    path = folder / "web_page.xlsx"
    cells = "".join(f"<td>{h}</td>" for h in HEADER)
    path.write_text(f"<html><head><meta charset='utf-8'></head><body><table><tr>{cells}</tr></table></body></html>",
                    encoding="utf-8")
    return Case("html_named_xlsx", path, refused=r"is a web page \(HTML\) with an \.xlsx name")


def csv_named_xlsx(folder: Path) -> Case:
    path = folder / "text.xlsx"
    path.write_bytes(csv_bytes([good(2), good(3)]))
    return Case("csv_named_xlsx", path, refused=r"is a text file with an \.xlsx name; if it is CSV, rename it")


def chart_first_sheet_xlsx(folder: Path) -> Case:
    wb = workbook([good(2), with_(3, mass_kg="abc")])
    wb.create_chartsheet("图表1", 0)
    path = folder / "chart_first_sheet.xlsx"
    wb.save(path)
    return Case("chart_first_sheet_xlsx", path, refused=r'the first sheet, "图表1", is a chart')


def empty_first_sheet_xlsx(folder: Path) -> Case:
    wb = openpyxl.Workbook()
    data = wb.create_sheet("Data")
    data.append(HEADER)
    data.append(good(2))
    path = folder / "empty_first_sheet.xlsx"
    wb.save(path)
    return Case("empty_first_sheet_xlsx", path, refused=r"^expected a header row naming the columns, "
                                                        r"found an empty first worksheet$")


def merged_header_xlsx(folder: Path) -> Case:
    """Two header rows, the upper one merged over groups of columns."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"], ws["G1"] = "出入库", "单据"
    ws.merge_cells("A1:F1")
    ws.merge_cells("G1:O1")
    ws.append(HEADER)
    for i in range(3, 10):
        ws.append(good(i))
    path = folder / "merged_header.xlsx"
    wb.save(path)
    return Case("merged_header_xlsx", path, refused=r"^line 1: expected one header cell per column, "
                                                    r"found the merged cells A1:F1$")


def duplicate_header_csv(folder: Path) -> Case:
    header = HEADER[:4] + ["批号"] + HEADER[4:]
    rows = [row[:4] + [row[3]] + row[4:] for row in (good(i) for i in range(2, 8))]
    path = folder / "duplicate_header.csv"
    path.write_bytes(csv_bytes(rows, header))
    return Case("duplicate_header_csv", path, refused=r"^line 1, column lot: expected each column only once")


def missing_columns_csv(folder: Path) -> Case:
    keep = [h for h in HEADER if h not in ("mass_kg", "grade_pct")]
    rows = [[v for h, v in zip(HEADER, good(i)) if h in keep] for i in range(2, 8)]
    path = folder / "missing_columns.csv"
    path.write_bytes(csv_bytes(rows, keep))
    return Case("missing_columns_csv", path, refused=r"^line 1, column (mass_kg|grade_pct): "
                                                     r'expected a column headed "')


def utf16_csv(folder: Path) -> Case:
    path = folder / "utf16.csv"
    path.write_bytes(codecs.BOM_UTF16_LE + csv_bytes([good(2), good(3)]).decode().encode("utf-16-le"))
    return Case("utf16_csv", path, refused=r"^line 1: expected UTF-8 text .* found text in the UTF-16 encoding")


def gbk_csv(folder: Path) -> Case:
    path = folder / "gbk.csv"
    path.write_bytes(csv_bytes([good(2), good(3)]).decode().encode("gbk"))
    return Case("gbk_csv", path, refused=r"^line 2: expected UTF-8 text .* found text in the GBK \(GB18030\) encoding")


def oversized_csv(folder: Path) -> Case:
    """300 MB on disk (a sparse file: nothing is written)."""
    path = folder / "oversized.csv"
    with open(path, "wb") as fh:
        fh.write(",".join(HEADER).encode() + b"\n")
        fh.truncate(300 * 2**20)
    return Case("oversized_csv", path, refused=r"refused: the file holds 300 MB, more than the 256 MB")


def empty_csv(folder: Path) -> Case:
    path = folder / "empty.csv"
    path.write_bytes(b"")
    return Case("empty_csv", path, refused=r"^expected a header row naming the columns, found an empty file$")


def broken_shared_string_xlsx(folder: Path) -> Case:
    rows = [good(2), with_(3, counterparty=Raw('<c r="@" t="s"><v>999999</v></c>'))]
    shared = f'<sst xmlns="{MAIN_NS}" count="1" uniqueCount="1"><si><t>x</t></si></sst>'.encode()
    path = raw_xlsx(folder / "broken_shared_string.xlsx", sheet_xml(rows), shared=shared)
    return Case("broken_shared_string_xlsx", path, refused=_DAMAGED)


def missing_sheet_xlsx(folder: Path) -> Case:
    path = raw_xlsx(folder / "missing_sheet.xlsx", sheet_xml([good(2)]))
    with zipfile.ZipFile(path) as z:
        parts = [(n, z.read(n)) for n in z.namelist() if n != SHEET]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, body in parts:
            z.writestr(name, body)
    return Case("missing_sheet_xlsx", path, refused=_DAMAGED)


FILE_KINDS = [
    xml_bomb_sheet_xlsx, xml_bomb_shared_strings_xlsx, zip_bomb_xlsx, zip_bomb_lying_xlsx,
    zip_directory_bomb_xlsx, truncated_xlsx, renamed_zip_xlsx, xls_named_xlsx, encrypted_xlsx,
    html_named_xlsx, csv_named_xlsx, chart_first_sheet_xlsx, empty_first_sheet_xlsx, merged_header_xlsx,
    duplicate_header_csv, missing_columns_csv, utf16_csv, gbk_csv, oversized_csv, empty_csv,
    broken_shared_string_xlsx, missing_sheet_xlsx,
]
