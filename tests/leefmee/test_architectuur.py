"""Imports flow one way (pyproject.toml's import-linter contracts, docs/architecture.md).

The contracts' only exceptions are a page's hand-overs to view code by a late import, inside a
method, when the page is served. These tests keep that list honest: an exception that became a
load-time import fails here, even though import-linter would accept it.
"""

import ast
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _contracts():
    return tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"]["contracts"]


def _late_hand_overs():
    return sorted({regel for contract in _contracts() for regel in contract.get("ignore_imports", [])
                   if "*" not in regel})


def _module_file(module):
    pad = ROOT.joinpath(*module.split("."))
    return pad / "__init__.py" if pad.is_dir() else pad.with_suffix(".py")


def _imported_modules(node, module, is_package):
    if isinstance(node, ast.Import):
        return {alias.name for alias in node.names}
    deel = module.split(".") if is_package else module.split(".")[:-1]
    basis = ".".join(deel[:len(deel) - (node.level - 1)] if node.level else [])
    basis = ".".join(filter(None, [basis, node.module or ""])) if node.level else node.module
    return {basis} | {f"{basis}.{alias.name}" for alias in node.names}


def _imports_by_scope(module):
    """{imported module: 'load' or 'late'} for `module`; 'load' wins when it is imported both ways."""
    bestand = _module_file(module)
    boom = ast.parse(bestand.read_text(), filename=str(bestand))
    gevonden = {}

    def bezoek(node, in_functie):
        for kind in ast.iter_child_nodes(node):
            if isinstance(kind, ast.Import | ast.ImportFrom):
                for naam in _imported_modules(kind, module, bestand.name == "__init__.py"):
                    if gevonden.get(naam) != "load":
                        gevonden[naam] = "late" if in_functie else "load"
            bezoek(kind, in_functie or isinstance(kind, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda))

    bezoek(boom, False)
    return gevonden


def test_every_exception_to_the_contracts_is_a_late_import_inside_a_function():
    overtredingen = []
    for regel in _late_hand_overs():
        bron, doel = (deel.strip() for deel in regel.split("->"))
        scope = _imports_by_scope(bron).get(doel)
        if scope != "late":
            overtredingen.append(f"{regel}: {scope or 'not imported at all (remove it from the list)'}")
    assert not overtredingen, overtredingen


def test_a_load_time_import_is_told_apart_from_a_late_one():
    # kaart.models.kaart declares the map's routes; the views come in only when a route is served.
    imports = _imports_by_scope("kaart.models.kaart")
    assert imports["kaart.routes"] == "late"
    assert imports["kaart.dimensies"] == "load"


def test_the_import_contracts_hold():
    lint_imports = Path(sys.executable).parent / "lint-imports"
    resultaat = subprocess.run([str(lint_imports), "--no-cache"], cwd=ROOT, capture_output=True, text=True)
    assert resultaat.returncode == 0, resultaat.stdout[-3000:] + resultaat.stderr[-2000:]
    assert "0 broken" in resultaat.stdout


def test_no_module_over_400_lines():
    """Small modules by responsibility (issue 25): migrations are generated, so they do not count."""
    pakketten = ["leefmee", "home", "kaart", "verhalen", "publicatie", "bench", "scripts", "tests"]
    te_lang = {
        str(pad.relative_to(ROOT)): regels
        for pakket in pakketten
        for pad in (ROOT / pakket).rglob("*.py")
        if "migrations" not in pad.parts
        and (regels := len(pad.read_text(encoding="utf-8").splitlines())) > 400
    }
    assert te_lang == {}
