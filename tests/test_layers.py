"""Every import under ree_desk/ points down the layers of docs/architecture.md,
and no modules import each other in a circle.

The imports are read from the source (every one, including those inside
functions and under ``TYPE_CHECKING``), so a lazy import counts as much as
one at the top of a file.
"""
from __future__ import annotations

import ast
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "ree_desk"

# The modules at the top of ree_desk/ that the rest builds on (the version,
# the day the release was built, where data and resources live); together they are the base layer.
BASE = {"ree_desk", "ree_desk.build_info", "ree_desk.paths"}
# Bottom to top. A module may import its own package and any lower layer.
LAYERS: dict[str, int] = {
    "ree_desk": 0,  # the base modules
    "ree_desk.domain": 1,
    "ree_desk.store": 2,
    "ree_desk.report": 3,
    "ree_desk.importing": 3,
    "ree_desk.demo": 3,
    "ree_desk.services": 4,
    "ree_desk.cli": 5,
    "ree_desk.gui": 5,
    "ree_desk.__main__": 6,
}
# Between packages of one layer, only these: the command line starts the desktop program.
SIDEWAYS = {("ree_desk.cli", "ree_desk.gui")}
# The front ends open the ledger and read it through the services alone, so
# that a store of another kind changes nothing above them.
PAST_THE_SERVICES = {("ree_desk.cli", "ree_desk.store"), ("ree_desk.gui", "ree_desk.store")}
# Generated or run by Alembic, not imported by the program.
SKIPPED = ("gui/forms", "store/migrations")


@dataclass(frozen=True)
class Import:
    path: Path  # the importing file
    line: int
    source: str  # the importing module
    target: str  # the module imported (or the package, for a name that is not a module)
    text: str  # the statement as written

    def where(self) -> str:
        return f"{self.path}:{self.line}: {self.text}"


def module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def source_files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*.py")
                  if not any(part in p.relative_to(root).as_posix() for part in SKIPPED))


def imports_of(root: Path) -> list[Import]:
    """Every import of a module of the package at ``root`` by another."""
    files = {module_name(p, root): p for p in root.rglob("*.py")}
    found: list[Import] = []
    for path in source_files(root):
        source = module_name(path, root)
        package = source if path.name == "__init__.py" else source.rpartition(".")[0]
        text = path.read_text(encoding="utf-8")
        tree = ast.parse(text, filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    up = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                    base = ".".join(up + ([node.module] if node.module else []))
                # "from package import module" imports the module; "from module import name" the module
                targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in files else base for a in node.names]
            else:
                continue
            said = " ".join((ast.get_source_segment(text, node) or ast.dump(node)).split())
            for target in dict.fromkeys(targets):
                if target == root.name or target.startswith(root.name + "."):
                    found.append(Import(path, node.lineno, source, target, said))
    return sorted(found, key=lambda imp: (imp.path, imp.line, imp.target))


def package_of(module: str) -> str:
    """The layered package a module belongs to: ree_desk.<first part>, or
    ree_desk for the base modules."""
    package = ".".join(module.split(".")[:2])
    return "ree_desk" if package in BASE else package


def wrong_way(imports: list[Import]) -> list[str]:
    """Each import that points up, or sideways between two packages of one layer."""
    wrong = []
    for imp in imports:
        mine, theirs = package_of(imp.source), package_of(imp.target)
        if mine == theirs or (mine, theirs) in SIDEWAYS:
            continue
        if mine not in LAYERS or theirs not in LAYERS:
            wrong.append(f"{imp.where()} — {mine if mine not in LAYERS else theirs} has no layer "
                         f"(add it to docs/architecture.md and LAYERS)")
        elif LAYERS[theirs] > LAYERS[mine]:
            wrong.append(f"{imp.where()} — points up: {mine} (layer {LAYERS[mine]}) "
                         f"may not import {theirs} (layer {LAYERS[theirs]})")
        elif LAYERS[theirs] == LAYERS[mine]:
            wrong.append(f"{imp.where()} — points sideways: {mine} and {theirs} share layer {LAYERS[mine]}")
        elif (mine, theirs) in PAST_THE_SERVICES:
            wrong.append(f"{imp.where()} — reaches past the services: {mine} may not import {theirs}")
    return wrong


def circles(imports: list[Import]) -> list[str]:
    """Each set of modules that import each other in a circle (a strongly
    connected component of the import graph), with the imports that close it."""
    edges: dict[str, set[str]] = {}
    for imp in imports:
        if imp.target != imp.source:
            edges.setdefault(imp.source, set()).add(imp.target)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[set[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(edges.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.add(member)
                if member == node:
                    break
            if len(component) > 1:
                components.append(component)

    for node in sorted(edges):
        if node not in index:
            visit(node)
    said = []
    for component in components:
        inside = [imp.where() for imp in imports if imp.source in component and imp.target in component
                  and imp.source != imp.target]
        said.append(f"{', '.join(sorted(component))} import each other:\n    " + "\n    ".join(inside))
    return said


# --------------------------------------------------------------------------
# The program


def test_every_import_points_down_the_layers():
    imports = imports_of(ROOT)
    assert len(imports) > 500  # the reading found the program's imports
    wrong = wrong_way(imports)
    assert not wrong, "imports against the layers:\n" + "\n".join(wrong)


def test_no_modules_import_each_other_in_a_circle():
    found = circles(imports_of(ROOT))
    assert not found, "import circles:\n" + "\n".join(found)


def test_the_top_of_the_package_holds_only_what_wires_the_program_together():
    loose = sorted(module_name(p, ROOT) for p in ROOT.glob("*.py"))
    assert loose == sorted(BASE | {"ree_desk.__main__"})
    packages = sorted(p.name for p in ROOT.iterdir() if (p / "__init__.py").exists())
    assert {f"ree_desk.{name}" for name in packages} <= set(LAYERS)


# --------------------------------------------------------------------------
# The checks themselves, on a small package written for them


def _package(tmp_path: Path, files: dict[str, str]) -> Path:
    root = tmp_path / "ree_desk"
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    for folder in [root, *(p for p in root.rglob("*") if p.is_dir())]:
        (folder / "__init__.py").touch()
    return root


def test_an_import_that_points_up_is_named_with_its_file_and_line(tmp_path):
    root = _package(tmp_path, {
        "domain/rules.py": "import datetime\n\n\ndef due():\n    from ree_desk.services.months import due_date\n",
        "services/months.py": "from ree_desk.domain import rules\n\n\ndef due_date():\n    pass\n",
    })
    wrong = wrong_way(imports_of(root))
    assert wrong == [f"{root / 'domain/rules.py'}:5: from ree_desk.services.months import due_date — points up: "
                     "ree_desk.domain (layer 1) may not import ree_desk.services (layer 4)"]


def test_sideways_imports_are_named_except_the_command_line_starting_the_gui(tmp_path):
    root = _package(tmp_path, {
        "report/figures.py": "from ree_desk.importing.reader import COLUMNS\n",
        "cli/main.py": "def run():\n    from ree_desk.gui.app import run\n",
        "gui/app.py": "from ree_desk import paths\nfrom ree_desk.services import ledger_file\n",
        "services/ledger_file.py": "",
        "paths.py": "",
    })
    wrong = wrong_way(imports_of(root))
    assert wrong == [f"{root / 'report/figures.py'}:1: from ree_desk.importing.reader import COLUMNS — points "
                     "sideways: ree_desk.report and ree_desk.importing share layer 3"]


def test_the_front_ends_may_not_reach_past_the_services_into_the_store(tmp_path):
    root = _package(tmp_path, {
        "gui/session.py": "import ree_desk.store.database\n",
        "cli/text.py": "from ree_desk.domain.catalogue import MaterialRow\n",
        "store/database.py": "",
        "domain/catalogue.py": "",
    })
    assert wrong_way(imports_of(root)) == [
        f"{root / 'gui/session.py'}:1: import ree_desk.store.database — reaches past the services: "
        "ree_desk.gui may not import ree_desk.store"]


def test_a_package_with_no_layer_is_named(tmp_path):
    root = _package(tmp_path, {"loose.py": "", "services/x.py": "from ree_desk import loose\n"})
    assert wrong_way(imports_of(root)) == [
        f"{root / 'services/x.py'}:1: from ree_desk import loose — ree_desk.loose has no layer "
        "(add it to docs/architecture.md and LAYERS)"]


def test_a_circle_is_named_with_the_imports_that_close_it(tmp_path):
    root = _package(tmp_path, {
        "cli/main.py": "EXIT_OK = 0\n\n\ndef main():\n    from . import commands\n",
        "cli/commands.py": "from ree_desk.cli.main import EXIT_OK\n",
        "cli/text.py": "from ree_desk.cli.main import EXIT_OK\n",
    })
    found = circles(imports_of(root))
    assert found == ["ree_desk.cli.commands, ree_desk.cli.main import each other:\n"
                     f"    {root / 'cli/commands.py'}:1: from ree_desk.cli.main import EXIT_OK\n"
                     f"    {root / 'cli/main.py'}:5: from . import commands"]


def test_generated_forms_and_migrations_are_not_read(tmp_path):
    root = _package(tmp_path, {
        "gui/forms/ui_x.py": "from ree_desk.services import y\n",
        "store/migrations/versions/v1.py": "from ree_desk.services import y\n",
        "services/y.py": "",
    })
    assert imports_of(root) == []


def test_the_base_modules_import_nothing_of_the_packages(tmp_path):
    root = _package(tmp_path, {
        "paths.py": "from ree_desk import __version__\nfrom ree_desk.domain.countries import COUNTRIES\n",
        "domain/countries.py": "from ree_desk.paths import resource_path\n",
    })
    assert wrong_way(imports_of(root)) == [
        f"{root / 'paths.py'}:2: from ree_desk.domain.countries import COUNTRIES — points up: "
        "ree_desk (layer 0) may not import ree_desk.domain (layer 1)"]


def test_nothing_outside_the_desktop_program_imports_sqlalchemys_orm():
    """The schema is Core tables; importing the ORM would cost every command
    a tenth of a second at start for classes nothing uses."""
    package = Path(__file__).resolve().parents[1] / "ree_desk"
    names = sorted(".".join(("ree_desk", *path.relative_to(package).with_suffix("").parts)).removesuffix(".__init__")
                   for path in package.rglob("*.py")
                   if path.relative_to(package).parts[0] not in ("gui", "__main__.py")
                   and "migrations" not in path.parts)
    script = ("import importlib, sys\n"
              f"for name in {names!r}:\n"
              "    importlib.import_module(name)\n"
              "print(sorted(m for m in sys.modules if m.startswith('sqlalchemy.orm')))\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=package.parent)
    assert done.returncode == 0, done.stderr
    assert len(names) > 100
    assert done.stdout.strip() == "[]"
