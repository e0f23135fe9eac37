"""The seeded catalogue of SPEC section 3, and materials the enterprise adds."""
from __future__ import annotations

import json

import pytest

from conftest import day, draft
from ree_desk.cli.main import main
from ree_desk.domain.catalogue import MaterialError
from ree_desk.services.posting import post_movements
from ree_desk.services.quotas import quota_status
from ree_desk.services.setup import add_material, enterprise, list_materials

SPEC_SEED = {
    "ORE-ROCK": ("稀土原矿（岩矿）", "ore", "light"),
    "ORE-IONIC": ("离子型稀土原矿", "ore", "medium_heavy"),
    "CONC-BAST": ("氟碳铈矿精矿", "ore_product", "light"),
    "CONC-MIXED": ("混合型稀土精矿", "ore_product", "light"),
    "CONC-MONAZITE": ("独居石精矿", "ore_product", "light"),
    "MIX-CARB": ("混合碳酸稀土", "ore_product", "light"),
    "MIX-CHLOR": ("混合氯化稀土", "ore_product", "light"),
    "IONIC-MIX-OX": ("离子型混合稀土氧化物", "ore_product", "medium_heavy"),
    "IONIC-MIX-CARB": ("离子型混合碳酸稀土", "ore_product", "medium_heavy"),
    "SCRAP-NDFEB": ("钕铁硼废料", "secondary", "light"),
    "LA-OX": ("氧化镧", "product", "light"), "CE-OX": ("氧化铈", "product", "light"),
    "PR-OX": ("氧化镨", "product", "light"), "ND-OX": ("氧化钕", "product", "light"),
    "PRND-OX": ("氧化镨钕", "product", "light"), "SM-OX": ("氧化钐", "product", "light"),
    "EU-OX": ("氧化铕", "product", "light"), "GD-OX": ("氧化钆", "product", "light"),
    "TB-OX": ("氧化铽", "product", "medium_heavy"), "DY-OX": ("氧化镝", "product", "medium_heavy"),
    "HO-OX": ("氧化钬", "product", "medium_heavy"), "ER-OX": ("氧化铒", "product", "medium_heavy"),
    "Y-OX": ("氧化钇", "product", "medium_heavy"), "LU-OX": ("氧化镥", "product", "medium_heavy"),
    "CE-CARB": ("碳酸铈", "product", "light"),
    "PRND-MET": ("镨钕金属", "metal", "light"), "ND-MET": ("钕金属", "metal", "light"),
    "DY-MET": ("镝金属", "metal", "medium_heavy"), "TB-MET": ("铽金属", "metal", "medium_heavy"),
    "MAG-NDFEB": ("钕铁硼磁体", "magnet", "light"),
}


def test_init_seeds_the_spec_catalogue_with_hs_codes_and_grades(db):
    materials = {m.code: m for m in list_materials(db)}
    assert {c: (m.name_zh, m.category, m.group) for c, m in materials.items()} == SPEC_SEED
    assert all(m.hs_code.isdigit() and len(m.hs_code) in (8, 10) for m in materials.values())
    assert all(0 < m.default_grade_bp <= 10000 for m in materials.values())
    assert materials["CONC-BAST"].default_grade_bp == 6000
    assert enterprise(db).credit_code == "91350100M000100Y43"


def test_an_added_material_is_used_like_a_seeded_one(db):
    add_material(db, code="la-carb", name_zh="碳酸镧", name_en="Lanthanum carbonate", category="ore_product",
                 group="light", default_grade_bp=4500, hs_code="2846902900", user="t")
    post_movements(db, [
        draft(2, date="2026-05-01", type="RECEIPT", material="LA-CARB", lot="L1", mass_kg="100", grade_pct="45",
              origin="CN", counterparty="供应商"),
        draft(3, date="2026-05-02", type="FEED", material="LA-CARB", lot="L1", mass_kg="100", grade_pct="45",
              run="R1"),
    ], user="t", source="test")
    assert quota_status(db, 2026, as_of=day("2026-05-31"))[0].used_g == 45_000


@pytest.mark.parametrize("changes, message", [
    ({"code": "CONC-BAST"}, "exists"),
    ({"code": "a b"}, "material code"),
    ({"category": "rock"}, "category"),
    ({"group": "heavy"}, "group"),
    ({"hs_code": "28.46"}, "HS code"),
    ({"default_grade_bp": 10001}, "default grade"),
    ({"name_zh": " "}, "Chinese and an English name"),
])
def test_a_bad_material_is_refused(db, changes, message):
    args = dict(code="LA-CARB", name_zh="碳酸镧", name_en="Lanthanum carbonate", category="product",
                group="light", default_grade_bp=4500, hs_code="2846902900", user="t") | changes
    with pytest.raises(MaterialError, match=message):
        add_material(db, **args)


def test_material_commands(db, db_path, capsys):
    db.close()
    assert main(["material", "add", "--db", db.location, "--code", "GD-MET", "--name-zh", "钆金属",
                 "--name-en", "Gadolinium metal", "--category", "metal", "--group", "light", "--grade", "99.5",
                 "--hs", "2805301990"]) == 0
    capsys.readouterr()
    assert main(["material", "list", "--db", db.location, "--json"]) == 0
    listed = {m["code"]: m for m in json.loads(capsys.readouterr().out)}
    assert listed["GD-MET"]["default_grade_bp"] == 9950 and len(listed) == len(SPEC_SEED) + 1
    assert main(["material", "add", "--db", db.location, "--code", "GD-MET", "--name-zh", "x", "--name-en", "x",
                 "--category", "metal", "--group", "light", "--grade", "99.5", "--hs", "2805301990"]) == 1
    assert capsys.readouterr().err.count("\n") == 1


def test_reverse_command_nets_the_lot_to_zero_once(db, db_path, capsys):
    result = post_movements(db, [draft(2, date="2026-05-01", type="RECEIPT", material="CE-OX", lot="L1",
                                       mass_kg="10", grade_pct="99", origin="CN", counterparty="供应商")],
                            user="t", source="test")
    db.close()
    mid = result.movement_ids[0]
    args = ["reverse", str(mid), "--db", db.location, "--reason", "wrong lot", "--date", "2026-05-03"]
    assert main(args) == 0
    assert capsys.readouterr().out == f"movement {mid} reversed by movement {mid + 1}\n"
    assert main(["stock", "--db", db.location, "--as-of", "2026-05-31", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["lots"] == []
    assert main(args) == 1
    err = capsys.readouterr().err.splitlines()
    assert f"movement {mid} was reversed by {mid + 1}" in err[0] and len(err) == 2
    assert main(["reverse", "999", "--db", db.location, "--reason", "x"]) == 1
