"""The dashboard: real widgets on a real ledger, figures checked against the
services; the latest-movements model without a window."""
from __future__ import annotations

import datetime as dt

import pytest

from ree_desk.domain.drafts import draft_from_values
from ree_desk.gui import quota_names as names
from ree_desk.gui.i18n import install_language, load_fonts
from ree_desk.gui.models.latest_movements import LatestMovementsModel
from ree_desk.gui.qt import QPointF, Qt
from ree_desk.gui.screens.dashboard import DashboardScreen
from ree_desk.gui.widgets.charts import (
    Bar,
    ColumnChart,
    Segment,
    country_colour,
    legend_for,
    level_colour,
    nice_ticks,
)
from ree_desk.services import months
from ree_desk.services.dashboard import RecentMovement, latest_movements, stock_by_group
from ree_desk.services.posting import post_movements
from ree_desk.services.quotas import add_allocation, quota_status

DEMO_END = dt.date(2026, 11, 27)  # the last day of the demo_session fixture
JUNE = dt.date(2026, 6, 30)


def draft(line, **values):
    result, problems = draft_from_values(line, values)
    assert not problems, [str(p) for p in problems]
    return result


def open_dashboard(qtbot, session, today):
    screen = DashboardScreen(session)
    screen.today = lambda: today
    qtbot.addWidget(screen)
    screen.resize(1100, 720)
    with qtbot.waitSignal(screen.loaded, timeout=20000):
        screen.show()
        screen.activate()
    return screen


def test_each_quota_card_shows_the_quota_position(qtbot, demo_session):
    screen = open_dashboard(qtbot, demo_session, DEMO_END)
    lines = quota_status(demo_session.db, DEMO_END.year, as_of=DEMO_END)
    cards = [c for c in screen.quota_cards if c.isVisible()]
    assert len(cards) == len(lines) >= 3
    for card, line in zip(cards, lines):
        assert card.title.text() == names.line_title(line.kind.value, line.scope.value)
        assert card.gauge.value().bp == line.used_pct_bp
        assert card.gauge.value().centre == names.percent(line.used_pct_bp)
        assert card.remaining.text() == f"{names.tonnes(line.remaining_g)} t"
        assert card.of_allocated.text() == f"of {names.tonnes(line.allocated_g)} t REO"
        assert line.forecast_date.isoformat() in card.forecast.text()
        [bar] = card.by_origin.bars()
        used = {s.key: s.value for s in bar.segments if not s.rest}
        assert used == dict(line.used_by_origin)
        assert bar.limit == line.allocated_g
        assert sum(s.value for s in bar.segments if s.rest) == max(line.remaining_g, 0)


def test_report_due_and_open_months_come_from_the_month_status(qtbot, demo_session):
    screen = open_dashboard(qtbot, demo_session, DEMO_END)
    status = months.status(demo_session.db, DEMO_END)
    due = status["next_due"]
    assert screen.form.reportValue.text() == due["due_date"]
    assert f"{due['days_left']} days left" in screen.form.reportDetail.text()
    assert due["month"] in screen.form.reportDetail.text()
    assert screen.form.monthsValue.text() == str(len(status["open_months"]))


def test_stock_chart_and_latest_movements_match_the_services(qtbot, demo_session):
    screen = open_dashboard(qtbot, demo_session, DEMO_END)
    groups = stock_by_group(demo_session.db, DEMO_END)
    mass = {(b.label, s.key): s.value for b in screen.stock_chart.bars() for s in b.segments}
    assert mass == {(names.category_name(g.category), g.group): g.mass_g for g in groups}
    screen.form.stockBasisCombo.setCurrentIndex(1)
    reo = {(b.label, s.key): s.value for b in screen.stock_chart.bars() for s in b.segments}
    assert reo == {(names.category_name(g.category), g.group): g.reo_g for g in groups}
    latest = latest_movements(demo_session.db)
    model = screen.latest_model
    assert model.rowCount() == len(latest) == 15
    assert [model.row(i).id for i in range(15)] == [r.id for r in latest]


def test_a_segment_tells_its_figure_in_the_tooltip(qtbot, demo_session):
    screen = open_dashboard(qtbot, demo_session, DEMO_END)
    card = screen.quota_cards[0]
    card.by_origin.grab()  # paints, and so lays out what the mouse can point at
    [bar] = card.by_origin.bars()
    first = bar.segments[0]
    tip = card.by_origin.tooltip_at(QPointF(3, card.by_origin.height() / 2))
    assert names.country_name(first.key) in tip and names.tonnes(first.value) in tip


def quota_ledger(session, used_kg: str, accept: bool = False):
    """10 t REO of separation quota; a CN concentrate at 50 % fed in June."""
    add_allocation(session.db, year=2026, kind="separation", tonnes="10", user="t")
    post_movements(session.db, [
        draft(2, date="2026-06-01", type="RECEIPT", material="CONC-MIXED", lot="A", mass_kg="40000",
              grade_pct="50", origin="CN", counterparty="包头"),
        draft(3, date="2026-06-02", type="FEED", material="CONC-MIXED", lot="A", mass_kg=used_kg, grade_pct="50",
              run="R1"),
    ], user="t", source="test", accept_reason="超配额投料，已报备" if accept else None)


@pytest.mark.parametrize("fed_kg, accept, level, text", [
    ("14000", False, "ok", "✓ Within quota"),          # 7 t, 70 %
    ("16200", False, "high", "⚠ 80 % or more used"),   # 8.1 t, 81 %
    ("19200", False, "critical", "⚠ 95 % or more used"),  # 9.6 t, 96 %
    ("21000", True, "over", "⚠ Quota exceeded"),      # 10.5 t, 105 %
])
def test_warnings_at_80_95_and_over_100_percent(qtbot, gui_session, fed_kg, accept, level, text):
    quota_ledger(gui_session, fed_kg, accept)
    screen = open_dashboard(qtbot, gui_session, JUNE)
    [card] = [c for c in screen.quota_cards if c.isVisible()]
    assert card.warning.text() == text
    assert level_colour(level).name() in card.warning.styleSheet()
    warned = 0 if level == "ok" else 1
    assert screen.form.warningsValue.text() == f"{warned} of 1"
    if level == "over":
        assert card.remaining_caption.text() == "Over the quota by"
        assert card.remaining.text() == "0.500 t"
        assert screen.form.warningsDetail.text() == "1 over the allocation"
        assert card.by_origin.bars()[0].total > card.by_origin.bars()[0].limit


def test_the_dashboard_follows_a_new_posting(qtbot, gui_session):
    quota_ledger(gui_session, "14000")
    screen = open_dashboard(qtbot, gui_session, JUNE)
    assert screen.quota_cards[0].warning.text() == "✓ Within quota"
    post_movements(gui_session.db, [draft(2, date="2026-06-20", type="FEED", material="CONC-MIXED", lot="A",
                                          mass_kg="3000", grade_pct="50", run="R2")], user="t", source="test")
    with qtbot.waitSignal(screen.loaded, timeout=20000):
        gui_session.notify_changed()
    assert screen.quota_cards[0].warning.text() == "⚠ 80 % or more used"  # 8.5 t of 10 t
    assert screen.latest_model.row(0).day == dt.date(2026, 6, 20)


def test_an_empty_ledger_says_there_is_no_quota(qtbot, gui_session):
    screen = open_dashboard(qtbot, gui_session, JUNE)
    assert screen.form.quotaEmptyLabel.isVisible()
    assert not any(c.isVisible() for c in screen.quota_cards)
    assert screen.latest_model.rowCount() == 0


def test_f5_reads_the_figures_again(qtbot, gui_session):
    screen = open_dashboard(qtbot, gui_session, JUNE)
    quota_ledger(gui_session, "14000")  # written behind the screen's back
    with qtbot.waitSignal(screen.loaded, timeout=20000):
        qtbot.keyClick(screen, Qt.Key.Key_F5)
    assert [c.isVisible() for c in screen.quota_cards] == [True]


def test_the_dashboard_speaks_chinese(qtbot, qapp, demo_session):
    load_fonts(qapp)
    screen = open_dashboard(qtbot, demo_session, DEMO_END)
    try:
        install_language(qapp, "zh_CN")
        qtbot.waitUntil(lambda: screen.form.titleLabel.text() == "总览")
        assert screen.form.quotaGroup.title() == "2026 年配额余量"
        titles = [c.title.text() for c in screen.quota_cards if c.isVisible()]
        assert "冶炼分离·国内" in titles
        assert screen.latest_model.headerData(1, Qt.Orientation.Horizontal) == "类型"
        assert screen.quota_cards[0].gauge.value().centre.endswith("%")
        assert not screen.quota_cards[0].gauge.value().centre.endswith(" %")
    finally:
        install_language(qapp, "en")
    qtbot.waitUntil(lambda: screen.form.titleLabel.text() == "Dashboard")
    assert screen.quota_cards[0].gauge.value().centre.endswith(" %")


def test_latest_movements_model_without_a_window():
    rows = [
        RecentMovement(7, dt.date(2026, 3, 2), "FEED", "CONC-BAST", "氟碳铈矿精矿", "Bastnaesite concentrate", "A1",
                       "US", -1_500_250, -900_150, None, None, False),
        RecentMovement(8, dt.date(2026, 3, 3), "FEED", "CONC-BAST", "氟碳铈矿精矿", "Bastnaesite concentrate", "A1",
                       None, 1_500_250, 900_150, None, 7, True),
    ]
    model = LatestMovementsModel(lambda g: f"{g / 1000:,.3f}", lambda: "kg")
    model.set_rows(rows)
    assert (model.rowCount(), model.columnCount()) == (2, 6)
    assert model.headerData(4, Qt.Orientation.Horizontal) == "Mass (kg)"
    cell = lambda r, c, role=Qt.ItemDataRole.DisplayRole: model.data(model.index(r, c), role)  # noqa: E731
    assert [cell(0, c) for c in range(6)] == ["2026-03-02", "Separation feed", "Bastnaesite concentrate", "A1",
                                              "-1,500.250", "United States"]
    assert cell(1, 5) == "mixed origins"
    assert "Reverses movement #7" in cell(1, 0, Qt.ItemDataRole.ToolTipRole)
    assert "warning" in cell(1, 0, Qt.ItemDataRole.ToolTipRole)
    assert cell(1, 0, Qt.ItemDataRole.FontRole).italic()


# --- the chart widgets ---------------------------------------------------------------

def test_an_origin_keeps_its_colour_on_every_chart():
    assert country_colour("CN").name() == country_colour("cn").name() == "#4e79a7"
    assert len({country_colour(c).name() for c in ("CN", "MM", "US", "AU", "LA", "MG", "BR")}) == 7
    assert country_colour("ZW").name() == country_colour("ZW").name()
    assert country_colour(None).name() != country_colour("CN").name()


@pytest.mark.parametrize("maximum, count, expected", [
    (2_517, 5, [0, 1000, 2000, 3000]),
    (2_517, 1, [0, 5000]),
    (1_800, 4, [0, 500, 1000, 1500, 2000]),
    (96, 4, [0, 25, 50, 75, 100]),
    (0.8, 4, [0, 0.2, 0.4, 0.6, 0.8]),
    (0, 5, [0, 1]),
])
def test_axis_ticks_are_round_and_reach_the_largest_value(maximum, count, expected):
    ticks = nice_ticks(maximum, count)
    assert ticks == pytest.approx(expected)
    assert ticks[-1] >= maximum


def test_the_key_lists_each_series_once_what_is_left_last_and_the_over_hatch():
    bars = [
        Bar("a", (Segment("CN", "China", 5, "#1"), Segment("left", "Remaining", 5, "#2", rest=True)), limit=10),
        Bar("b", (Segment("MM", "Myanmar", 8, "#3"), Segment("CN", "China", 4, "#1")), limit=10),
    ]
    items = legend_for(bars, mark="Allocation", over="Over")
    assert [(i.label, i.style) for i in items] == [
        ("China", "swatch"), ("Myanmar", "swatch"), ("Remaining", "swatch"), ("Allocation", "mark"), ("Over", "over")]
    assert [i.label for i in legend_for(bars[:1], over="Over")] == ["China", "Remaining"]


def test_a_month_column_tells_its_figures(qtbot):
    chart = ColumnChart()
    qtbot.addWidget(chart)
    chart.resize(520, 300)
    chart.set_value_format(lambda g: f"{g / 1_000_000:,.3f} t", scale=1_000_000, axis_title="t")
    chart.set_bars([Bar(m, (Segment("CN", "China", 3_000_000, "#4E79A7"), Segment("MM", "Myanmar", 1_000_000,
                                                                                   "#F28E2B")))
                    for m in ("Jan", "Feb")])
    chart.grab()  # paints, and so lays out what the mouse can point at
    tip = chart.tooltip_at(chart.segment_rect(0, 0).center())
    assert "Jan" in tip and "China" in tip and "3.000 t" in tip and "75.0 %" in tip and "4.000 t" in tip
    assert chart.tooltip_at(QPointF(1, 1)) == ""
