"""screens of the desktop program, and what the navigation shows of each
before the screen is built.

The main window lists every screen at start but imports a screen's module
only when it is first shown: the other screens bring in the report, import,
audit, restore and demo code, which the first window does not need."""
from __future__ import annotations

from typing import NamedTuple

from ree_desk.gui.qt import QT_TRANSLATE_NOOP, QCoreApplication


class Page(NamedTuple):
    key: str     # stable name, used for shortcuts and screenshots
    module: str  # where the screen's class is
    cls: str
    icon: str    # file name under resources/icons
    title: str   # translated in the "Navigation" context

    def nav_title(self) -> str:
        return QCoreApplication.translate("Navigation", self.title)


PAGES = (
    Page("dashboard", "ree_desk.gui.screens.dashboard", "DashboardScreen", "dashboard.svg",
         QT_TRANSLATE_NOOP("Navigation", "Dashboard")),
    Page("entry", "ree_desk.gui.screens.entry", "EntryScreen", "entry.svg", QT_TRANSLATE_NOOP("Navigation", "Entry")),
    Page("ledger", "ree_desk.gui.screens.ledger", "LedgerScreen", "ledger.svg",
         QT_TRANSLATE_NOOP("Navigation", "Ledger")),
    Page("stock", "ree_desk.gui.screens.stock", "StockScreen", "stock.svg", QT_TRANSLATE_NOOP("Navigation", "Stock")),
    Page("quotas", "ree_desk.gui.screens.quotas", "QuotasScreen", "quotas.svg",
         QT_TRANSLATE_NOOP("Navigation", "Quotas")),
    Page("trace", "ree_desk.gui.screens.trace", "TraceScreen", "trace.svg", QT_TRANSLATE_NOOP("Navigation", "Trace")),
    Page("reports", "ree_desk.gui.screens.reports", "ReportsScreen", "reports.svg",
         QT_TRANSLATE_NOOP("Navigation", "Reports")),
    Page("import", "ree_desk.gui.screens.import_screen", "ImportScreen", "import.svg",
         QT_TRANSLATE_NOOP("Navigation", "Import")),
    Page("settings", "ree_desk.gui.screens.settings", "SettingsScreen", "settings.svg",
         QT_TRANSLATE_NOOP("Navigation", "Settings")),
    Page("audit", "ree_desk.gui.screens.audit", "AuditScreen", "audit.svg", QT_TRANSLATE_NOOP("Navigation", "Audit")),
)
