"""`import_hsds`: HSDS JSON in as drafts for review, matched by stable id, all-or-nothing per organisation."""

import json

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Page, Revision, Workflow, WorkflowState

from kaart.models import AanbodPage, ActiviteitPage, OrganisatiePage
from kaart.opendata.importeren import importeer
from tests.fabrieken import KaartFactory, UserFactory
from tests.fabrieken import opendata as f


@pytest.fixture
def data(home_page):
    return f.directory(home_page)


@pytest.fixture
def export(data, tmp_path):
    call_command("export_hsds", "--output", str(tmp_path / "export"), verbosity=0)
    return tmp_path / "export"


def organisaties_json(export):
    return json.loads((export / "organizations.json").read_text())


def schrijf(tmp_path, inhoud, naam="in.json"):
    pad = tmp_path / naam
    pad.write_text(inhoud if isinstance(inhoud, str) else json.dumps(inhoud), encoding="utf-8")
    return pad


def stand():
    """Counts that an import must not change when it fails."""
    return (Page.objects.count(), Revision.objects.count(), WorkflowState.objects.count())


def inhoud(page):
    """What the round trip must keep: names, descriptions, taxonomy links (from the latest revision)."""
    page = page.get_latest_revision_as_object()
    links = {}
    for relatie in ("dimensie_koppelingen", "vraag_koppelingen", "doelgroep_koppelingen", "gebied_koppelingen",
                    "kenmerk_koppelingen"):
        if hasattr(page, relatie):
            veld = {"vraag_koppelingen": "vraag"}.get(relatie, relatie.split("_")[0])
            links[relatie] = sorted(getattr(r, f"{veld}_id") for r in getattr(page, relatie).all())
    tekst = [getattr(page, v, None) for v in ("korte_beschrijving", "beschrijving", "wat_is_het", "voor_wie")]
    return (type(page).__name__, page.title, tekst, links)


def test_round_trip_into_an_empty_directory_gives_drafts(data, export):
    voor = {str(p.translation_key): inhoud(p) for p in (data["org"], data["aanbod"], data["activiteit"])}
    data["org"].delete()
    assert not OrganisatiePage.objects.exists()

    rapport = importeer(export)

    assert rapport.fouten == []
    assert rapport.telling()["created"] == 3
    na = {}
    for model in (OrganisatiePage, AanbodPage, ActiviteitPage):
        for page in model.objects.all():
            assert page.live is False, "an import never publishes"
            assert page.get_latest_revision() is not None
            na[str(page.translation_key)] = inhoud(page)
    assert na == voor
    activiteit = ActiviteitPage.objects.get().get_latest_revision_as_object()
    moment = activiteit.momenten.all()[0]
    assert (moment.herhaling, str(moment.begintijd), activiteit.plaats) == ("wekelijks", "17:00:00", "Zeedorp")
    org = OrganisatiePage.objects.get().get_latest_revision_as_object()
    assert (org.telefoon, org.postcode, org.openingstijden.all()[0].dag) == ("0252 123 456", "2200 AA", 1)
    assert org.contactpersoon_naam == ""
    aanbod = AanbodPage.objects.get().get_latest_revision_as_object()
    assert (aanbod.kosten, aanbod.verwijzing_nodig, aanbod.verwijzing_waar, aanbod.talen) == (
        "gratis", True, "bij je huisarts", "Nederlands, Engels")


def test_imported_drafts_are_submitted_to_the_workflow(data, export):
    data["org"].delete()
    assert Workflow.objects.filter(active=True).exists()  # Wagtail's default moderation workflow
    importeer(export)
    for page in OrganisatiePage.objects.all():
        assert page.workflow_in_progress


def test_importing_twice_changes_nothing(data, export):
    data["org"].delete()
    importeer(export)
    voor = stand()
    tweede = importeer(export)
    assert tweede.fouten == []
    assert {r.status for r in tweede.regels} == {"unchanged"}
    assert stand() == voor


def test_import_over_live_pages_is_unchanged_or_draft_only(data, export):
    organisaties = organisaties_json(export)
    organisaties[0]["services"][0]["name"] = "Maatjesproject nieuw"
    pad = schrijf(export.parent, organisaties)
    rapport = importeer(pad)
    statussen = {r.naam: r.status for r in rapport.regels}
    assert statussen["Maatjesproject nieuw"] == "updated"
    # the export of a page, imported over that same page, is recognised as unchanged
    assert statussen["Buurthuis De Schelp 0"] == statussen["Samen eten 0"] == "unchanged"
    aanbod = AanbodPage.objects.get(pk=data["aanbod"].pk)
    assert aanbod.title == "Maatjesproject 0", "the live version stays until an editor publishes"
    assert aanbod.has_unpublished_changes
    assert aanbod.get_latest_revision_as_object().title == "Maatjesproject nieuw"


def test_command_reports_per_record(data, export, capsys):
    data["org"].delete()
    call_command("import_hsds", str(export / "organizations.json"))
    uit = capsys.readouterr().out
    assert "created   organisatie $[0] Buurthuis De Schelp 0" in uit
    assert "$[0].services[0]" in uit
    assert "Klaar: 3 nieuw" in uit


def test_partner_list_with_codes_instead_of_ids(home_page, tmp_path):
    KaartFactory(parent=home_page, title="Kaart")
    f.taxonomie()
    partner = [{
        "id": "3f0a1c2e-1111-4a4a-8b8b-222233334444", "name": "Sportclub Polderveen",
        "description": "Sporten voor iedereen.",
        "services": [{
            "id": "3f0a1c2e-1111-4a4a-8b8b-555566667777", "name": "Walking football", "status": "active",
            "description": "Voetbal in wandeltempo.", "email": "",
            "attributes": [{"id": "3f0a1c2e-1111-4a4a-8b8b-888899990000",
                            "taxonomy_term": {"id": "3f0a1c2e-0000-4a4a-8b8b-888899990000", "code": "jeugd",
                                              "taxonomy": "doelgroepen", "name": "Jeugd",
                                              "description": "Jeugd"}}],
        }],
    }]
    rapport = importeer(schrijf(tmp_path, partner))
    assert rapport.fouten == []
    aanbod = AanbodPage.objects.get().get_latest_revision_as_object()
    assert aanbod.title == "Walking football"
    assert [r.doelgroep.slug for r in aanbod.doelgroep_koppelingen.all()] == ["jeugd"]


# --- Malformed input: a clear report and nothing changed ------------------------------------------
def _faalt_zonder_gevolgen(pad, verwacht):
    voor = stand()
    rapport = importeer(pad)
    assert rapport.fouten, "expected an error"
    reden = " ".join(f"{r.pad} {r.reden}" for r in rapport.fouten)
    for woord in verwacht:
        assert woord in reden
    assert stand() == voor
    return rapport


def test_bad_json(data, tmp_path):
    pad = schrijf(tmp_path, '[{"id": "x",\n  "name": }]')
    _faalt_zonder_gevolgen(pad, ["Geen geldige JSON", "regel 2"])


def test_missing_required_field(data, export):
    organisaties = organisaties_json(export)
    del organisaties[0]["services"][1]["name"]
    organisaties[0]["name"] = "Gewijzigde naam"
    _faalt_zonder_gevolgen(schrijf(export.parent, organisaties), ["$[0].services[1]", "'name' is a required"])


def test_unknown_taxonomy_term_rolls_back_the_whole_organisation(data, export):
    organisaties = organisaties_json(export)
    organisaties[0]["name"] = "Gewijzigde naam"  # would be an update, must be rolled back
    attr = organisaties[0]["services"][1]["attributes"][0]
    attr["taxonomy_term_id"] = attr["taxonomy_term"]["id"] = "00000000-0000-4000-8000-000000000000"
    attr["taxonomy_term"]["code"] = "bestaat-niet"
    _faalt_zonder_gevolgen(schrijf(export.parent, organisaties),
                           ["$[0].services[1].attributes[0]", "Onbekende taxonomieterm", "hele organisatie"])
    assert OrganisatiePage.objects.get().get_latest_revision_as_object().title == "Buurthuis De Schelp 0"


def test_duplicate_ids(data, export):
    organisaties = organisaties_json(export)
    organisaties[0]["services"][1]["id"] = organisaties[0]["services"][0]["id"]
    _faalt_zonder_gevolgen(schrijf(export.parent, organisaties), ["Dubbele id"])


def test_wrong_types(data, export):
    organisaties = organisaties_json(export)
    organisaties[0]["services"][0]["name"] = 42
    organisaties[0]["locations"][0]["latitude"] = "noord"
    _faalt_zonder_gevolgen(schrijf(export.parent, organisaties),
                           ["$[0].services[0].name", "not of type 'string'", "$[0].locations[0].latitude"])


def test_not_a_list_of_organisations(data, tmp_path):
    _faalt_zonder_gevolgen(schrijf(tmp_path, '"hallo"'), ["Verwacht een lijst"])
    _faalt_zonder_gevolgen(schrijf(tmp_path, "[1, 2]", "b.json"), ["Verwacht een object"])


def test_huge_file_is_refused(data, export, settings):
    settings.OPENDATA_IMPORT_MAX_BYTES = 1000
    _faalt_zonder_gevolgen(export / "organizations.json", ["te groot", "OPENDATA_IMPORT_MAX_BYTES"])


def test_without_a_kaart_page_nothing_is_imported(home_page, tmp_path):
    partner = [{"id": "3f0a1c2e-1111-4a4a-8b8b-222233334444", "name": "Club", "description": "Een club."}]
    _faalt_zonder_gevolgen(schrijf(tmp_path, partner), ["KaartPage"])


def test_command_fails_loudly_on_errors(data, tmp_path):
    with pytest.raises(CommandError, match="niet geïmporteerd"):
        call_command("import_hsds", str(schrijf(tmp_path, "{kapot")))


# --- Tabular form (CSV + datapackage.json) ---------------------------------------------------------
@pytest.fixture
def csv_export(data, tmp_path):
    call_command("export_hsds", "--output", str(tmp_path / "csv"), "--format", "csv", verbosity=0)
    return tmp_path / "csv"


def test_csv_round_trip(data, csv_export):
    voor = {str(p.translation_key): inhoud(p) for p in (data["org"], data["aanbod"], data["activiteit"])}
    data["org"].delete()
    rapport = importeer(csv_export)
    assert rapport.fouten == []
    assert rapport.telling()["created"] == 3
    na = {str(p.translation_key): inhoud(p) for model in (OrganisatiePage, AanbodPage, ActiviteitPage)
          for p in model.objects.all()}
    assert na == voor
    tweede = importeer(csv_export / "datapackage.json")
    assert {r.status for r in tweede.regels} == {"unchanged"}


def test_csv_errors_point_at_file_and_line(data, csv_export):
    import csv

    pad = csv_export / "services.csv"
    with open(pad, encoding="utf-8", newline="") as fh:
        rijen = list(csv.reader(fh))
    rijen[1][rijen[0].index("status")] = "misschien"
    with open(pad, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(rijen)
    rapport = _faalt_zonder_gevolgen(csv_export, ["services.csv:2", "'misschien' is not one of"])
    assert rapport.fouten[0].pad.startswith("services.csv:2")


def test_csv_service_of_an_unknown_organisation(data, csv_export):
    import csv

    pad = csv_export / "services.csv"
    with open(pad, encoding="utf-8", newline="") as fh:
        rijen = list(csv.reader(fh))
    rijen[1][rijen[0].index("organization_id")] = "00000000-0000-4000-8000-000000000000"
    with open(pad, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(rijen)
    _faalt_zonder_gevolgen(csv_export, ["services.csv:2", "niet in organizations.csv"])


def test_without_a_workflow_only_a_draft_revision_is_saved(data, export):
    data["org"].delete()
    Workflow.objects.update(active=False)
    rapport = importeer(export)
    assert rapport.telling()["created"] == 3
    assert WorkflowState.objects.count() == 0
    assert not Page.objects.filter(live=True, depth__gt=3).exists()
    assert Revision.objects.filter(object_id__in=[str(p.pk) for p in OrganisatiePage.objects.all()]).count() == 1


def test_the_importing_user_is_the_requester(data, export):
    redacteur = UserFactory(username="redacteur")
    data["org"].delete()
    call_command("import_hsds", str(export), "--user", "redacteur", verbosity=0)
    state = WorkflowState.objects.get(object_id=str(OrganisatiePage.objects.get().pk))
    assert state.requested_by == redacteur
    with pytest.raises(CommandError, match="bestaat niet"):
        call_command("import_hsds", str(export), "--user", "niemand")
