"""The entry screen's words: movement types, field names, and the ledger's
problems and previews said in the user's language.

The ledger speaks English ("expected …, found …"); its sentences are
matched here and given their translation, keeping the values they name.
A sentence not known here is shown as the ledger wrote it.
"""
from __future__ import annotations

import re

from ree_desk.gui.qt import QT_TRANSLATE_NOOP, QCoreApplication
from ree_desk.gui.session import Session
from ree_desk.movement_types import MovementType, QuotaKind, QuotaScope
from ree_desk.problems import Problem
from ree_desk.services.entry_preview import QuotaEffect, StockEffect

CONTEXT = "EntryMessages"


def translated(source: str) -> str:
    """A text marked with QT_TRANSLATE_NOOP("EntryMessages", …), in the user's language."""
    return QCoreApplication.translate(CONTEXT, source)


TYPE_NAMES = {
    MovementType.RECEIPT: QT_TRANSLATE_NOOP("EntryMessages", "Receipt"),
    MovementType.MINED: QT_TRANSLATE_NOOP("EntryMessages", "Mining output"),
    MovementType.FEED: QT_TRANSLATE_NOOP("EntryMessages", "Feed"),
    MovementType.OUTPUT: QT_TRANSLATE_NOOP("EntryMessages", "Output"),
    MovementType.SHIPMENT: QT_TRANSLATE_NOOP("EntryMessages", "Shipment"),
    MovementType.ADJUSTMENT: QT_TRANSLATE_NOOP("EntryMessages", "Adjustment"),
}
TYPE_HINTS = {
    MovementType.RECEIPT: QT_TRANSLATE_NOOP(
        "EntryMessages", "Purchase or import into a lot. An import needs its customs declaration number."),
    MovementType.MINED: QT_TRANSLATE_NOOP(
        "EntryMessages", "Ore the enterprise mined (origin CN). Counts against the mining quota: "
                         "rock type for light, ion-adsorption for medium-heavy ore."),
    MovementType.FEED: QT_TRANSLATE_NOOP(
        "EntryMessages", "Material fed into a production run. Ore products count against the "
                         "separation quota of their origin."),
    MovementType.OUTPUT: QT_TRANSLATE_NOOP(
        "EntryMessages", "Product made by a production run. Its origins follow the run's feed."),
    MovementType.SHIPMENT: QT_TRANSLATE_NOOP(
        "EntryMessages", "Sale or export out of a lot. An export needs its customs declaration number."),
    MovementType.ADJUSTMENT: QT_TRANSLATE_NOOP(
        "EntryMessages", "A stocktake difference: a negative mass for a loss. The reason is required."),
}
FIELD_NAMES = {
    "date": QT_TRANSLATE_NOOP("EntryMessages", "Date"),
    "type": QT_TRANSLATE_NOOP("EntryMessages", "Type"),
    "material": QT_TRANSLATE_NOOP("EntryMessages", "Material"),
    "lot": QT_TRANSLATE_NOOP("EntryMessages", "Lot"),
    "mass_kg": QT_TRANSLATE_NOOP("EntryMessages", "Net mass (kg)"),
    "grade_pct": QT_TRANSLATE_NOOP("EntryMessages", "Grade (%)"),
    "reo": QT_TRANSLATE_NOOP("EntryMessages", "REO"),
    "origin": QT_TRANSLATE_NOOP("EntryMessages", "Origin"),
    "origin_detail": QT_TRANSLATE_NOOP("EntryMessages", "Origin detail"),
    "counterparty": QT_TRANSLATE_NOOP("EntryMessages", "Counterparty"),
    "credit_code": QT_TRANSLATE_NOOP("EntryMessages", "Credit code"),
    "customs_no": QT_TRANSLATE_NOOP("EntryMessages", "Customs no."),
    "invoice_no": QT_TRANSLATE_NOOP("EntryMessages", "Invoice no."),
    "run": QT_TRANSLATE_NOOP("EntryMessages", "Run"),
    "destination": QT_TRANSLATE_NOOP("EntryMessages", "Destination"),
    "note": QT_TRANSLATE_NOOP("EntryMessages", "Note"),
}
KIND_NAMES = {
    QuotaKind.MINING_ROCK: QT_TRANSLATE_NOOP("EntryMessages", "mining (rock type)"),
    QuotaKind.MINING_IONIC: QT_TRANSLATE_NOOP("EntryMessages", "mining (ion-adsorption)"),
    QuotaKind.SEPARATION: QT_TRANSLATE_NOOP("EntryMessages", "smelting separation"),
}
SCOPE_NAMES = {
    QuotaScope.ANY: QT_TRANSLATE_NOOP("EntryMessages", "any origin"),
    QuotaScope.DOMESTIC: QT_TRANSLATE_NOOP("EntryMessages", "domestic"),
    QuotaScope.IMPORTED: QT_TRANSLATE_NOOP("EntryMessages", "imported"),
}
CATEGORY_NAMES = {
    "ore": QT_TRANSLATE_NOOP("EntryMessages", "crude ore"),
    "ore_product": QT_TRANSLATE_NOOP("EntryMessages", "ore product"),
    "secondary": QT_TRANSLATE_NOOP("EntryMessages", "secondary resource"),
    "product": QT_TRANSLATE_NOOP("EntryMessages", "separated product"),
    "metal": QT_TRANSLATE_NOOP("EntryMessages", "metal"),
    "magnet": QT_TRANSLATE_NOOP("EntryMessages", "magnet"),
}
GROUP_NAMES = {
    "light": QT_TRANSLATE_NOOP("EntryMessages", "light"),
    "medium_heavy": QT_TRANSLATE_NOOP("EntryMessages", "medium-heavy"),
}
# Parts of a ledger sentence that are themselves translated before they are
# put into the translated sentence.
_TERMS = {
    "a mass in kg": QT_TRANSLATE_NOOP("EntryMessages", "the mass in kg"),
    "a grade in %": QT_TRANSLATE_NOOP("EntryMessages", "the grade in %"),
    "a positive mass in kg": QT_TRANSLATE_NOOP("EntryMessages", "the mass in kg"),
    **{k.value: v for k, v in KIND_NAMES.items()},
    **{s.value: v for s, v in SCOPE_NAMES.items()},
}
_QTY = r"(a mass in kg|a grade in %|a positive mass in kg)"
_CREDIT = r"a valid unified social credit code \("
# (pattern of the ledger's "expected" sentence, its translation with {0}, {1} …)
_EXPECTED = [
    (r"a date as YYYY-MM-DD", QT_TRANSLATE_NOOP("EntryMessages", "a date as YYYY-MM-DD")),
    (r"a movement type .*", QT_TRANSLATE_NOOP("EntryMessages", "one of the six movement types")),
    (r"one of RECEIPT, MINED, .*", QT_TRANSLATE_NOOP("EntryMessages", "one of the six movement types")),
    (r"a material code such as CONC-BAST", QT_TRANSLATE_NOOP("EntryMessages", "a material code such as CONC-BAST")),
    (r"a material code from the catalogue", QT_TRANSLATE_NOOP("EntryMessages", "a material from the catalogue")),
    (r"an ore or ore product for mining output",
     QT_TRANSLATE_NOOP("EntryMessages", "an ore or ore product for mining output")),
    (r"a lot number", QT_TRANSLATE_NOOP("EntryMessages", "a lot number")),
    (r"a lot that a receipt, mining output or production output created",
     QT_TRANSLATE_NOOP("EntryMessages", "an existing lot (made by a receipt, mining output or output)")),
    (r"the origin of a new lot found at stocktake",
     QT_TRANSLATE_NOOP("EntryMessages", "the origin of a lot found at stocktake")),
    (r"a lot of its own for production output",
     QT_TRANSLATE_NOOP("EntryMessages", "a lot of its own for production output")),
    (r"a lot of its own for a receipt or mining output",
     QT_TRANSLATE_NOOP("EntryMessages", "a lot of its own for a receipt or mining output")),
    (r"a lot with a known origin", QT_TRANSLATE_NOOP("EntryMessages", "a lot with a known origin")),
    (r'origin (\w+) of lot "(.*)"', QT_TRANSLATE_NOOP("EntryMessages", "origin {0}, the origin of lot {1}")),
    (r"a net mass in kg", QT_TRANSLATE_NOOP("EntryMessages", "the net mass in kg")),
    (r"a mass other than zero", QT_TRANSLATE_NOOP("EntryMessages", "a mass other than zero")),
    (r"a positive mass in kg with at most 3 decimals \(a negative mass makes no sense here.*",
     QT_TRANSLATE_NOOP("EntryMessages", "a positive mass (a negative mass makes no sense here)")),
    (r"a TREO grade in percent .*",
     QT_TRANSLATE_NOOP("EntryMessages", "the TREO grade in % (0–100, at most 2 decimals)")),
    (_QTY + r' written in digits \(such as "1234.5"\)',
     QT_TRANSLATE_NOOP("EntryMessages", "{0} written in digits, such as 1234.5")),
    (_QTY + r" with at most (\d+) decimals?", QT_TRANSLATE_NOOP("EntryMessages", "{0} with at most {1} decimals")),
    (_QTY + r" between 0 and 100", QT_TRANSLATE_NOOP("EntryMessages", "{0} between 0 and 100")),
    (_QTY + r" written without an exponent", QT_TRANSLATE_NOOP("EntryMessages", "{0} written without an exponent")),
    (_QTY + r" with at most one decimal point",
     QT_TRANSLATE_NOOP("EntryMessages", "{0} with one decimal point at most")),
    (_QTY + r' with "\." as the decimal point',
     QT_TRANSLATE_NOOP("EntryMessages", "{0} with \".\" as the decimal point")),
    (_QTY + r" with one kind of thousands separator",
     QT_TRANSLATE_NOOP("EntryMessages", "{0} with one kind of thousands separator")),
    (_QTY + r" with thousands separators every 3 digits.*",
     QT_TRANSLATE_NOOP("EntryMessages", "{0} with thousands separators every 3 digits, such as 1,234,567.5")),
    (_QTY + r" below one billion tonnes", QT_TRANSLATE_NOOP("EntryMessages", "{0} below one billion tonnes")),
    (_QTY + r" of a sensible size", QT_TRANSLATE_NOOP("EntryMessages", "{0} of a sensible size")),
    (_QTY, QT_TRANSLATE_NOOP("EntryMessages", "{0} as a number")),
    (r"the origin country for a receipt or mining output",
     QT_TRANSLATE_NOOP("EntryMessages", "the origin country of a receipt or mining output")),
    (r"an ISO 3166-1 country code such as CN or MM \(or its name\)",
     QT_TRANSLATE_NOOP("EntryMessages", "a country code such as CN or MM, or a country name")),
    (r"CN for mining output .*", QT_TRANSLATE_NOOP("EntryMessages", "CN for mining output (mining is in China)")),
    (r"the supplier or customer name", QT_TRANSLATE_NOOP("EntryMessages", "the supplier or customer name")),
    (_CREDIT + r"expected 18 characters, found (\d+)\)",
     QT_TRANSLATE_NOOP("EntryMessages", "a credit code of 18 characters (this one has {0})")),
    (_CREDIT + r"check character should be (\w), found (\w)\)",
     QT_TRANSLATE_NOOP("EntryMessages", "a valid credit code (the last character should be {0}, not {1})")),
    (_CREDIT + r'expected a digit in positions 3 to 8 .*found "(.)" at position (\d+)\)',
     QT_TRANSLATE_NOOP("EntryMessages", "a valid credit code (a digit at position {1}, not \"{0}\")")),
    (_CREDIT + r'expected a digit or a capital letter other than .*found "(.)" at position (\d+)\)',
     QT_TRANSLATE_NOOP("EntryMessages",
                       "a valid credit code (position {1}: a digit or a capital letter except I, O, Z, S, V, "
                       "not \"{0}\")")),
    (_CREDIT + r".*", QT_TRANSLATE_NOOP("EntryMessages", "a valid unified social credit code")),
    (r"the destination country of a shipment",
     QT_TRANSLATE_NOOP("EntryMessages", "the destination country of a shipment")),
    (r"no destination except on a SHIPMENT", QT_TRANSLATE_NOOP("EntryMessages", "no destination except on a shipment")),
    (r"the customs declaration number of an import from (\w+)",
     QT_TRANSLATE_NOOP("EntryMessages", "the customs declaration number of the import from {0}")),
    (r"the customs declaration number of an export to (\w+)",
     QT_TRANSLATE_NOOP("EntryMessages", "the customs declaration number of the export to {0}")),
    (r"the production run of a FEED or OUTPUT",
     QT_TRANSLATE_NOOP("EntryMessages", "the production run of a feed or output")),
    (r"no production run except on FEED and OUTPUT",
     QT_TRANSLATE_NOOP("EntryMessages", "no production run except on feed and output")),
    (r"a production run with FEED containing REO before its OUTPUT \(run (.*)\)",
     QT_TRANSLATE_NOOP("EntryMessages", "a run that has been fed before its output (run {0})")),
    (r"production runs that do not feed their own output back in",
     QT_TRANSLATE_NOOP("EntryMessages", "production runs that do not feed their own output back in")),
    (r"the reason for a stocktake adjustment", QT_TRANSLATE_NOOP("EntryMessages", "the reason for the adjustment")),
    (r"at most (\d+) characters", QT_TRANSLATE_NOOP("EntryMessages", "at most {0} characters")),
    (r"a date in an open month \(month (\S+) is closed.*",
     QT_TRANSLATE_NOOP("EntryMessages", "a date in an open month ({0} is closed; "
                                        "post a correction in an open month)")),
    (r'stock of lot "(.*)" \((.*)\) to stay at or above zero',
     QT_TRANSLATE_NOOP("EntryMessages", "stock of lot {0} ({1}) to stay at or above zero")),
    (r"(\d{4}) (\w+) quota \((\w+)\) of ([\d,.]+) kg REO not to be exceeded",
     QT_TRANSLATE_NOOP("EntryMessages", "the {0} {1} quota ({2}) of {3} kg REO not to be exceeded")),
    (r"a reason for accepting the warnings", QT_TRANSLATE_NOOP("EntryMessages", "a reason for accepting the warnings")),
    (r"at least one movement", QT_TRANSLATE_NOOP("EntryMessages", "at least one movement")),
    # reversals, month close and the report
    (r"a reason for the reversal", QT_TRANSLATE_NOOP("EntryMessages", "a reason for the reversal")),
    (r"the number of a posted movement", QT_TRANSLATE_NOOP("EntryMessages", "the number of a posted movement")),
    (r"an original movement \(a reversal is not reversed again\)",
     QT_TRANSLATE_NOOP("EntryMessages", "an original movement (a reversal is not reversed again)")),
    (r"a movement not reversed yet", QT_TRANSLATE_NOOP("EntryMessages", "a movement not reversed yet")),
    (r"a month as YYYY-MM", QT_TRANSLATE_NOOP("EntryMessages", "a month as YYYY-MM")),
    (r"a month that has ended", QT_TRANSLATE_NOOP("EntryMessages", "a month that has ended")),
    (r"a month that has ended before it is closed",
     QT_TRANSLATE_NOOP("EntryMessages", "a month that has ended before it is closed")),
    (r"an open month", QT_TRANSLATE_NOOP("EntryMessages", "an open month")),
    (r"a closed month", QT_TRANSLATE_NOOP("EntryMessages", "a closed month")),
    (r"every month before (\S+) closed first",
     QT_TRANSLATE_NOOP("EntryMessages", "every month before {0} closed first")),
    (r"no closed month after (\S+)", QT_TRANSLATE_NOOP("EntryMessages", "no closed month after {0}")),
    (r"a reason for reopening the month", QT_TRANSLATE_NOOP("EntryMessages", "a reason for reopening the month")),
    (r"the report file to write before the month is closed",
     QT_TRANSLATE_NOOP("EntryMessages", "the report file to write before the month is closed")),
    (r"a ledger unchanged while the report was written",
     QT_TRANSLATE_NOOP("EntryMessages", "a ledger unchanged while the report was written")),
]
_FOUND = [
    (r"nothing", QT_TRANSLATE_NOOP("EntryMessages", "nothing")),
    (r"(-?[\d,]+\.\d+) kg at the end of (\S+)", QT_TRANSLATE_NOOP("EntryMessages", "{0} kg at the end of {1}")),
    (r"([\d,]+\.\d+) kg REO used with this row",
     QT_TRANSLATE_NOOP("EntryMessages", "{0} kg REO used with this movement")),
    (r'lot "(.*)" of (\S+) does not exist', QT_TRANSLATE_NOOP("EntryMessages", "lot {0} of {1} does not exist")),
    (r'lot "(.*)" was received or mined', QT_TRANSLATE_NOOP("EntryMessages", "lot {0} was received or mined")),
    (r'lot "(.*)" was made by a production run',
     QT_TRANSLATE_NOOP("EntryMessages", "lot {0} was made by a production run")),
    (r'lot "(.*)" whose origin is unknown', QT_TRANSLATE_NOOP("EntryMessages", "lot {0}, whose origin is unknown")),
    (r"no FEED of that run", QT_TRANSLATE_NOOP("EntryMessages", "no feed of that run")),
    (r"an empty reason", QT_TRANSLATE_NOOP("EntryMessages", "an empty reason")),
    (r"(\S+) is already closed", QT_TRANSLATE_NOOP("EntryMessages", "{0} is already closed")),
    (r"(\S+) is still open", QT_TRANSLATE_NOOP("EntryMessages", "{0} is still open")),
    (r"(\S+) is open", QT_TRANSLATE_NOOP("EntryMessages", "{0} is open")),
    (r"(\S+) is closed; reopen it first", QT_TRANSLATE_NOOP("EntryMessages", "{0} is closed; reopen it first")),
    (r"movement (\d+) was reversed by (\d+)",
     QT_TRANSLATE_NOOP("EntryMessages", "movement {0} was already reversed by {1}")),
    (r"movement (\d+) reverses (\d+)", QT_TRANSLATE_NOOP("EntryMessages", "movement {0} reverses {1}")),
    (r"movements posted meanwhile; make the report again",
     QT_TRANSLATE_NOOP("EntryMessages", "movements were posted meanwhile; make the report again")),
]
_EXPECTED_RE = [(re.compile(p), t) for p, t in _EXPECTED]
_FOUND_RE = [(re.compile(p), t) for p, t in _FOUND]


def _match(text: str, rules) -> str:
    for pattern, template in rules:
        found = pattern.fullmatch(text)
        if found:
            parts = [translated(_TERMS[g]) if g in _TERMS else g for g in found.groups()]
            return translated(template).format(*parts)
    return text


def knows(expected: str) -> bool:
    """Whether a ledger's "expected" sentence has its own words here."""
    return any(pattern.fullmatch(expected) for pattern, _template in _EXPECTED_RE)


def expected_text(problem: Problem) -> str:
    """What the field needs, as shown beside it."""
    return translated(QT_TRANSLATE_NOOP("EntryMessages", "Expected {0}")).format(_match(problem.expected, _EXPECTED_RE))


def found_text(problem: Problem) -> str:
    return _match(problem.found, _FOUND_RE)


def problem_text(problem: Problem) -> str:
    """One problem as a full sentence, naming the field when it has one."""
    body = translated(QT_TRANSLATE_NOOP("EntryMessages", "expected {0}, found {1}")).format(
        _match(problem.expected, _EXPECTED_RE), found_text(problem))
    if problem.column in FIELD_NAMES:
        return translated(QT_TRANSLATE_NOOP("EntryMessages", "{field}: {body}")).format(
            field=translated(FIELD_NAMES[problem.column]), body=body)
    return body


def type_name(mtype: MovementType) -> str:
    return translated(TYPE_NAMES[mtype])


def field_name(name: str) -> str:
    return translated(FIELD_NAMES.get(name, name))


QUOTA_UNCONTROLLED = QT_TRANSLATE_NOOP(
    "EntryMessages", "Uses {uses} {unit} REO of the {year} {kind} quota; no allocation for {year} yet.")
QUOTA_OVER = QT_TRANSLATE_NOOP(
    "EntryMessages", "Uses {uses} {unit} REO of the {year} {kind} quota ({scope}): "
                     "{over} {unit} over the {allocated} {unit} allocated.")
QUOTA_LEFT = QT_TRANSLATE_NOOP(
    "EntryMessages", "Uses {uses} {unit} REO of the {year} {kind} quota ({scope}); "
                     "{remaining} {unit} of {allocated} {unit} left.")
STOCK_NEW = QT_TRANSLATE_NOOP("EntryMessages", "New lot {lot}: {after} {unit} after this entry.")
STOCK_CHANGE = QT_TRANSLATE_NOOP(
    "EntryMessages", "Lot {lot}: {before} {unit} → {after} {unit} at the end of the day.")
STOCK_NEGATIVE = QT_TRANSLATE_NOOP("EntryMessages", "Stock would go below zero on this day or later.")
NOT_ACCEPTED = QT_TRANSLATE_NOOP("EntryMessages", "Not posted: the warnings were not accepted.")
NOT_POSTED = QT_TRANSLATE_NOOP("EntryMessages", "Not posted: {0}")


def quota_sentence(effect: QuotaEffect, session: Session) -> str:
    values = dict(
        uses=session.mass(effect.uses_g), unit=session.unit_label(), year=effect.year,
        kind=translated(KIND_NAMES[effect.kind]), scope=translated(SCOPE_NAMES[effect.scope]),
        allocated=session.mass(effect.allocated_g), remaining=session.mass(effect.remaining_after_g),
        over=session.mass(-effect.remaining_after_g),
    )
    if not effect.controlled:
        return translated(QUOTA_UNCONTROLLED).format(**values)
    return translated(QUOTA_OVER if effect.over else QUOTA_LEFT).format(**values)


def stock_sentence(stock: StockEffect, session: Session) -> str:
    values = dict(lot=stock.lot, before=session.mass(stock.before_g or 0), after=session.mass(stock.after_g),
                  unit=session.unit_label())
    if stock.before_g is None:
        return translated(STOCK_NEW).format(**values)
    text = translated(STOCK_CHANGE).format(**values)
    if stock.goes_negative:
        text += " " + translated(STOCK_NEGATIVE)
    return text
