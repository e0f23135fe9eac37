"""The workbook's shared-strings part, for texts that repeat down a column.

A plant's history has a few hundred thousand inventory rows, and their
material, name, category, group and origin are a few dozen texts repeated
row after row. Written inline, each row carried them in full (a Chinese name
is three bytes a character), and the XML to deflate was several times the
workbook's figures. Kept once in ``xl/sharedStrings.xml``, a cell holds the
text's number. openpyxl's write-only workbook writes no such part; it is
added after the sheets, with the workbook's relationship to it and its
content type. Texts are kept as ``xlsx_text`` escapes them; the quote prefix
stays with the cell's style.
"""
from __future__ import annotations

PART = "xl/sharedStrings.xml"
WORKBOOK_RELATIONSHIPS = "xl/_rels/workbook.xml.rels"
CONTENT_TYPES = "[Content_Types].xml"
_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_RELATIONSHIP = ('<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                 'sharedStrings" Target="sharedStrings.xml" Id="rIdSharedStrings"/>')
_OVERRIDE = ('<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
             'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>')


def xml_text(escaped: str) -> str:
    """An escaped text as the content of a ``<t>``, with the attribute a
    spreadsheet program needs to keep spaces at either end."""
    space = ' xml:space="preserve"' if escaped != escaped.strip() else ""
    return f'<t{space}>{escaped.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")}</t>'


class SharedStrings:
    """Texts by number, in the order first asked for."""

    def __init__(self) -> None:
        self._numbers: dict[str, int] = {}

    def __len__(self) -> int:
        return len(self._numbers)

    def number(self, escaped: str) -> int:
        """The number of a text already escaped by ``xlsx_text.escape_text``."""
        found = self._numbers.get(escaped)
        if found is None:
            found = self._numbers[escaped] = len(self._numbers)
        return found

    def part(self) -> bytes:
        items = "".join(f"<si>{xml_text(text)}</si>" for text in self._numbers)
        count = len(self._numbers)
        return (f'<sst xmlns="{_MAIN}" count="{count}" uniqueCount="{count}">{items}</sst>').encode()

    def amended(self, name: str, data: bytes) -> bytes:
        """A part of openpyxl's package told of the shared strings, where it
        must be: the workbook's relationships and the content types."""
        if name == WORKBOOK_RELATIONSHIPS:
            return _before_last(data, b"</Relationships>", _RELATIONSHIP)
        if name == CONTENT_TYPES:
            return _before_last(data, b"</Types>", _OVERRIDE)
        return data


def _before_last(data: bytes, closing: bytes, element: str) -> bytes:
    head, found, tail = data.rpartition(closing)
    if not found:
        raise ValueError(f"a package part without {closing.decode()}")
    return head + element.encode() + found + tail

