"""The articles planned for an edition: one row per article on the editorial board.

A plain model (not part of the edition's revisions): the board, the reminders and the status of an
article change every day, independent of drafts and approvals of the edition page itself.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _


class EditieArtikel(models.Model):
    class Status(models.TextChoices):
        IDEE = "idee", _("Idee")
        GEVRAAGD = "gevraagd", _("Tekst gevraagd")
        BINNEN = "binnen", _("Tekst binnen")
        GEREDIGEERD = "geredigeerd", _("Geredigeerd")
        DRUKKLAAR = "drukklaar", _("Drukklaar")

    editie = models.ForeignKey("publicatie.EditiePage", verbose_name=_("editie"), on_delete=models.CASCADE,
                               related_name="artikelen")
    titel = models.CharField(_("werktitel"), max_length=200)
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.IDEE)
    eigenaar = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("redacteur"), null=True, blank=True,
                                 on_delete=models.SET_NULL, related_name="+",
                                 help_text=_("Wie van de redactie dit artikel begeleidt."))
    partner = models.ForeignKey("kaart.OrganisatiePage", verbose_name=_("partner die de tekst schrijft"), null=True,
                                blank=True, on_delete=models.SET_NULL, related_name="+")
    partner_email = models.EmailField(_("e-mail voor de herinnering"), blank=True,
                                      help_text=_("Leeg: het e-mailadres van de contactpersoon of de organisatie."))
    kopij_deadline = models.DateField(_("deadline kopij"), null=True, blank=True,
                                      help_text=_("Leeg: de deadline van de editie."))
    paginas = models.DecimalField(_("pagina's (budget)"), max_digits=3, decimal_places=1, default=1,
                                  validators=[MinValueValidator(0.5), MaxValueValidator(32)])
    notitie = models.TextField(_("notitie"), blank=True)
    herinnerd_op = models.DateTimeField(_("laatste herinnering"), null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("artikel in LEEF")
        verbose_name_plural = _("artikelen in LEEF")
        ordering = ["editie", "kopij_deadline", "pk"]

    def __str__(self):
        return self.titel

    @property
    def deadline(self):
        return self.kopij_deadline or (self.editie.kopij_deadline if self.editie_id else None)

    def kopij_te_laat(self, vandaag):
        """Copy was asked for and the deadline has passed."""
        return self.status == self.Status.GEVRAAGD and bool(self.deadline) and self.deadline < vandaag

    @property
    def herinnering_aan(self):
        """The address a reminder goes to ('' when nobody can be reached)."""
        if self.partner_email:
            return self.partner_email
        if self.partner is not None:
            return self.partner.contactpersoon_email or self.partner.email
        return ""

    def clean(self):
        super().clean()
        if self.status == self.Status.GEVRAAGD and self.partner_id is None and not self.partner_email:
            raise ValidationError({"partner": _("Kies de partner die om de tekst is gevraagd, of vul een "
                                                "e-mailadres in.")})
        if self.status == self.Status.GEVRAAGD and not self.herinnering_aan:
            raise ValidationError({"partner_email": _("Deze organisatie heeft geen e-mailadres. Vul een e-mailadres "
                                                      "in voor de herinnering.")})
        if self.editie_id and self.kopij_deadline and self.editie.drukdatum \
                and self.kopij_deadline > self.editie.drukdatum:
            raise ValidationError({"kopij_deadline": _("De deadline moet voor de drukdatum van de editie liggen.")})
