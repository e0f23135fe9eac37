"""What the import says about a movement file it cannot take: the file as a
whole (its kind, its encoding, its header row) and its cells, in the form
of ``problem_sentences`` (patterns, their translations, named groups).
"""
from __future__ import annotations

from ree_desk.gui.qt import QT_TRANSLATE_NOOP

EXPECTED = [
    (r"a readable CSV or xlsx movement file", QT_TRANSLATE_NOOP("Problems", "a readable CSV or xlsx movement file")),
    (r"at least one movement row", QT_TRANSLATE_NOOP("Problems", "at least one movement row")),
    (r"a header row naming the columns", QT_TRANSLATE_NOOP("Problems", "a header row naming the columns")),
    (r"one of the known column names \((.*), or their Chinese headers\)",
     QT_TRANSLATE_NOOP("Problems", "one of the known column names ({0}, or their Chinese headers)")),
    (r"each column only once", QT_TRANSLATE_NOOP("Problems", "each column only once")),
    (r'a column headed "(.*)" or "(.*)"', QT_TRANSLATE_NOOP("Problems", "a column headed \"{0}\" or \"{1}\"")),
    (r"well-formed CSV", QT_TRANSLATE_NOOP("Problems", "well-formed CSV")),
    (r'UTF-8 text \(in Excel or WPS use Save As, "CSV UTF-8 \(Comma delimited\)"\)',
     QT_TRANSLATE_NOOP("Problems", "UTF-8 text (in Excel or WPS use Save As, \"CSV UTF-8 (Comma delimited)\")")),
    (r"(\d+) columns", QT_TRANSLATE_NOOP("Problems", "{0} columns")),
    (r"no value under an empty header cell", QT_TRANSLATE_NOOP("Problems", "no value under an empty header cell")),
    # Files that are defective or hostile
    (r"a closing quote for the field quoted on this line",
     QT_TRANSLATE_NOOP("Problems", "a closing quote for the field quoted on this line")),
    (r"one header cell per column", QT_TRANSLATE_NOOP("Problems", "one header cell per column")),
    (r"a value", QT_TRANSLATE_NOOP("Problems", "a value")),
    (r"a value, not a formula left uncomputed \(open and save the file in Excel or WPS\)",
     QT_TRANSLATE_NOOP("Problems", "a value, not a formula left uncomputed (open and save the file in Excel or WPS)")),
    (r"a date within the calendar", QT_TRANSLATE_NOOP("Problems", "a date within the calendar")),
    (r"a value of its own in each row", QT_TRANSLATE_NOOP("Problems", "a value of its own in each row")),
    # cells of a file, as of the entry form
    (r"text without control characters or invisible formatting marks",
     QT_TRANSLATE_NOOP("Problems", "text without control characters or invisible formatting marks")),
    (r"a date between (\S+) and (\S+)", QT_TRANSLATE_NOOP("Problems", "a date between {0} and {1}")),
]
FOUND = [
    (r"a blank cell", QT_TRANSLATE_NOOP("Problems", "a blank cell")),
    (r"the date/time (.*)", QT_TRANSLATE_NOOP("Problems", "the date/time {0}")),
    (r"an empty file", QT_TRANSLATE_NOOP("Problems", "an empty file")),
    (r"an empty first worksheet", QT_TRANSLATE_NOOP("Problems", "an empty first worksheet")),
    (r"no such column", QT_TRANSLATE_NOOP("Problems", "no such column")),
    (r"it twice \((?P<f>.*) and (?P<f2>.*)\)", QT_TRANSLATE_NOOP("Problems", "it twice ({0} and {1})")),
    (r"a CSV error \((.*)\)", QT_TRANSLATE_NOOP("Problems", "a CSV error ({0})")),
    (r"(?P<f>.*) in field (\d+)", QT_TRANSLATE_NOOP("Problems", "{0} in field {1}")),
    (r"(?P<f>.*) in column ([A-Z]+)", QT_TRANSLATE_NOOP("Problems", "{0} in column {1}")),
    (r"bytes that are not UTF-8 text", QT_TRANSLATE_NOOP("Problems", "bytes that are not UTF-8 text")),
    (r"text in the GBK \(GB18030\) encoding, which Chinese Excel and WPS use by default for plain CSV; "
     r"it is not UTF-8",
     QT_TRANSLATE_NOOP("Problems", "text in the GBK (GB18030) encoding, which Chinese Excel and WPS use by "
                                   "default for plain CSV; it is not UTF-8")),
    (r"old \.xls workbooks are not supported; save it as \.xlsx \(Excel Workbook\) or CSV UTF-8 and import again",
     QT_TRANSLATE_NOOP("Problems", "old .xls workbooks are not supported; save it as .xlsx (Excel Workbook) "
                                   "or CSV UTF-8 and import again")),
    (r"not a movement file; expected a \.csv, \.xlsx or \.xlsm file",
     QT_TRANSLATE_NOOP("Problems", "not a movement file; expected a .csv, .xlsx or .xlsm file")),
    (r"file not found", QT_TRANSLATE_NOOP("Problems", "file not found")),
    (r"is a folder, not a file", QT_TRANSLATE_NOOP("Problems", "is a folder, not a file")),
    (r"cannot be read \((.*)\)", QT_TRANSLATE_NOOP("Problems", "cannot be read ({0})")),
    (r"is an Excel workbook with a \.csv name; rename it to \.xlsx and import again",
     QT_TRANSLATE_NOOP("Problems", "is an Excel workbook with a .csv name; rename it to .xlsx and import again")),
    (r"is an old Excel \.xls workbook with a \.csv name; save it as \.xlsx or CSV UTF-8 and import again",
     QT_TRANSLATE_NOOP("Problems", "is an old Excel .xls workbook with a .csv name; save it as .xlsx or "
                                   "CSV UTF-8 and import again")),
    (r"cannot read Excel files: (\S+) is not installed",
     QT_TRANSLATE_NOOP("Problems", "cannot read Excel files: {0} is not installed")),
    (r"the workbook has no worksheet", QT_TRANSLATE_NOOP("Problems", "the workbook has no worksheet")),
    (r"not a readable Excel workbook \(it is damaged, password-protected, or not really an \.xlsx file\)",
     QT_TRANSLATE_NOOP("Problems", "not a readable Excel workbook (it is damaged, password-protected, "
                                   "or not really an .xlsx file)")),
    (r"refused: the workbook contains XML entity declarations \(a possible XML bomb\)",
     QT_TRANSLATE_NOOP("Problems", "refused: the workbook contains XML entity declarations "
                                   "(a possible XML bomb)")),
    # Files that are defective or hostile
    (r"a quoted field running on to line (\d+)",
     QT_TRANSLATE_NOOP("Problems", "a quoted field running on to line {0}")),
    (r"a quoted field running on to the end of the file",
     QT_TRANSLATE_NOOP("Problems", "a quoted field running on to the end of the file")),
    (r"a field of more than ([\d,]+) characters", QT_TRANSLATE_NOOP("Problems", "a field of more than {0} characters")),
    (r'text in the UTF-16 encoding \(Excel\'s "Unicode Text"\); it is not UTF-8',
     QT_TRANSLATE_NOOP("Problems", "text in the UTF-16 encoding (Excel's \"Unicode Text\"); it is not UTF-8")),
    (r"the formula (=.*) with no value", QT_TRANSLATE_NOOP("Problems", "the formula {0} with no value")),
    (r"a formula with no value", QT_TRANSLATE_NOOP("Problems", "a formula with no value")),
    (r"the error value (.*)", QT_TRANSLATE_NOOP("Problems", "the error value {0}")),
    (r"the date (.*)", QT_TRANSLATE_NOOP("Problems", "the date {0}")),
    (r"the number (\S+) in a cell formatted as a date",
     QT_TRANSLATE_NOOP("Problems", "the number {0} in a cell formatted as a date")),
    (r"a cell merged into (\S+), whose value only its first cell holds",
     QT_TRANSLATE_NOOP("Problems", "a cell merged into {0}, whose value only its first cell holds")),
    (r"the merged cells (\S+)", QT_TRANSLATE_NOOP("Problems", "the merged cells {0}")),
    (r"refused: the file holds ([\d,]+) MB, more than the ([\d,]+) MB one import may read; split it by month",
     QT_TRANSLATE_NOOP("Problems", "refused: the file holds {0} MB, more than the {1} MB one import may read; "
                                   "split it by month")),
    (r"is a password-protected workbook; remove its password in Excel or WPS and import again",
     QT_TRANSLATE_NOOP("Problems", "is a password-protected workbook; remove its password in Excel or WPS and "
                                   "import again")),
    (r"is an old Excel \.xls workbook with an \.xlsx name; save it as \.xlsx \(Excel Workbook\) or CSV UTF-8 "
     r"and import again",
     QT_TRANSLATE_NOOP("Problems", "is an old Excel .xls workbook with an .xlsx name; save it as .xlsx "
                                   "(Excel Workbook) or CSV UTF-8 and import again")),
    (r"is a web page \(HTML\) with an \.xlsx name, as some systems export tables; open it in Excel or WPS, "
     r"save it as \.xlsx and import again",
     QT_TRANSLATE_NOOP("Problems", "is a web page (HTML) with an .xlsx name, as some systems export tables; "
                                   "open it in Excel or WPS, save it as .xlsx and import again")),
    (r"is a text file with an \.xlsx name; if it is CSV, rename it to \.csv and import again",
     QT_TRANSLATE_NOOP("Problems", "is a text file with an .xlsx name; if it is CSV, rename it to .csv and "
                                   "import again")),
    (r'the first sheet, "(.*)", is a chart, not a table of movements; put the movements on the first sheet',
     QT_TRANSLATE_NOOP("Problems", "the first sheet, \"{0}\", is a chart, not a table of movements; put the "
                                   "movements on the first sheet")),
    (r"refused: its zip directory takes ([\d,.]+) MB, more than a workbook's \(at most ([\d,]+) MB; "
     r"a possible zip bomb\)",
     QT_TRANSLATE_NOOP("Problems", "refused: its zip directory takes {0} MB, more than a workbook's (at most "
                                   "{1} MB; a possible zip bomb)")),
    (r"refused: part (\S+) would unpack ([\d,]+)-fold, to ([\d,]+) MB \(a possible zip bomb\)",
     QT_TRANSLATE_NOOP("Problems", "refused: part {0} would unpack {1}-fold, to {2} MB (a possible zip bomb)")),
    (r"refused: part (\S+) would unpack to ([\d,]+) MB, more than the ([\d,]+) MB a movement workbook needs",
     QT_TRANSLATE_NOOP("Problems", "refused: part {0} would unpack to {1} MB, more than the {2} MB a movement "
                                   "workbook needs")),
    # The importer names the file before the reason it could not be read.
    (r'(?P<v>[^"\s][^"]*\.\w+): (?P<f>.+)', QT_TRANSLATE_NOOP("Problems", "{0}: {1}")),
]
