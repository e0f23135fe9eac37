"""Creating a database for an enterprise, and its material catalogue."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import insert, select

from ree_desk.domain.accounts.roles import MATERIAL_ADD, Permission
from ree_desk.domain.catalogue import SEED, Category, Group, MaterialError, MaterialSpec, validate_material_code
from ree_desk.domain.credit_code import validate_credit_code
from ree_desk.services.accounts import require
from ree_desk.services.posting import audit, now
from ree_desk.store import queries
from ree_desk.store.database import Database, create_database
from ree_desk.store.tables import enterprise_table, material_table


@dataclass(frozen=True)
class EnterpriseInfo:
    name: str
    credit_code: str


def init_database(path: Path, *, enterprise: str, credit_code: str, user: str) -> Database:
    """A new database for one enterprise, with the seeded catalogue."""
    name = " ".join(enterprise.split())
    if not name:
        raise MaterialError("expected the enterprise name, found nothing")
    code = validate_credit_code(credit_code)
    db = create_database(path)
    with db.write() as conn:
        conn.execute(insert(enterprise_table).values(id=1, name=name, credit_code=code, created_at=now()))
        conn.execute(insert(material_table), [_material_row(spec, seeded=True) for spec in SEED])
        audit(conn, user, "init", {"enterprise": name, "credit_code": code, "materials": len(SEED)})
    return db


def enterprise(db: Database) -> EnterpriseInfo:
    with db.read() as conn:
        row = conn.execute(select(enterprise_table.c.name, enterprise_table.c.credit_code)).first()
    if row is None:
        raise MaterialError("expected an enterprise profile in the database, found none")
    return EnterpriseInfo(row.name, row.credit_code)


def _material_row(spec: MaterialSpec, *, seeded: bool) -> dict:
    return dict(
        code=spec.code, name_zh=spec.name_zh, name_en=spec.name_en, category=spec.category.value,
        group=spec.group.value, default_grade_bp=spec.default_grade_bp, hs_code=spec.hs_code, seeded=seeded,
    )


def list_materials(db: Database) -> list[queries.MaterialRow]:
    with db.read() as conn:
        return list(queries.materials(conn).values())


def add_material(
    db: Database, *, code: str, name_zh: str, name_en: str, category: str, group: str,
    default_grade_bp: int, hs_code: str, user: str,
) -> queries.MaterialRow:
    """A material of the enterprise's own, beside the seeded catalogue."""
    user = require(db, Permission.SETTINGS, user, doing=MATERIAL_ADD)
    code = validate_material_code(code)
    try:
        cat, grp = Category(category), Group(group)
    except ValueError:
        raise MaterialError(
            f'expected a category in {", ".join(c.value for c in Category)} and a group in '
            f'{", ".join(g.value for g in Group)}, found "{category}" and "{group}"'
        ) from None
    if not name_zh.strip() or not name_en.strip():
        raise MaterialError("expected a Chinese and an English name, found an empty one")
    if not 0 <= default_grade_bp <= 10000:
        raise MaterialError(f"expected a default grade between 0 and 100 %, found {default_grade_bp / 100}")
    hs = hs_code.strip()
    if not hs.isdigit() or not 6 <= len(hs) <= 10:
        raise MaterialError(f'expected an HS code of 6 to 10 digits, found "{hs_code}"')
    spec = MaterialSpec(code, name_zh.strip(), name_en.strip(), cat, grp, default_grade_bp, hs)
    with db.write() as conn:
        if code in queries.materials(conn):
            raise MaterialError(f'expected a new material code, found "{code}", which exists')
        conn.execute(insert(material_table).values(**_material_row(spec, seeded=False)))
        audit(conn, user, "material_add", _material_row(spec, seeded=False))
        return queries.materials(conn)[code]
