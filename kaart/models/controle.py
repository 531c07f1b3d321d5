"""Freshness checks ("Klopt dit nog?"): one reminder mail per organisation with a one-click link.

The link carries a random token; only its SHA-256 hash is stored, so a database leak does not
leak working links. A token is single-use (`gebruikt_op`) and expires (`verloopt_op`).
"""

import hashlib
import secrets

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def hash_token(token):
    return hashlib.sha256(token.encode()).hexdigest()


class ControleverzoekQuerySet(models.QuerySet):
    def onbeantwoord(self):
        return self.filter(gebruikt_op__isnull=True)

    def geldig(self, nu=None):
        return self.onbeantwoord().filter(verloopt_op__gt=nu or timezone.now())


class Controleverzoek(models.Model):
    organisatie = models.ForeignKey(
        "kaart.OrganisatiePage", verbose_name=_("organisatie"), on_delete=models.CASCADE,
        related_name="controleverzoeken",
    )
    email = models.EmailField(_("verstuurd naar"))
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    verstuurd_op = models.DateTimeField(_("verstuurd op"), default=timezone.now)
    verloopt_op = models.DateTimeField(_("verloopt op"))
    gebruikt_op = models.DateTimeField(_("bevestigd op"), null=True, blank=True)
    redactie_gewaarschuwd_op = models.DateTimeField(_("redactie gewaarschuwd op"), null=True, blank=True)

    objects = ControleverzoekQuerySet.as_manager()

    class Meta:
        verbose_name = _("controleverzoek")
        verbose_name_plural = _("controleverzoeken")
        ordering = ["-verstuurd_op"]
        permissions = [
            ("uitnodigen_partner", _("Kan partners uitnodigen")),
            ("bekijken_niet_actueel", _("Kan het rapport 'Niet actueel' bekijken")),
        ]

    def __str__(self):
        return f"{self.organisatie} ({self.verstuurd_op:%Y-%m-%d})"

    @classmethod
    def maak(cls, organisatie, email, geldig_tot):
        """Create a reminder and return it with its raw token (only known at this moment)."""
        token = secrets.token_urlsafe(32)
        verzoek = cls.objects.create(
            organisatie=organisatie, email=email, token_hash=hash_token(token), verloopt_op=geldig_tot
        )
        return verzoek, token

    @classmethod
    def zoek(cls, token):
        return cls.objects.select_related("organisatie").filter(token_hash=hash_token(token)).first()

    @property
    def is_verlopen(self):
        return self.verloopt_op <= timezone.now()
