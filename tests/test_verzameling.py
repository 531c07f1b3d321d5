"""Every test in tests/ is collected: a test function in a file pytest does not pick up is a test that
silently never runs (it happened once with a file parked for a merge)."""

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parent


def _tests_buiten_testbestanden():
    gevonden = []
    for pad in sorted(TESTS.rglob("*.py")):
        if pad.name.startswith("test_"):
            continue
        for knoop in ast.parse(pad.read_text(encoding="utf-8")).body:
            is_test = isinstance(knoop, ast.FunctionDef | ast.AsyncFunctionDef) and knoop.name.startswith("test_")
            is_testklasse = isinstance(knoop, ast.ClassDef) and knoop.name.startswith("Test")
            if is_test or is_testklasse:
                gevonden.append(f"{pad.relative_to(TESTS)}::{knoop.name}")
    return gevonden


def test_no_test_sits_in_a_file_pytest_does_not_collect():
    assert _tests_buiten_testbestanden() == []


def test_the_check_itself_sees_the_helper_files():
    # The walk must reach the helper modules it guards (the factories, conftest), or it proves nothing.
    paden = {pad.relative_to(TESTS).as_posix() for pad in TESTS.rglob("*.py")}
    assert {"conftest.py", "fabrieken/basis.py", "kaart/partners_helpers.py"} <= paden
