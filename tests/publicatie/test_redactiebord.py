"""The editorial board: new editions, article rows, reminders, the workflow gates and choosers."""

import datetime as dt
from decimal import Decimal

from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import Page

from publicatie.blocks import EditieStreamBlock
from publicatie.export import exporteer_editie
from publicatie.herinneringen import stuur_herinneringen
from publicatie.inhoud import items
from publicatie.models import EditieArtikel, EditiePage, ExportTaak
from tests.fabrieken import EditieFactory, UserFactory, gemengde_inhoud

# --- New edition -------------------------------------------------------------------------------


def test_nieuwe_editie_krijgt_titel_slug_en_planning(vandaag, opzet, client, anna):
    _data, arch = opzet
    client.force_login(anna)
    bord = client.get(reverse("publicatie_planning")).content.decode()
    assert "Nieuwe editie" in bord
    jaar, kwartaal = vandaag.year, (vandaag.month - 1) // 3 + 1
    volgend = (jaar, kwartaal + 1) if kwartaal < 4 else (jaar + 1, 1)
    response = client.post(reverse("publicatie_nieuwe_editie"), {"kwartaal": f"{arch.pk}-{volgend[0]}-{volgend[1]}"})
    e = EditiePage.objects.get(jaar=volgend[0], kwartaal=volgend[1])
    assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_pages:edit", args=[e.pk])
    assert e.title == f"LEEF {e.seizoen} {e.jaar}" and e.slug == f"{e.seizoen}-{e.jaar}"
    assert not e.live and e.get_parent().pk == arch.pk
    assert e.kopij_deadline < e.drukdatum < e.begin

    # The same quarter again, or nonsense: a message, nothing changes.
    for waarde in (f"{arch.pk}-{volgend[0]}-{volgend[1]}", "x", f"{arch.pk}-1999-1"):
        response = client.post(reverse("publicatie_nieuwe_editie"), {"kwartaal": waarde}, follow=True)
        assert response.status_code == 200 and "Kies" in response.content.decode()
    assert EditiePage.objects.count() == 1


def test_nieuwe_editie_niet_voor_een_partner(opzet, client):
    _data, arch = opzet
    client.force_login(UserFactory(username="partner"))
    response = client.post(reverse("publicatie_nieuwe_editie"), {"kwartaal": f"{arch.pk}-2030-1"})
    # No admin access at all: Wagtail sends the partner to its login page.
    assert (response.status_code, response["Location"].split("?")[0]) == (302, "/admin/login/")
    assert not EditiePage.objects.exists()


def test_partner_ziet_de_artikelplanning_niet(opzet, client):
    data, arch = opzet
    e = EditieFactory(parent=arch, inhoud=gemengde_inhoud(data))
    artikel = EditieArtikel.objects.create(editie=e, titel="Geheim plan", status="idee")
    client.force_login(UserFactory(username="partner"))
    for url in (reverse("publicatie_artikelen:index"), reverse("publicatie_artikelen:edit", args=[artikel.pk]),
                reverse("publicatie_planning")):
        response = client.get(url)
        assert (response.status_code, response["Location"].split("?")[0]) == (302, "/admin/login/"), url
        assert "Geheim plan" not in response.content.decode(), url


def test_admin_formulier_vult_titel_en_slug_zelf_in(opzet, client, anna):
    _data, arch = opzet
    client.force_login(anna)
    url = reverse("wagtailadmin_pages:add", args=["publicatie", "editiepage", arch.pk])
    response = client.post(url, {"title": "", "slug": "", "jaar": 2028, "kwartaal": 3, "inhoud-count": 0})
    assert response.status_code == 302
    e = EditiePage.objects.get(jaar=2028)
    assert (e.title, e.slug) == ("LEEF zomer 2028", "zomer-2028")


# --- Article rows, board, reminders ------------------------------------------------------------

def test_bord_toont_artikelen_budget_te_laat_gereedheid_en_alarm(vandaag, opzet, client, anna):
    data, arch = opzet
    e = EditieFactory(parent=arch, inhoud=gemengde_inhoud(data), kopij_deadline=vandaag - dt.timedelta(days=10),
                      drukdatum=vandaag - dt.timedelta(days=1))
    EditieArtikel.objects.create(editie=e, titel="Samen eten in Zeedorp", status="gevraagd", partner=data["org"],
                                 eigenaar=anna, paginas=Decimal("1.5"))
    EditieArtikel.objects.create(editie=e, titel="Column", status="binnen", paginas=1,
                                 kopij_deadline=vandaag + dt.timedelta(days=5))
    client.force_login(anna)
    html = client.get(reverse("publicatie_planning")).content.decode()
    assert "Samen eten in Zeedorp" in html and "Tekst gevraagd" in html and "Buurthuis De Schelp" in html
    assert "Anna" in html and "2,5" in html  # 1.5 + 1 pages, written the Dutch way
    assert html.count("(te laat") == 1 and "1 tekst te laat" in html
    assert "De drukdatum" in html and 'role="alert"' in html
    assert "geen fouten" in html

    data["aanbod"].unpublish()
    html = client.get(reverse("publicatie_planning")).content.decode()
    assert "1 fout" in html


def test_bord_begint_met_de_editie_die_het_eerst_naar_de_drukker_gaat(opzet, client, anna):
    _data, arch = opzet
    EditieFactory(parent=arch, jaar=2027, kwartaal=3)
    EditieFactory(parent=arch, jaar=2027, kwartaal=2)
    EditieFactory(parent=arch, jaar=2028, kwartaal=1)
    client.force_login(anna)
    html = client.get(reverse("publicatie_planning")).content.decode()
    assert html.index("LEEF voorjaar 2027") < html.index("LEEF zomer 2027") < html.index("LEEF winter 2028")


def test_geen_alarm_als_drukdatum_nog_komt(vandaag, opzet, client, anna):
    data, arch = opzet
    EditieFactory(parent=arch, inhoud=gemengde_inhoud(data), kopij_deadline=vandaag - dt.timedelta(days=10),
                  drukdatum=vandaag + dt.timedelta(days=1))
    client.force_login(anna)
    assert 'role="alert"' not in client.get(reverse("publicatie_planning")).content.decode()


def test_artikel_toevoegen_via_admin(vandaag, opzet, client, anna):
    data, arch = opzet
    e = EditieFactory(parent=arch, inhoud=gemengde_inhoud(data))
    client.force_login(anna)
    url = reverse("publicatie_artikelen:add")
    form = client.get(url + f"?editie={e.pk}")
    assert form.status_code == 200 and form.context["form"]["editie"].value() == e.pk
    assert form.context["form"]["eigenaar"].value() == anna.pk
    post = {"editie": e.pk, "titel": "Wandelen met de buurt", "status": "gevraagd", "eigenaar": anna.pk,
            "partner": "", "partner_email": "", "kopij_deadline": "", "paginas": "1", "notitie": ""}
    response = client.post(url, post)
    assert response.status_code == 200 and "Kies de partner" in response.content.decode()
    assert not EditieArtikel.objects.exists()
    post["partner"] = data["org"].pk
    response = client.post(url, post)
    assert response.status_code == 302 and response["Location"] == reverse("publicatie_planning")
    artikel = EditieArtikel.objects.get()
    assert artikel.herinnering_aan == "info@deschelp.example" and artikel.deadline == e.kopij_deadline


def test_herinnering_aan_partner_met_te_late_kopij(vandaag, opzet, anna):
    data, arch = opzet
    e = EditieFactory(parent=arch, inhoud=gemengde_inhoud(data), kopij_deadline=vandaag - dt.timedelta(days=2))
    te_laat = EditieArtikel.objects.create(editie=e, titel="Samen eten", status="gevraagd", partner=data["org"],
                                           eigenaar=anna)
    EditieArtikel.objects.create(editie=e, titel="Al binnen", status="binnen", partner=data["org"])
    EditieArtikel.objects.create(editie=e, titel="Nog tijd", status="gevraagd", partner=data["org"],
                                 kopij_deadline=vandaag + dt.timedelta(days=3))

    verstuurd, mislukt = stuur_herinneringen(vandaag)
    assert [a.pk for a in verstuurd] == [te_laat.pk] and not mislukt
    assert len(mail.outbox) == 1
    bericht = mail.outbox[0]
    assert bericht.to == ["info@deschelp.example"] and bericht.reply_to == ["anna@example.org"]
    assert "Samen eten" in bericht.body and e.title in bericht.subject and "Anna" in bericht.body
    te_laat.refresh_from_db()
    assert te_laat.herinnerd_op is not None

    # Not again the next day; again after three days.
    stuur_herinneringen(vandaag + dt.timedelta(days=1))
    assert len(mail.outbox) == 1
    stuur_herinneringen(vandaag + dt.timedelta(days=3))
    assert len(mail.outbox) == 2

    # An edition that appeared reminds nobody.
    EditiePage.objects.filter(pk=e.pk).update(verschenen_op=vandaag)
    stuur_herinneringen(vandaag + dt.timedelta(days=10))
    assert len(mail.outbox) == 2


def test_herinnering_die_mislukt_komt_terug(vandaag, opzet, settings):
    data, arch = opzet
    e = EditieFactory(parent=arch, inhoud=gemengde_inhoud(data), kopij_deadline=vandaag - dt.timedelta(days=2))
    artikel = EditieArtikel.objects.create(editie=e, titel="Samen eten", status="gevraagd", partner=data["org"])
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", 9  # nothing listens: the send fails
    verstuurd, mislukt = stuur_herinneringen(vandaag)
    assert not verstuurd and [a.pk for a in mislukt] == [artikel.pk]
    artikel.refresh_from_db()
    assert artikel.herinnerd_op is None


def test_commando_herinner_kopij(vandaag, opzet, capsys):
    data, arch = opzet
    e = EditieFactory(parent=arch, inhoud=gemengde_inhoud(data), kopij_deadline=vandaag - dt.timedelta(days=2),
                      drukdatum=vandaag - dt.timedelta(days=1))
    EditieArtikel.objects.create(editie=e, titel="Samen eten", status="gevraagd", partner=data["org"])
    call_command("herinner_kopij")
    uit = capsys.readouterr()
    assert "Herinnering verstuurd" in uit.out and "1 herinnering(en)" in uit.out
    assert "drukdatum" in uit.err and len(mail.outbox) == 1


# --- Export title ---------------------------------------------------------------------------------

def test_export_met_open_waarschuwing_heet_niet_drukklaar(opzet):
    data, arch = opzet
    e = EditieFactory(parent=arch, inhoud=gemengde_inhoud(data))
    taak = ExportTaak.objects.create(editie=e)
    exporteer_editie.call(taak.pk)
    assert ExportTaak.objects.get(pk=taak.pk).document.title == f"{e.title} (drukklaar)"

    data["aanbod"].save_revision()  # unpublished changes in a chosen page: a warning
    taak = ExportTaak.objects.create(editie=e)
    exporteer_editie.call(taak.pk)
    taak = ExportTaak.objects.get(pk=taak.pk)
    assert "(drukklaar)" not in taak.document.title and "drukproef, 1 punt open" in taak.document.title
    assert "nog niet gepubliceerd" in taak.log


# --- Choosers and blocks --------------------------------------------------------------------------

def test_chooser_vanuit_editie_toont_alleen_de_taal_van_de_editie(opzet, client, anna, locale_en):
    from wagtail_localize.models import LocaleSynchronization

    data, arch = opzet
    e = EditieFactory(parent=arch, inhoud=gemengde_inhoud(data))
    LocaleSynchronization.objects.get_or_create(locale=locale_en, defaults={"sync_from": e.locale})
    call_command("sync_locale_trees", verbosity=0)
    engels = data["aanbod"].get_translation(locale_en)
    client.force_login(anna)
    zoek = reverse("wagtailadmin_choose_page_search") + "?q=Buurtmaaltijd&page_type=kaart.aanbodpage"
    overal = client.get(zoek)
    assert {p.pk for p in overal.context["pages"]} == {data["aanbod"].pk, engels.pk}
    vanuit_editie = client.get(zoek, HTTP_REFERER="http://testserver" + reverse("wagtailadmin_pages:edit",
                                                                                 args=[e.pk]))
    assert [p.pk for p in vanuit_editie.context["pages"]] == [data["aanbod"].pk]
    nieuw = reverse("wagtailadmin_pages:add", args=["publicatie", "editiepage", arch.pk])
    vanuit_nieuw = client.get(zoek, HTTP_REFERER="http://testserver" + nieuw)
    assert [p.pk for p in vanuit_nieuw.context["pages"]] == [data["aanbod"].pk]


def test_formulier_weigert_pagina_in_andere_taal(opzet, client, anna, locale_en):
    from wagtail_localize.models import LocaleSynchronization

    data, arch = opzet
    e = EditieFactory(parent=arch)
    LocaleSynchronization.objects.get_or_create(locale=locale_en, defaults={"sync_from": e.locale})
    call_command("sync_locale_trees", verbosity=0)
    engels = data["aanbod"].get_translation(locale_en)
    client.force_login(anna)
    url = reverse("wagtailadmin_pages:edit", args=[e.pk])
    post = {"title": "", "slug": e.slug, "jaar": e.jaar, "kwartaal": e.kwartaal, "kopij_deadline": "2027-02-15",
            "inhoud-count": 1, "inhoud-0-type": "aanbod", "inhoud-0-deleted": "", "inhoud-0-order": 0,
            "inhoud-0-value-pagina": engels.pk}
    response = client.post(url, post)
    assert response.status_code == 200 and "Kies alleen pagina&#x27;s in de taal van deze editie" in \
        response.content.decode()
    assert len(Page.objects.get(pk=e.pk).specific.get_latest_revision_as_object().inhoud) == 0
    post["inhoud-0-value-pagina"] = data["aanbod"].pk
    assert client.post(url, post).status_code == 302


def test_agenda_en_vacatures_voegen_geen_lege_kiesregel_in(opzet):
    blok = EditieStreamBlock()
    assert list(blok.child_blocks["agenda"].child_blocks["uitsluiten"].get_default()) == []
    assert list(blok.child_blocks["vacatures"].child_blocks["vacatures"].get_default()) == []
    # An edition saved with an empty row (before this fix) prints the newest vacancies: automatic.
    data, arch = opzet
    e = EditieFactory(parent=arch, inhoud=[("vacatures", {"kop": "Vrijwilliger worden?", "vacatures": [None],
                                                          "maximaal": 6})])
    (item,) = items(e)
    assert [p.pk for p in item.pagina] == [data["vacature"].pk]
