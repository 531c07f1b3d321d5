"""Mutation testing of the rules that decide what people see or may do (issue 24): `make mutants`.

Runs mutmut (configuration: [tool.mutmut] in pyproject.toml) one module at a time, and prints per
module how many mutants there were, how many the tests killed, how many survived and the score.
Each module runs in its own folder .mutanten/na/<module>/ against only the tests that exercise it
(MODULES below), and mutmut runs for each mutant only those of them that call the mutated function.

    python scripts/mutanten.py                      # every module
    python scripts/mutanten.py leefmee.toegang      # one or more modules
    python scripts/mutanten.py --tabel              # only the table of the last runs
    python scripts/mutanten.py --overlevenden       # the table and the names of the survivors
    python scripts/mutanten.py --voor               # the same with only the tests from before issue 24

`mutmut show <name>` in a module's folder shows what a mutant changed. Not part of CI: it takes too long.
"""

import argparse
import json
import os
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
WERK = PROJECT / ".mutanten"  # not tracked: one work folder per module and the shared test database
MUTMUT = [sys.executable, "-m", "mutmut"]
REDACTIE = "tests/publicatie/test_redactie.py::test_"
# module -> (its file, the tests that exercise it). In the order of the issue: rights and scoping,
# visibility, filters and facets, readiness, readability, retention, rate limits.
MODULES = {
    "leefmee.toegang": ("leefmee/toegang.py", [
        "tests/security/test_gemeente_afscherming.py", "tests/leefmee/test_toegang_grenzen.py"]),
    # The rights right by right, and the admin views; the role x municipality matrix (one long
    # test, tests/security/test_rollen_matrix.py) checks the same rules end to end but took too long a mutant.
    "kaart.partners.rollen": ("kaart/partners/rollen.py", [
        "tests/kaart/test_rollen_inrichting.py", "tests/kaart/test_partners_rechten.py"]),
    "leefmee.zichtbaarheid": ("leefmee/zichtbaarheid.py", [
        "tests/security/test_zichtbaarheid.py", "tests/publicatie/test_editie_zichtbaarheid.py",
        "tests/leefmee/test_zichtbaarheid_grenzen.py"]),
    # The rules on one small map built once per module (test_filters_selectie.py); the end-to-end search
    # tests (test_vinden_filters.py, a fresh map per test) took ~25 s a mutant. id_lijst's PostgreSQL line only
    # fails its tests on PostgreSQL: run its mutants with DATABASE_URL set to kill them (SQLite leaves ~18).
    "kaart.filters": ("kaart/filters.py", [
        "tests/kaart/test_filters_selectie.py", "tests/kaart/test_filters_grenzen.py"]),
    # The options themselves; the end-to-end search tests (test_vinden_filters.py) took ~30 s a mutant.
    "kaart.taxonomieen": ("kaart/taxonomieen.py", [
        "tests/kaart/test_taxonomieen_grenzen.py", "tests/kaart/test_filters_grenzen.py"]),
    # Only tests that call controleer() and nothing slower: the two that also render the PDF (localhost,
    # other language and agenda) took seconds a mutant and their rules have fast tests here.
    "publicatie.gereedheid": ("publicatie/gereedheid.py", [
        REDACTIE + "gereedheid_ongepubliceerd_lage_resolutie_en_alt",
        REDACTIE + "gereedheid_goede_afbeelding_geeft_geen_beeldwaarschuwing", REDACTIE + "gewijzigd_na_kiezen",
        "tests/publicatie/test_verhaal_druk.py::test_gereedheid_300_ppi_op_de_gedrukte_maat",
        "tests/publicatie/test_editie_zichtbaarheid.py::test_readiness_check_names_each_restricted_chosen_page",
        "tests/publicatie/test_omslagfoto.py::test_a_cover_photo_too_small_for_print_is_a_finding",
        "tests/publicatie/test_gereedheid_grenzen.py", "tests/publicatie/test_gereedheid_druk_grenzen.py",
        "tests/publicatie/test_gereedheid_secties_grenzen.py"]),
    "verhalen.leesbaarheid": ("verhalen/leesbaarheid.py", [
        "tests/verhalen/test_leesbaarheid.py", "tests/verhalen/test_leesbaarheid_grenzen.py"]),
    "kaart.models.contact": ("kaart/models/contact.py", [
        "tests/kaart/test_contact.py::test_purge_deletes_only_requests_older_than_the_retention_period",
        "tests/kaart/test_contact.py::test_purge_removes_personal_data_from_old_change_suggestions",
        "tests/kaart/test_bewaartermijn_grenzen.py"]),
    "kaart.management.commands.purge_contact_requests": ("kaart/management/commands/purge_contact_requests.py", [
        "tests/kaart/test_contact.py::test_purge_deletes_only_requests_older_than_the_retention_period",
        "tests/kaart/test_contact.py::test_purge_removes_personal_data_from_old_change_suggestions",
        "tests/kaart/test_bewaartermijn_grenzen.py"]),
    "leefmee.limieten": ("leefmee/limieten.py", [
        "tests/security/test_limieten.py", "tests/security/test_limieten_grenzen.py",
        "tests/security/test_limieten_opslag.py"]),
}
# What a work folder sees of the project (linked, not copied: mutmut copies what it needs itself).
GEDEELD = ["leefmee", "kaart", "verhalen", "publicatie", "home", "templates", "locale", "manage.py", "tests"]
GEDOOD = {"killed", "timeout"}  # a mutant that makes the tests hang is caught too
OVERLEEFD = {"survived", "no tests"}  # no test ran it: nothing would notice the change


def werkmap(module, alleen_bestaand=False):
    """.mutanten/<module>/: links to the project and a pyproject.toml whose [tool.mutmut] mutates only
    this module's file and selects only its tests."""
    bestand, tests = MODULES[module]
    if alleen_bestaand:
        tests = [t for t in tests if (PROJECT / t.split("::")[0]).exists() and "_grenzen" not in t]
    map_ = WERK / ("voor" if alleen_bestaand else "na") / module
    map_.mkdir(parents=True, exist_ok=True)
    for naam in GEDEELD:
        link = map_ / naam
        if not link.exists():
            link.symlink_to(PROJECT / naam)
    tekst = (PROJECT / "pyproject.toml").read_text()
    tekst += "\n".join(["", f"only_mutate = {json.dumps([bestand])}",
                         f"pytest_add_cli_args_test_selection = {json.dumps(tests)}", ""])
    (map_ / "pyproject.toml").write_text(tekst)
    return map_


def draai(module, kinderen, alleen_bestaand=False):
    """One module's mutants; mutmut's own output goes to .mutanten/<voor|na>/<module>/mutmut.log."""
    map_ = werkmap(module, alleen_bestaand)
    omgeving = {**os.environ, "LEEFMEE_MUTANTEN_DB": str(WERK / "test.sqlite3")}
    with open(map_ / "mutmut.log", "w") as uit:
        resultaat = subprocess.run([*MUTMUT, "run", "--max-children", str(kinderen)], cwd=map_, env=omgeving,
                                   stdout=uit, stderr=subprocess.STDOUT)
    return resultaat.returncode


def uitslagen(module, alleen_bestaand=False):
    """Counter of the statuses of one module's mutants, and the names of those not killed."""
    map_ = WERK / ("voor" if alleen_bestaand else "na") / module
    telling, namen = Counter(), []
    if not (map_ / "mutants").is_dir():
        return telling, namen
    uit = subprocess.run([*MUTMUT, "results", "--all", "true"], cwd=map_, capture_output=True, text=True,
                         check=True).stdout
    for regel in uit.splitlines():
        naam, scheiding, status = regel.strip().rpartition(": ")
        if scheiding and naam.startswith(module + ".") and "__mutmut_" in naam:
            telling[status.strip()] += 1
            if status.strip() not in GEDOOD:
                namen.append(f"{naam} ({status.strip()})")
    return telling, namen


def tabel(modules, overlevenden=False, alleen_bestaand=False):
    breed = max(len(m) for m in modules)
    print(f"{'module':<{breed}}  {'mutants':>7}  {'killed':>6}  {'survived':>8}  {'other':>5}  {'score %':>7}")
    totaal, alle_namen = Counter(), []
    for module in modules:
        telling, namen = uitslagen(module, alleen_bestaand)
        rij = _rij(telling)
        totaal.update(rij)
        alle_namen += namen
        print(_regel(module, breed, rij))
    print(_regel("total", breed, totaal))
    if overlevenden:
        for naam in sorted(alle_namen):
            print(f"  {naam}")


def _rij(telling):
    return Counter(mutants=sum(telling.values()), killed=sum(telling[s] for s in GEDOOD),
                   survived=sum(telling[s] for s in OVERLEEFD),
                   other=sum(n for s, n in telling.items() if s not in GEDOOD | OVERLEEFD))


def _regel(naam, breed, rij):
    score = f"{100 * rij['killed'] / rij['mutants']:.1f}" if rij["mutants"] else "-"
    return (f"{naam:<{breed}}  {rij['mutants']:>7}  {rij['killed']:>6}  {rij['survived']:>8}  {rij['other']:>5}  "
            f"{score:>7}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("modules", nargs="*", help="dotted module names (default: all)")
    parser.add_argument("--tabel", action="store_true", help="only print the table of the last runs")
    parser.add_argument("--overlevenden", action="store_true", help="also list the mutants that were not killed")
    parser.add_argument("--voor", action="store_true",
                        help="with the tests from before issue 24 only (the *_grenzen.py files left out)")
    # One test process at a time: the machine is shared, and the reused SQLite test database
    # (leefmee/settings/mutanten.py) would make parallel runs wait on each other's locks.
    parser.add_argument("--kinderen", type=int, default=1, help="test processes at a time (default 1)")
    args = parser.parse_args()
    modules = args.modules or list(MODULES)
    onbekend = [m for m in modules if m not in MODULES]
    if onbekend:
        parser.error(f"not configured for mutation testing: {', '.join(onbekend)}")
    if not (PROJECT / "pyproject.toml").read_text().rstrip().rpartition("\n[")[2].startswith("tool.mutmut]"):
        sys.exit("pyproject.toml must end with its [tool.mutmut] section: the script adds each module's keys to it")
    if not args.tabel:
        begin = time.monotonic()
        for module in modules:
            start = time.monotonic()
            code = draai(module, args.kinderen, args.voor)
            print(f"{module}: {time.monotonic() - start:.0f} s" + (f" (mutmut exit {code}, see its mutmut.log)"
                                                                    if code else ""), flush=True)
        print(f"all modules: {time.monotonic() - begin:.0f} s")
    tabel(modules, overlevenden=args.overlevenden, alleen_bestaand=args.voor)


if __name__ == "__main__":
    main()
