"""Requests under the AVG (GDPR) per person: inzage (export) and deletion of everything the site holds
about one e-mail address. Used by the admin view and by `manage.py persoonsgegevens`.

The audit log gets one entry per affected record (Wagtail's ModelLogEntry, grouped by a shared uuid)
with counts and a keyed hash of the address, never the address or the name: the log must not keep
what was just deleted. The hash lets an administrator check later whether a given address was handled.
"""

import json
import uuid

from django.core.exceptions import ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.core.validators import validate_email
from django.db import models, transaction
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log
from wagtail.models import Page

from leefmee.toegang import beperk

from .models.contact import Aanmelding, Contactverzoek
from .models.suggestie import Wijzigingsvoorstel

PERMISSIE = "kaart.beheer_persoonsgegevens"
EXPORT = "kaart.persoonsgegevens_export"
VERWIJDERD = "kaart.persoonsgegevens_verwijderd"

# (key in the export and the counts, model, label, related rows fetched along)
SOORTEN = (
    ("vragen", Contactverzoek, _("Vragen aan organisaties"), ("pagina", "organisatie")),
    ("aanmeldingen", Aanmelding, _("Aanmeldingen voor activiteiten"), ("activiteit", "organisatie")),
    ("wijzigingsvoorstellen", Wijzigingsvoorstel, _("Wijzigingsvoorstellen"), ("page", "afgehandeld_door")),
)
# The page links that place a record in a municipality's tree (leefmee.toegang), first set decides.
GEMEENTE_VELDEN = {
    Contactverzoek: ("organisatie", "pagina"),
    Aanmelding: ("organisatie", "activiteit"),
    Wijzigingsvoorstel: ("page",),
}


def controleer(email):
    """The address, stripped; ValidationError with a Dutch message when it is not an e-mail address."""
    email = (email or "").strip()
    try:
        validate_email(email)
    except ValidationError:
        raise ValidationError(_("Dit is geen geldig e-mailadres. Controleer het adres en probeer het opnieuw."),
                              code="invalid") from None
    return email


def _records(model, email, user=None):
    """The records of the address; with `user`, only those of the user's municipality (an editor
    of one municipality neither reads nor deletes another's residents' data). Without a user
    (the management command): all of them."""
    records = model.objects.filter(email__iexact=email)
    if user is not None:
        records = beperk(records, user, *GEMEENTE_VELDEN[model])
    return records


def tel(email, user=None):
    """{key: count}: one query per kind, however many records there are."""
    return {sleutel: _records(model, email, user).count() for sleutel, model, _label, _rel in SOORTEN}


def _waarde(obj, veld):
    if isinstance(veld, models.ForeignKey):
        gekoppeld = getattr(obj, veld.name)
        if gekoppeld is None:
            return None
        # A page is described by its title; other links (the editor who handled a suggestion) by id only.
        if isinstance(gekoppeld, Page):
            return {"id": gekoppeld.pk, "titel": gekoppeld.title}
        return {"id": gekoppeld.pk}
    return veld.value_from_object(obj)


def gegevens(email, user=None):
    """Everything stored about the address (in the user's municipality), every field of every record."""
    uitvoer = {"emailadres": email, "gemaakt_op": timezone.now()}
    for sleutel, model, _label, rel in SOORTEN:
        velden = model._meta.concrete_fields
        uitvoer[sleutel] = [
            {veld.name: _waarde(obj, veld) for veld in velden}
            for obj in _records(model, email, user).select_related(*rel).order_by("pk")
        ]
    return uitvoer


def als_json(data):
    return json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)


def sleutel(email):
    """A keyed hash (SECRET_KEY) of the address: not reversible by trying likely addresses."""
    return salted_hmac("kaart.persoonsgegevens", email.strip().lower(), algorithm="sha256").hexdigest()


def _log(actie, email, user, aantallen, verwijderd=False):
    groep = uuid.uuid4()
    data = {"aantallen": aantallen, "sleutel": sleutel(email)}
    for _soort, model, _label, _rel in SOORTEN:
        for pk in _records(model, email, user).values_list("pk", flat=True):
            obj = model(pk=pk)
            # An explicit title: the default (str(obj)) would carry the person's name into the log.
            log(obj, actie, user=user, uuid=groep, title=f"{model._meta.verbose_name} {pk}", data=data,
                deleted=verwijderd)


def exporteer(email, user=None):
    """The JSON export of one person; the export is logged."""
    data = gegevens(email, user)
    _log(EXPORT, email, user, {s: len(data[s]) for s, *_rest in SOORTEN})
    return als_json(data)


@transaction.atomic
def verwijder(email, user=None):
    """Delete every record of the address. Returns {key: count deleted}."""
    aantallen = tel(email, user)
    _log(VERWIJDERD, email, user, aantallen, verwijderd=True)
    return {s: _records(model, email, user).delete()[1].get(model._meta.label, 0)
            for s, model, _label, _rel in SOORTEN}
