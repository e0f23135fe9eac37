"""Tracing a lot: where its material came from and where it went.

Came from: a received or mined lot's receipts and mining output (supplier,
origin, customs declaration); a lot made by production runs, the runs that
made it and, under each, the lots fed into the run, traced back the same way.
Went to: the runs the lot was fed into and the lots they made, traced forward
the same way, and the shipments with their customers and destinations.

A movement and its reversal cancel out and are left out. A lot more than
``max_depth`` runs away from the traced one is shown but not traced further,
nor is any lot once the tree holds ``max_nodes`` nodes; a lot already on the
way from the traced lot (a run fed its own output back) is shown again but
not expanded, so the tree is finite whatever the ledger holds.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Iterable

from sqlalchemy import Connection, exists, or_, select

from ree_desk.domain.problems import InputRejected, Problem, shown
from ree_desk.store.database import Database
from ree_desk.store.queries import chunks, made_lot_shares
from ree_desk.store.tables import lot_table, material_table, movement_origin_table, movement_table, run_table

LotKey = tuple[str, str]  # (material code, lot number)


class Step(StrEnum):
    RECEIPT = "receipt"              # the lot received from a supplier
    MINED = "mined"                  # the lot mined
    FOUND = "found"                  # a stocktake gain (positive adjustment)
    MADE_BY_RUN = "made_by_run"      # a run that produced into the lot
    FEED = "feed"                    # a lot fed into that run
    FED_INTO_RUN = "fed_into_run"    # a run the lot was fed into
    OUTPUT = "output"                # a lot that run produced
    SHIPMENT = "shipment"            # the lot shipped to a customer
    LOST = "lost"                    # a stocktake loss (negative adjustment)


@dataclass(frozen=True)
class LotInfo:
    lot_id: int
    material: str
    material_name_zh: str
    material_name_en: str
    lot: str
    made: bool                      # made by production runs (else received or mined)
    origin: str                     # its single origin country, "" when mixed
    origin_detail: str
    customs_no: str
    origin_shares: dict[str, int]   # made lots: REO grams made into it, by origin country

    @property
    def key(self) -> LotKey:
        return (self.material, self.lot)


@dataclass
class TraceNode:
    """One step of the tree. Quantities are the flow of the step, positive
    (mass and REO in grams); ``origins`` is its REO by origin country."""

    step: Step
    day: dt.date
    mass_g: int
    reo_g: int
    origins: dict[str, int] = field(default_factory=dict)
    lot: LotInfo | None = None      # the other lot of a FEED or OUTPUT step
    run: str | None = None
    counterparty: str | None = None
    credit_code: str | None = None
    customs_no: str | None = None
    invoice_no: str | None = None
    destination: str | None = None
    origin_detail: str | None = None
    note: str | None = None
    children: list["TraceNode"] = field(default_factory=list)
    repeated: bool = False          # its lot is already on the way here: not expanded again
    cut: bool = False               # the depth or size limit stopped it: not expanded


@dataclass
class LotTrace:
    lot: LotInfo
    stock_g: int                    # what the lot holds now
    stock_reo_g: int
    came_from: list[TraceNode]
    went_to: list[TraceNode]
    truncated: bool                 # some branch was cut by the limits


@dataclass(frozen=True)
class _Move:
    id: int
    day: dt.date
    type: str
    lot_id: int
    mass_g: int
    reo_g: int
    run_id: int | None
    run: str | None
    counterparty: str | None
    credit_code: str | None
    invoice_no: str | None
    customs_no: str | None
    destination: str | None
    note: str | None


M = movement_table
O = movement_origin_table
L = lot_table
T = material_table
R = run_table


def lots_matching(db: Database, text: str, limit: int = 50) -> list[LotKey]:
    """Lots whose number or material code contains ``text`` (newest first),
    for completing what a user types."""
    material, lot = split_lot_text(text)
    q = select(T.c.code, L.c.lot_no).select_from(L.join(T, T.c.id == L.c.material_id))
    if material and lot:
        q = q.where(T.c.code == material, L.c.lot_no.icontains(lot, autoescape=True))
    elif lot:
        q = q.where(or_(L.c.lot_no.icontains(lot, autoescape=True), T.c.code.icontains(lot, autoescape=True)))
    with db.read() as conn:
        return [(c, n) for c, n in conn.execute(q.order_by(L.c.id.desc()).limit(limit))]


def split_lot_text(text: str) -> tuple[str | None, str]:
    """"ND-OX / P251105-01-ND-OX" -> ("ND-OX", "P251105-01-ND-OX"); a bare lot number -> (None, it)."""
    text = " ".join((text or "").split())
    if "/" in text:
        material, lot = text.split("/", 1)
        return material.strip().upper() or None, lot.strip()
    return None, text


def lot_text(key: LotKey) -> str:
    return f"{key[0]} / {key[1]}"


def resolve_lot(db: Database, text: str) -> list[LotKey]:
    """The lots ``text`` names exactly: "MATERIAL / LOT", or a lot number
    (several when more than one material uses it)."""
    material, lot = split_lot_text(text)
    if not lot:
        return []
    q = select(T.c.code, L.c.lot_no).select_from(L.join(T, T.c.id == L.c.material_id)).where(L.c.lot_no == lot)
    if material:
        q = q.where(T.c.code == material)
    with db.read() as conn:
        return sorted((c, n) for c, n in conn.execute(q))


def trace_lot(db: Database, material: str, lot: str, *, max_depth: int = 6, max_nodes: int = 5000) -> LotTrace:
    """The came-from and went-to tree of one lot, or ``InputRejected`` if
    there is no such lot."""
    with db.read() as conn:
        lot_id = conn.execute(
            select(L.c.id).select_from(L.join(T, T.c.id == L.c.material_id))
            .where(T.c.code == material.strip().upper(), L.c.lot_no == lot.strip())
        ).scalar()
        if lot_id is None:
            raise InputRejected([Problem(None, "lot", f"a lot of {material} in the ledger", shown(lot))])
        return _Tracer(conn, max_depth, max_nodes).trace(lot_id)


class _Tracer:
    def __init__(self, conn: Connection, max_depth: int, max_nodes: int):
        self.conn = conn
        self.max_depth = max_depth
        self.nodes_left = max_nodes
        self.truncated = False
        self._lots: dict[int, LotInfo] = {}
        self._lot_moves: dict[int, list[_Move]] = {}
        self._run_moves: dict[int, list[_Move]] = {}
        self._origins: dict[int, dict[str, int]] = {}

    def trace(self, lot_id: int) -> LotTrace:
        info = self.lot(lot_id)
        moves = self.lot_moves(lot_id)
        came = self.came_from(lot_id, (lot_id,), 0)
        went = self.went_to(lot_id, (lot_id,), 0)
        return LotTrace(info, sum(m.mass_g for m in moves), sum(m.reo_g for m in moves), came, went, self.truncated)

    # -- the two directions -------------------------------------------------

    def came_from(self, lot_id: int, path: tuple[int, ...], depth: int) -> list[TraceNode]:
        moves = self.lot_moves(lot_id)
        nodes = [self.movement_node(m) for m in moves
                 if m.type in ("RECEIPT", "MINED") or (m.type == "ADJUSTMENT" and m.mass_g > 0)]
        for run_id, outputs in _by(m for m in moves if m.type == "OUTPUT" and m.run_id is not None):
            node = self.sum_node(Step.MADE_BY_RUN, outputs, sign=1)
            feeds = [m for m in self.run_moves(run_id) if m.type == "FEED"]
            node.children = sorted((self.lot_node(Step.FEED, feed_lot, lot_moves, path, depth + 1, self.came_from, -1)
                                    for feed_lot, lot_moves in _by(feeds, key="lot_id")), key=_order)
            nodes.append(node)
        return sorted(nodes, key=_order)

    def went_to(self, lot_id: int, path: tuple[int, ...], depth: int) -> list[TraceNode]:
        moves = self.lot_moves(lot_id)
        nodes = [self.movement_node(m) for m in moves
                 if m.type == "SHIPMENT" or (m.type == "ADJUSTMENT" and m.mass_g < 0)]
        for run_id, feeds in _by(m for m in moves if m.type == "FEED" and m.run_id is not None):
            node = self.sum_node(Step.FED_INTO_RUN, feeds, sign=-1)
            outputs = [m for m in self.run_moves(run_id) if m.type == "OUTPUT"]
            node.children = sorted((self.lot_node(Step.OUTPUT, out_lot, lot_moves, path, depth + 1, self.went_to, 1)
                                    for out_lot, lot_moves in _by(outputs, key="lot_id")), key=_order)
            nodes.append(node)
        return sorted(nodes, key=_order)

    # -- nodes --------------------------------------------------------------

    def movement_node(self, m: _Move) -> TraceNode:
        self.nodes_left -= 1
        step = {"RECEIPT": Step.RECEIPT, "MINED": Step.MINED, "SHIPMENT": Step.SHIPMENT}.get(
            m.type, Step.FOUND if m.mass_g > 0 else Step.LOST)
        lot = self.lot(m.lot_id)
        sign = -1 if m.mass_g < 0 else 1
        declared = step in (Step.RECEIPT, Step.MINED)
        return TraceNode(
            step, m.day, sign * m.mass_g, sign * m.reo_g, {c: sign * g for c, g in self.origins(m.id).items()},
            counterparty=m.counterparty, credit_code=m.credit_code,
            customs_no=m.customs_no or (lot.customs_no if declared else None) or None,
            invoice_no=m.invoice_no, destination=m.destination,
            origin_detail=(lot.origin_detail or None) if declared else None, note=m.note,
        )

    def sum_node(self, step: Step, moves: list[_Move], sign: int) -> TraceNode:
        self.nodes_left -= 1
        origins: Counter = Counter()
        for m in moves:
            origins.update({c: sign * g for c, g in self.origins(m.id).items()})
        return TraceNode(step, min(m.day for m in moves), sign * sum(m.mass_g for m in moves),
                         sign * sum(m.reo_g for m in moves), dict(sorted(origins.items())), run=moves[0].run)

    def lot_node(self, step: Step, lot_id: int, moves: list[_Move], path: tuple[int, ...], depth: int,
                 further, sign: int) -> TraceNode:
        """A lot ``depth`` lots away from the traced one, traced ``further``
        while within the limits."""
        node = self.sum_node(step, moves, sign)
        node.lot = self.lot(lot_id)
        if lot_id in path:
            node.repeated = True
        elif depth > self.max_depth or self.nodes_left <= 0:
            node.cut = True
            self.truncated = True
        else:
            node.children = further(lot_id, path + (lot_id,), depth)
        return node

    # -- reads, each once ---------------------------------------------------

    def lot(self, lot_id: int) -> LotInfo:
        if lot_id not in self._lots:
            r = self.conn.execute(
                select(L.c.id, L.c.lot_no, L.c.source, L.c.origin, L.c.origin_detail, L.c.customs_no,
                       T.c.code, T.c.name_zh, T.c.name_en)
                .select_from(L.join(T, T.c.id == L.c.material_id)).where(L.c.id == lot_id)
            ).one()
            made = r.source == "run"
            shares = made_lot_shares(self.conn, [lot_id]).get(lot_id, Counter()) if made else Counter()
            shares = {c: g for c, g in sorted(shares.items()) if g > 0}
            self._lots[lot_id] = LotInfo(
                r.id, r.code, r.name_zh, r.name_en, r.lot_no, made, r.origin or "", r.origin_detail or "",
                r.customs_no or "", shares,
            )
        return self._lots[lot_id]

    def lot_moves(self, lot_id: int) -> list[_Move]:
        if lot_id not in self._lot_moves:
            self._lot_moves[lot_id] = self._moves(M.c.lot_id == lot_id)
        return self._lot_moves[lot_id]

    def run_moves(self, run_id: int) -> list[_Move]:
        if run_id not in self._run_moves:
            self._run_moves[run_id] = self._moves(M.c.run_id == run_id)
        return self._run_moves[run_id]

    def origins(self, movement_id: int) -> dict[str, int]:
        return self._origins.get(movement_id, {})

    def _moves(self, where) -> list[_Move]:
        reversal = M.alias("reversal")
        q = (
            select(M.c.id, M.c.day, M.c.type, M.c.lot_id, M.c.mass_g, M.c.reo_g, M.c.run_id, R.c.code,
                   M.c.counterparty, M.c.credit_code, M.c.invoice_no, M.c.customs_no, M.c.destination, M.c.note)
            .select_from(M.outerjoin(R, R.c.id == M.c.run_id))
            .where(where, M.c.reverses_id.is_(None), ~exists().where(reversal.c.reverses_id == M.c.id))
            .order_by(M.c.day, M.c.id)
        )
        moves = [_Move(*r) for r in self.conn.execute(q)]
        self._load_origins(m.id for m in moves)
        return moves

    def _load_origins(self, ids: Iterable[int]) -> None:
        missing = [i for i in ids if i not in self._origins]
        found: dict[int, dict[str, int]] = defaultdict(dict)
        for part in chunks(missing):
            for movement_id, country, reo in self.conn.execute(
                select(O.c.movement_id, O.c.country, O.c.reo_g).where(O.c.movement_id.in_(part))
            ):
                found[movement_id][country] = reo
        for i in missing:
            self._origins[i] = dict(sorted(found.get(i, {}).items()))


def _by(moves: Iterable[_Move], key: str = "run_id") -> list[tuple[int, list[_Move]]]:
    """Moves grouped by run (or lot), in the order each group first appears."""
    groups: dict[int, list[_Move]] = {}
    for m in moves:
        groups.setdefault(getattr(m, key), []).append(m)
    return list(groups.items())


def _order(node: TraceNode) -> tuple:
    return (node.day, node.step.value, node.run or "", node.lot.lot if node.lot else "")
