"""Personal data sent through the site: questions to an organisation ("Meer informatie aanvragen")
and registrations for activities. Plain Django models (not content): kept for a short time and
deleted by `manage.py purge_contact_requests` after LEEFMEE_CONTACT_BEWAARTERMIJN_DAGEN days."""

import datetime as dt

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

STANDAARD_BEWAARTERMIJN_DAGEN = 90


def bewaartermijn():
    return dt.timedelta(days=getattr(settings, "LEEFMEE_CONTACT_BEWAARTERMIJN_DAGEN", STANDAARD_BEWAARTERMIJN_DAGEN))


class Verzendstatus(models.TextChoices):
    NIEUW = "nieuw", _("Nog niet verstuurd")
    VERSTUURD = "verstuurd", _("Doorgestuurd naar de organisatie")
    MISLUKT = "mislukt", _("Versturen mislukt")
    GEEN_ADRES = "geen_adres", _("Geen e-mailadres bekend")


class BewaarQuerySet(models.QuerySet):
    def verlopen(self, nu=None):
        return self.filter(aangemaakt__lt=(nu or timezone.now()) - bewaartermijn())


class PersoonsgegevensBasis(models.Model):
    naam = models.CharField(_("naam"), max_length=120)
    telefoon = models.CharField(_("telefoon"), max_length=30, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    organisatie = models.ForeignKey(
        "kaart.OrganisatiePage", verbose_name=_("organisatie"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )
    ontvanger = models.EmailField(_("verstuurd naar"), blank=True)
    aangemaakt = models.DateTimeField(_("ontvangen op"), default=timezone.now, db_index=True)
    gemaild_op = models.DateTimeField(_("gemaild op"), null=True, blank=True)
    status = models.CharField(_("status"), max_length=12, choices=Verzendstatus.choices, default=Verzendstatus.NIEUW)
    # Filled by the mail task and the outbox (`verstuur_wachtende_mail`), so editors see why mail is late.
    pogingen = models.PositiveSmallIntegerField(_("verzendpogingen"), default=0)
    laatste_fout = models.CharField(_("laatste fout bij versturen"), max_length=255, blank=True)

    objects = BewaarQuerySet.as_manager()

    class Meta:
        abstract = True
        ordering = ["-aangemaakt"]

    def __str__(self):
        return f"{self.naam} ({timezone.localtime(self.aangemaakt):%d-%m-%Y %H:%M})"


class Contactverzoek(PersoonsgegevensBasis):
    pagina = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("over pagina"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )
    vraag = models.TextField(_("vraag"), max_length=2000)

    class Meta(PersoonsgegevensBasis.Meta):
        verbose_name = _("contactverzoek")
        verbose_name_plural = _("contactverzoeken")
        # Inzage and deletion per person (AVG) covers every kind of personal data, so it is a right of its own.
        permissions = [("beheer_persoonsgegevens", _("Kan persoonsgegevens per persoon inzien en verwijderen (AVG)"))]


class Aanmelding(PersoonsgegevensBasis):
    activiteit = models.ForeignKey(
        "kaart.ActiviteitPage", verbose_name=_("activiteit"), on_delete=models.CASCADE, related_name="aanmeldingen"
    )
    datum = models.DateField(_("datum"), null=True, blank=True)
    aantal_personen = models.PositiveSmallIntegerField(_("aantal personen"), default=1)
    opmerking = models.CharField(_("opmerking"), max_length=500, blank=True)

    class Meta(PersoonsgegevensBasis.Meta):
        verbose_name = _("aanmelding")
        verbose_name_plural = _("aanmeldingen")
        indexes = [models.Index(fields=["activiteit", "datum"])]
