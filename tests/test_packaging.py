"""The installed program carries every package and its data files."""
from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_package_folder_is_listed_in_pyproject():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    on_disk = {
        ".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "ree_desk").rglob("__init__.py")
    } | {"ree_desk.resources"}
    assert set(config["packages"]) == on_disk
    assert config["package-dir"]["ree_desk.resources"] == "resources"
    assert (ROOT / "resources" / "__init__.py").exists()


def test_migrations_ship_as_package_data():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    patterns = config["package-data"]["ree_desk.store"]
    versions = list((ROOT / "ree_desk" / "store" / "migrations" / "versions").glob("*.py"))
    assert versions and "migrations/versions/*.py" in patterns
    assert "migrations/*.mako" in patterns and "migrations/*.py" in patterns


def test_ci_runs_the_readme_test_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = [line for line in readme.splitlines()[:20] if line.startswith("python3 -m venv .venv")]
    assert len(commands) == 2, "the README opens with the run command and the test command"
    assert commands[1] in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()


def test_the_program_knows_the_version_it_is_installed_as():
    import ree_desk

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert ree_desk.__version__ == project["version"]
