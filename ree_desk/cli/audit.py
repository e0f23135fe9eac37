"""``ree-desk audit``: the audit trail filtered, printed or written to a file."""
from __future__ import annotations

import argparse

from ree_desk.cli.common import EXIT_OK, for_reading, print_json
from ree_desk.cli.text import table
from ree_desk.domain.problems import InputRejected, Problem
from ree_desk.services.audit_log import GROUPS, AuditEntry, AuditFilter, group_of, is_flagged, list_events
from ree_desk.services.audit_text import summary


def audit_filter(args: argparse.Namespace) -> AuditFilter:
    if args.date_from and args.date_to and args.date_from > args.date_to:
        raise InputRejected([Problem(None, "--to", f"a day on or after --from ({args.date_from.isoformat()})",
                                     args.date_to.isoformat())])
    action = (args.action or "").strip() or None
    group = action if action in GROUPS else None
    return AuditFilter(date_from=args.date_from, date_to=args.date_to, group=group,
                       action=None if group else action, user=args.by, text=args.search)


def cmd_audit(args) -> int:
    filt = audit_filter(args)
    target = args.xlsx or args.csv
    db = for_reading(args)
    try:
        if target is not None:
            from ree_desk.services.audit_export import export_audit  # openpyxl: only when a file is asked for

            count = export_audit(db, target, filt, fmt="xlsx" if args.xlsx else "csv")
        else:
            events = list_events(db, filt, limit=args.limit)
    finally:
        db.close()
    if target is not None:
        if args.json:
            print_json({"file": str(target), "events": count})
        else:
            print(f"exported {count:,} events to {target}")
    elif args.json:
        print_json({"count": len(events), "events": [event_json(e) for e in events]})
    elif not events:
        print("no audit events match (无符合条件的审计事件)")
    else:
        print(table(["no. 编号", "at 时间", "by 用户", "action 动作", "event 说明"],
                    [[str(e.id), _at(e), e.by, e.action, summary(e)] for e in events], right={0}))
    return EXIT_OK


def _at(entry: AuditEntry) -> str:
    return entry.at.isoformat(sep=" ", timespec="seconds") if entry.at else ""


def event_json(entry: AuditEntry) -> dict:
    return {"id": entry.id, "at": _at(entry), "by": entry.by, "action": entry.action,
            "group": group_of(entry.action), "flagged": is_flagged(entry), "summary": summary(entry),
            "detail": entry.detail, **{k: None if v is None else str(v) for k, v in entry.extra.items()}}
