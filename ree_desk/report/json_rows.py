"""JSON with long arrays written row by row.

A month's inventory or a day's stock can hold hundreds of thousands of lots.
Built as a list of dicts and dumped, each lot costs a dict, a dozen number
strings and the encoder's walk over them, and the whole text sits in memory
twice. ``Rows`` keeps the lots as they are and names two ways to write one:
as a dict (for indented output, which only a person at a terminal asks
for) and straight as its compact JSON text; ``write_json`` then writes the
document around the arrays and the arrays a row at a time. The text is the
same, byte for byte, as ``json.dumps`` of the dicts gives (tests hold it so).
"""
from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TextIO

# json's own string encoder (its C version where there is one): what
# json.dumps(..., ensure_ascii=False) writes for a string.
quote = json.encoder.encode_basestring

_CHUNK = 2000


class Made(dict):
    """key -> ``make(key)``, each made once: the pieces of JSON lines that
    repeat over thousands of lots (a material, an origin)."""

    def __init__(self, make: Callable[[Any], Any]):
        super().__init__()
        self.make = make

    def __missing__(self, key: Any) -> Any:
        found = self[key] = self.make(key)
        return found


@dataclass(frozen=True)
class Rows:
    items: Sequence[Any]
    as_dict: Callable[[Any], dict]
    as_text: Callable[[Any], str]
    # The texts of items[start:end] at once, where that is cheaper than an
    # item at a time (items held as columns).
    texts: Callable[[int, int], list[str]] | None = None


def plain(data: Any) -> Any:
    """``data`` with every ``Rows`` turned into its list of dicts."""
    if isinstance(data, Rows):
        return [data.as_dict(item) for item in data.items]
    if isinstance(data, dict):
        return {k: plain(v) for k, v in data.items()}
    if isinstance(data, list):
        return [plain(v) for v in data]
    return data


def write_json(data: Any, out: TextIO, *, indent: int | None = None) -> None:
    """Write ``data`` as JSON to ``out``; compact output streams the ``Rows``
    found among the values of a top-level dict."""
    if indent is not None or not isinstance(data, dict):
        out.write(json.dumps(plain(data), ensure_ascii=False, indent=indent))
        return
    marks: dict[str, Rows] = {}
    skeleton = {}
    for key, value in data.items():
        if isinstance(value, Rows):
            mark = f"\x00rows {len(marks)}\x00"
            marks[json.dumps(mark)] = value
            skeleton[key] = mark
        else:
            skeleton[key] = plain(value)
    text = json.dumps(skeleton, ensure_ascii=False)
    for mark, rows in marks.items():
        head, text = text.split(mark, 1)
        out.write(head)
        _write_rows(rows, out)
    out.write(text)


def _write_rows(rows: Rows, out: TextIO) -> None:
    out.write("[")
    as_text, items, texts = rows.as_text, rows.items, rows.texts
    for start in range(0, len(items), _CHUNK):
        end = start + _CHUNK
        part = ", ".join(texts(start, end) if texts is not None else [as_text(item) for item in items[start:end]])
        out.write(part if start == 0 else ", " + part)
    out.write("]")
