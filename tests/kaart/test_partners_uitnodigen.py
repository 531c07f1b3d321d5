"""Inviting partners: `add_partner` and the admin form create group, user and an invitation mail."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import CommandError, call_command

from kaart.partners.rollen import partner_groepnaam
from tests.fabrieken import UserFactory

from .partners_helpers import *  # noqa: F403

pytestmark = pytest.mark.django_db
User = get_user_model()


def test_add_partner_creates_group_user_and_mail(client, rollen_klaar, org_a, aanbod_a):
    call_command("add_partner", "Buurthuis De Schelp", "nieuw@deschelp.example", verbosity=0)
    user = User.objects.get(email="nieuw@deschelp.example")
    assert not user.has_usable_password()
    assert user.groups.filter(name=partner_groepnaam(org_a)).exists()
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["nieuw@deschelp.example"]
    bericht = mail.outbox[0]
    assert "Buurthuis De Schelp" in bericht.body and user.username in bericht.body
    link = re.search(r"http://\S+/admin/password_reset/confirm/\S+/", bericht.body).group(0)

    # The link lets the partner choose a password, then edit its own organisation.
    response = client.get(re.sub(r"^http://[^/]+", "", link), follow=True)
    assert response.status_code == 200
    set_url = response.redirect_chain[-1][0]
    wachtwoord = "Een-Goed-Wachtwoord-77"
    response = client.post(set_url, {"new_password1": wachtwoord, "new_password2": wachtwoord})
    assert response.status_code == 302
    assert client.login(username=user.username, password=wachtwoord)
    assert client.get(f"/admin/pages/{aanbod_a.pk}/edit/").status_code == 200


def test_add_partner_twice_does_not_duplicate(rollen_klaar, org_a):
    call_command("add_partner", "Buurthuis De Schelp", "nieuw@deschelp.example", verbosity=0)
    call_command("add_partner", "buurthuis-de-schelp", "NIEUW@deschelp.example", verbosity=0)
    assert User.objects.filter(email__iexact="nieuw@deschelp.example").count() == 1
    assert Group.objects.filter(name=partner_groepnaam(org_a)).count() == 1


def test_add_partner_refuses_unknown_organisation_and_bad_email(rollen_klaar, org_a):
    with pytest.raises(CommandError, match="Geen organisatie"):
        call_command("add_partner", "Bestaat Niet", "a@example.org", verbosity=0)
    with pytest.raises(CommandError, match="e-mailadres"):
        call_command("add_partner", "Buurthuis De Schelp", "geen-adres", verbosity=0)
    assert mail.outbox == []


def test_existing_user_with_a_password_gets_no_reset_mail(rollen_klaar, org_a, org_b):
    bestaand = UserFactory(username="petra", email="petra@example.org")
    call_command("add_partner", "Sportclub Zeedorp", "petra@example.org", verbosity=0)
    assert mail.outbox == []
    assert bestaand.groups.filter(name=partner_groepnaam(org_b)).exists()
    assert bestaand.has_usable_password()


def test_editor_invites_a_partner_in_the_admin(client, redacteur, org_a):
    client.force_login(redacteur)
    assert client.get("/admin/partner-uitnodigen/").status_code == 200
    response = client.post("/admin/partner-uitnodigen/", {"organisatie": org_a.pk, "email": "fout"})
    assert response.status_code == 200 and not User.objects.filter(email="fout").exists()
    response = client.post("/admin/partner-uitnodigen/", {"organisatie": org_a.pk, "email": "via@admin.example"})
    assert response.status_code == 302
    assert User.objects.get(email="via@admin.example").groups.filter(name=partner_groepnaam(org_a)).exists()
    assert mail.outbox[0].to == ["via@admin.example"]


def test_explorer_offers_the_invite_button_to_editors_only(client, redacteur, partner_a, kaart, org_a):
    client.force_login(redacteur)
    knop = f"/admin/partner-uitnodigen/?organisatie={org_a.pk}"
    assert knop in client.get(f"/admin/pages/{kaart.pk}/").content.decode()
    response = client.get(knop)
    assert response.context["form"]["organisatie"].value() == str(org_a.pk)
    client.force_login(partner_a)
    assert "/admin/partner-uitnodigen/" not in client.get(f"/admin/pages/{kaart.pk}/").content.decode()
