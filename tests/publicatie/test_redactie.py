"""Readiness check, short links, export task, planning view, appeared marking."""


import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from publicatie.export import exporteer_editie
from publicatie.gereedheid import FOUT, WAARSCHUWING, controleer
from publicatie.models import EditiePage, ExportTaak, KorteLink, Verschijning
from publicatie.templatetags.publicatie_tags import verschenen_in
from publicatie.views import markeer_verschenen
from tests.fabrieken import EditieFactory, LeefArchiefFactory, afbeelding, gemengde_inhoud, kleine_kaart, publiceer


@pytest.fixture
def opzet(home_page):
    data = kleine_kaart(home=home_page)
    return data, LeefArchiefFactory(parent=home_page)


def test_gereedheid_ongepubliceerd_lage_resolutie_en_alt(opzet):
    data, arch = opzet
    klein = afbeelding("klein", 300, 200, alt="")
    e = EditieFactory(parent=arch, inhoud=gemengde_inhoud(data, klein))
    data["aanbod"].unpublish()
    bevindingen = controleer(e)
    teksten = [(b.niveau, b.tekst) for b in bevindingen]
    assert any(n == FOUT and "Buurtmaaltijd" in t and "niet gepubliceerd" in t for n, t in teksten)
    assert any(n == FOUT and "te klein voor druk" in t and "300" in t for n, t in teksten)
    assert any(n == WAARSCHUWING and "geen alt-tekst" in t for n, t in teksten)
    assert bevindingen[0].niveau == FOUT


def test_gereedheid_goede_afbeelding_geeft_geen_beeldwaarschuwing(opzet):
    data, arch = opzet
    groot = afbeelding("groot", 2600, 3600, alt="Het strand van Zeedorp")
    e = EditieFactory(parent=arch, inhoud=gemengde_inhoud(data, groot))
    teksten = " ".join(b.tekst for b in controleer(e))
    assert "te klein" not in teksten and "alt-tekst" not in teksten and "niet gepubliceerd" not in teksten


def test_gewijzigd_na_kiezen(opzet):
    data, arch = opzet
    e = EditieFactory(parent=arch, inhoud=gemengde_inhoud(data))
    data["aanbod"].save_revision().publish()
    assert any("gewijzigd nadat" in b.tekst for b in controleer(e))


def test_korte_code_komt_van_de_pagina_en_wijkt_uit_als_hij_bezet_is(opzet):
    from publicatie.models.gegevens import ALFABET, korte_code

    data, _arch = opzet
    aanbod = data["aanbod"]
    eigen = korte_code(f"{aanbod.pk}:{aanbod.url_path}")
    assert len(eigen) == 5 and set(eigen) <= set(ALFABET)
    assert korte_code(f"{aanbod.pk}:{aanbod.url_path}") == eigen  # the same page, the same code
    KorteLink.objects.create(code=eigen, pagina=data["kaart"])  # taken by another page
    link = KorteLink.voor(aanbod)
    assert link.code == korte_code(f"{aanbod.pk}:{aanbod.url_path}", 1) != eigen
    assert KorteLink.voor(aanbod) == link  # kept once made


def test_korte_link_overleeft_slugwijziging(opzet, client):
    data, _arch = opzet
    link = KorteLink.voor(data["aanbod"])
    assert client.get(f"/l/{link.code}/")["Location"].endswith("/buurtmaaltijd/")
    aanbod = data["aanbod"]
    aanbod.slug = "samen-eten"
    aanbod.save_revision().publish()
    response = client.get(f"/l/{link.code}/")
    assert response.status_code == 302 and response["Location"].endswith("/samen-eten/")
    assert client.get("/l/onbekend/").status_code == 404


def test_dubbele_editie_per_site_geweigerd(opzet):
    from django.core.exceptions import ValidationError

    data, arch = opzet
    EditieFactory(parent=arch, jaar=2027, kwartaal=2)
    tweede = EditieFactory(parent=arch, jaar=2027, kwartaal=3)
    tweede.kwartaal = 2
    with pytest.raises(ValidationError, match="Er is al een editie"):
        tweede.full_clean()
    tweede.kwartaal = 4
    tweede.full_clean()
    assert tweede.title == "LEEF najaar 2027"


def test_exporttaak_maakt_document(opzet):
    data, arch = opzet
    e = EditieFactory(parent=arch, inhoud=gemengde_inhoud(data))
    taak = ExportTaak.objects.create(editie=e)
    exporteer_editie.call(taak.pk)
    taak.refresh_from_db()
    assert taak.status == ExportTaak.Status.KLAAR and taak.document is not None and taak.paginas % 4 == 0
    assert taak.document.file.read(4) == b"%PDF"


def test_exporttaak_mislukt_zonder_document(opzet, monkeypatch):
    from wagtail.documents import get_document_model

    data, arch = opzet
    e = EditieFactory(parent=arch, inhoud=gemengde_inhoud(data))

    def kapot(*args, **kwargs):
        raise OSError("afbeelding beschadigd")

    monkeypatch.setattr("publicatie.pdf.bouwer.bouw_pdf_bytes", kapot)
    taak = ExportTaak.objects.create(editie=e)
    exporteer_editie.call(taak.pk)
    taak.refresh_from_db()
    assert taak.status == ExportTaak.Status.MISLUKT and "beschadigd" in taak.reden
    assert taak.document is None and not get_document_model().objects.exists()


def test_export_van_een_gestopte_worker_wordt_mislukt_en_kan_opnieuw(vandaag, opzet, client, redacteur,
                                                                     django_capture_on_commit_callbacks):
    import datetime as dt

    import time_machine
    from django.utils import timezone

    data, arch = opzet
    e = EditieFactory(parent=arch, inhoud=gemengde_inhoud(data))
    gestopt = ExportTaak.objects.create(editie=e, status=ExportTaak.Status.BEZIG, gestart=timezone.now())
    nooit_gestart = ExportTaak.objects.create(editie=e)
    # Twenty minutes later (the view reads the clock): one export has only just started.
    with time_machine.travel(timezone.now() + dt.timedelta(minutes=20)):
        net_bezig = ExportTaak.objects.create(editie=e, status=ExportTaak.Status.BEZIG, gestart=timezone.now())

        client.force_login(redacteur)
        pagina = client.get(reverse("publicatie_editie", args=[e.pk])).content.decode()
        for taak in (gestopt, nooit_gestart):
            taak.refresh_from_db()
            assert taak.status == ExportTaak.Status.MISLUKT and "achtergrondtaak is gestopt" in taak.reden
        assert "achtergrondtaak is gestopt" in pagina
        net_bezig.refresh_from_db()
        assert net_bezig.status == ExportTaak.Status.BEZIG  # a running export is left alone

        with django_capture_on_commit_callbacks(execute=True):
            antwoord = client.post(reverse("publicatie_opnieuw", args=[e.pk, gestopt.pk]))
        assert antwoord.status_code == 302
        nieuw = ExportTaak.objects.filter(editie=e).exclude(pk__in=[gestopt.pk, nooit_gestart.pk, net_bezig.pk]).get()
        assert nieuw.status == ExportTaak.Status.KLAAR and nieuw.document is not None


@pytest.fixture
def redacteur(db):
    return get_user_model().objects.create_superuser("redacteur", "r@example.org", "Wachtwoord-voor-tests-1")


def test_planning_en_export_in_admin(opzet, client, redacteur):
    data, arch = opzet
    e = EditieFactory(parent=arch, inhoud=gemengde_inhoud(data))
    client.force_login(redacteur)
    response = client.get(reverse("publicatie_planning"))
    assert response.status_code == 200 and e.title in response.content.decode()
    response = client.get(reverse("publicatie_editie", args=[e.pk]))
    assert response.status_code == 200 and "Gereedheid" in response.content.decode()
    with pytest.MonkeyPatch.context():
        response = client.post(reverse("publicatie_export", args=[e.pk]))
    assert response.status_code == 302
    # the immediate backend runs the task on commit; in a test transaction run it explicitly
    taak = ExportTaak.objects.get(editie=e)
    exporteer_editie.call(taak.pk)
    taak.refresh_from_db()
    assert taak.status == ExportTaak.Status.KLAAR


def test_verschenen_toont_link_online(opzet, client):
    data, arch = opzet
    e = EditieFactory(parent=arch, inhoud=gemengde_inhoud(data))
    assert verschenen_in(data["aanbod"])["edities"] == []
    markeer_verschenen(e)
    assert Verschijning.objects.filter(editie=e, pagina=data["aanbod"]).exists()
    assert [x.pk for x in verschenen_in(data["aanbod"])["edities"]] == [e.pk]
    e = EditiePage.objects.get(pk=e.pk)
    assert e.status == "verschenen"
    inhoud = client.get(e.url).content.decode()
    assert "Buurtmaaltijd" in inhoud and data["aanbod"].url in inhoud


def test_online_editie_linkt_naar_vertaalde_paginas(opzet, client, locale_en):
    """The magazine is Dutch; the edition page in English sends readers to the English pages."""
    from django.core.management import call_command
    from wagtail_localize.models import LocaleSynchronization

    data, arch = opzet
    e = EditieFactory(parent=arch, inhoud=[("aanbod", {"pagina": data["aanbod"].pk}),
                                           ("aanbod", {"pagina": data["org"].pk})])
    markeer_verschenen(e)  # only an edition that has appeared is public
    LocaleSynchronization.objects.get_or_create(locale=locale_en, defaults={"sync_from": e.locale})
    call_command("sync_locale_trees", verbosity=0)
    engels = data["aanbod"].get_translation(locale_en)  # the alias the tree sync made ...
    engels.alias_of = None  # ... turned into a real translation, as the translation editor does
    engels.title = "Neighbourhood meal"
    engels.save_revision().publish()

    en = client.get(e.get_translation(locale_en).url).content.decode()
    assert "Neighbourhood meal" in en and engels.url in en
    # The organisation is not translated: its page in the English tree (Dutch text, with a notice).
    assert data["org"].get_translation(locale_en).url in en
    nl = client.get(e.url).content.decode()
    assert "Buurtmaaltijd" in nl and data["aanbod"].url in nl and "Neighbourhood meal" not in nl


def test_drukproef_preview_geeft_pdf(opzet, client, redacteur):
    data, arch = opzet
    e = EditieFactory(parent=arch, inhoud=gemengde_inhoud(data))
    client.force_login(redacteur)
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[e.pk])
    post = {"title": e.title, "slug": e.slug, "jaar": 2027, "kwartaal": 2, "inhoud-count": 0,
            "kopij_deadline": "2027-02-15"}
    assert client.post(url, post).status_code == 200
    response = client.get(url + "?mode=drukproef")
    assert response["Content-Type"] == "application/pdf" and response.content.startswith(b"%PDF")


def test_status_volgt_workflow(opzet, redacteur):
    from publicatie.workflow import zorg_voor_workflow

    data, arch = opzet
    workflow = zorg_voor_workflow(arch)
    e = EditieFactory(parent=arch, inhoud=gemengde_inhoud(data))
    assert e.status == "planning"
    state = workflow.start(e, redacteur)
    assert EditiePage.objects.get(pk=e.pk).status == "redactie"
    state.current_task_state.task.specific.on_action(state.current_task_state, redacteur, "approve")
    assert EditiePage.objects.get(pk=e.pk).status == "drukproef"
    # the planning view reads all statuses with a constant number of queries
    zorg_voor_workflow(arch)
    assert workflow.workflow_tasks.count() == 3


def test_planning_queries_groeien_niet_mee(vandaag, opzet, client, redacteur, django_assert_max_num_queries):
    """The archive of appeared editions reads all statuses with a constant number of queries (open
    editions are checked for readiness one by one on the board; there are one or two of those).
    On the vandaag clock: the board's readiness findings follow today, and both counts describe one day."""
    import datetime as dt

    from publicatie.workflow import zorg_voor_workflow

    data, arch = opzet
    workflow = zorg_voor_workflow(arch)
    client.force_login(redacteur)

    def verschenen(kwartaal):
        e = EditieFactory(parent=arch, jaar=2026, kwartaal=kwartaal)
        workflow.start(e, redacteur)
        EditiePage.objects.filter(pk=e.pk).update(verschenen_op=dt.date(2026, 3 * kwartaal - 2, 1))

    verschenen(1)
    client.get(reverse("publicatie_planning"))  # warm caches (site, settings, menu)
    with django_assert_max_num_queries(60) as weinig:
        client.get(reverse("publicatie_planning"))
    weinig = len(weinig.captured_queries)  # the log is emptied by the next request
    for kwartaal in (2, 3, 4):
        verschenen(kwartaal)
    client.get(reverse("publicatie_planning"))  # the first request after a change reloads what is kept in memory
    with django_assert_max_num_queries(weinig):
        response = client.get(reverse("publicatie_planning"))
    assert response.content.decode().count("Bekijk gereedheid") == 4


def test_admin_aanmaken_dubbel_kwartaal_geeft_foutmelding(opzet, client, redacteur):
    data, arch = opzet
    EditieFactory(parent=arch, jaar=2027, kwartaal=2)
    client.force_login(redacteur)
    url = reverse("wagtailadmin_pages:add", args=["publicatie", "editiepage", arch.pk])
    post = {"title": "x", "slug": "nog-een", "jaar": 2027, "kwartaal": 2, "inhoud-count": 0}
    response = client.post(url, post)
    assert response.status_code == 200
    assert "Er is al een editie voor voorjaar 2027" in response.content.decode()
    assert EditiePage.objects.count() == 1
    post.update(kwartaal=3, slug="zomer")
    response = client.post(url, post)
    assert response.status_code == 302
    assert EditiePage.objects.get(slug="zomer").title == "LEEF zomer 2027"


def test_verschenen_in_staat_op_elke_geprinte_pagina(opzet, client):
    """base.html shows the line on any page that appeared (kaart/verhalen templates need nothing)."""
    from home.models import StandardPage

    data, arch = opzet
    e = EditieFactory(parent=arch, inhoud=gemengde_inhoud(data))
    pagina = publiceer(data["kaart"].get_parent(), StandardPage(title="Over ons", slug="over-ons"))
    assert "Verschenen in" not in client.get(pagina.url).content.decode()
    markeer_verschenen(e)
    Verschijning.objects.create(editie=e, pagina=pagina)
    html = client.get(pagina.url).content.decode()
    assert "Verschenen in" in html and EditiePage.objects.get(pk=e.pk).url in html
