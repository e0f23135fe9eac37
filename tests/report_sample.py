"""A small but complete MonthReport built by hand, for the writers' tests."""
from __future__ import annotations

import datetime as dt

from ree_desk.report.model import (
    GroupStock,
    InventoryLine,
    MonthReport,
    MovementLine,
    OriginFlow,
    QuotaReportLine,
    TypeTotal,
)


def line(id, day, type, material, name, lot, mass_g, grade_bp, reo_g, origin, shares=None, **kw):
    values = dict(counterparty=None, credit_code=None, invoice_no=None, customs_no=None, run=None,
                  destination=None, note=None, reverses_id=None, flags=0, accept_reason=None,
                  entered_by="王会计", entered_at=dt.datetime(2026, 6, 30, 17, 5))
    values.update(kw)
    return MovementLine(id, dt.date(2026, 6, day), type, material, name, lot, mass_g, grade_bp, reo_g, origin,
                        shares if shares is not None else {origin: reo_g}, **values)


def sample_report() -> MonthReport:
    receipts = [
        line(1, 1, "RECEIPT", "CONC-BAST", "氟碳铈矿精矿", "BT-0601", 32_150_500, 6120, 19_676_106, "CN",
             counterparty="包头示范稀土精矿有限公司", credit_code="91350100M000100Y43", invoice_no="26012000000012345678"),
        line(2, 2, "RECEIPT", "IONIC-MIX-CARB", "离子型混合碳酸稀土", "MM-0602", 28_400_000, 4485, 12_737_400, "MM",
             counterparty="=HYPERLINK(\"http://x\")", customs_no="530120260000123456"),
    ]
    feed = [
        line(3, 5, "FEED", "CONC-BAST", "氟碳铈矿精矿", "BT-0601", -20_000_000, 6120, -12_240_000, "CN", run="S2606-01"),
        line(4, 5, "FEED", "IONIC-MIX-CARB", "离子型混合碳酸稀土", "MM-0602", -10_000_250, 4485, -4_485_112, "MM",
             run="S2606-01", flags=2, accept_reason="第二批配额已公示"),
    ]
    output = [
        line(5, 9, "OUTPUT", "PRND-OX", "氧化镨钕", "PN-2606-01", 3_050_000, 9950, 3_034_750, "CN",
             {"CN": 2_237_062, "MM": 797_688}, run="S2606-01"),
    ]
    shipments = [
        line(6, 20, "SHIPMENT", "PRND-OX", "氧化镨钕", "PN-2606-01", -1_000_000, 9950, -995_000, "CN",
             {"CN": -733_463, "MM": -261_537}, counterparty="Tokyo Magnetics Trading K.K.",
             customs_no="220120260000654321", invoice_no="INV-0620", destination="JP"),
    ]
    adjustments = [
        line(7, 30, "ADJUSTMENT", "CONC-BAST", "氟碳铈矿精矿", "BT-0601", -12_500, 6120, -7_650, "CN",
             note="+月末盘点 磅差"),
    ]
    totals = {
        "RECEIPT": TypeTotal("RECEIPT", 2, 60_550_500, 32_413_506),
        "FEED": TypeTotal("FEED", 2, 30_000_250, 16_725_112),
        "OUTPUT": TypeTotal("OUTPUT", 1, 3_050_000, 3_034_750),
        "SHIPMENT": TypeTotal("SHIPMENT", 1, 1_000_000, 995_000),
        "ADJUSTMENT": TypeTotal("ADJUSTMENT", 1, -12_500, -7_650),
    }
    inventory = [
        InventoryLine("CONC-BAST", "氟碳铈矿精矿", "ore_product", "light", "BT-0601", "CN",
                      0, 32_150_500, 20_000_000, -12_500, 12_138_000, 0, 19_676_106, 12_240_000, -7_650, 7_428_456),
        InventoryLine("IONIC-MIX-CARB", "离子型混合碳酸稀土", "ore_product", "medium_heavy", "MM-0602", "MM",
                      0, 28_400_000, 10_000_250, 0, 18_399_750, 0, 12_737_400, 4_485_112, 0, 8_252_288),
        InventoryLine("PRND-OX", "氧化镨钕", "product", "light", "PN-2606-01", "CN",
                      0, 3_050_000, 1_000_000, 0, 2_050_000, 0, 3_034_750, 995_000, 0, 2_039_750),
    ]
    quota = [
        QuotaReportLine("separation", "any", 50_000_000_000, 12_240_000, 12_240_000, 49_987_760_000,
                        {"CN": 12_240_000}, {"CN": 12_240_000}, dt.date(2028, 1, 10), True),
        QuotaReportLine("separation", "imported", 5_000_000_000 // 1000, 4_485_112, 4_485_112, 5_000_000 - 4_485_112,
                        {"MM": 4_485_112}, {"MM": 4_485_112}, dt.date(2026, 7, 21), True),
    ]
    return MonthReport(
        month="2026-06", first_day=dt.date(2026, 6, 1), last_day=dt.date(2026, 6, 30), due_date=dt.date(2026, 7, 10),
        enterprise="演示稀土分离有限公司", credit_code="91350100M000100Y43",
        generated_at=dt.datetime(2026, 7, 2, 9, 30, 15), program_version="0.1.0",
        checksum="3f5a" * 16, movement_count=7,
        receipts=receipts, mined=[], feed=feed, output=output, shipments=shipments, adjustments=adjustments,
        totals=totals, inventory=inventory, quota=quota,
        separation_by_origin=[OriginFlow("CN", 20_000_000, 12_240_000, 2_236_957, 2_237_062),
                              OriginFlow("MM", 10_000_250, 4_485_112, 813_043, 797_688)],
        stock_by_group=[GroupStock("ore_product", "light", 1, 12_138_000, 7_428_456),
                        GroupStock("ore_product", "medium_heavy", 1, 18_399_750, 8_252_288),
                        GroupStock("product", "light", 1, 2_050_000, 2_039_750)],
        exceptions=[feed[1]],
        feed_reo_g=16_725_112, output_reo_g=3_034_750,
    )
