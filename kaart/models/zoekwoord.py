"""Synonyms editors maintain: a resident's own word leads to the words the offerings use."""

import re

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel


def woorden_uit(tekst):
    """The lower-case words of a text (letters and digits; 'Mantelzorg-cafe' gives two words)."""
    return re.findall(r"\w+", (tekst or "").lower())


class Zoekwoord(models.Model):
    """Whoever searches for `woord` also finds what the words in `ook` find ('eenzaam' -> 'alleen')."""

    woord = models.CharField(
        _("woord"), max_length=60, unique=True,
        help_text=_("Een woord dat bewoners intypen, bijvoorbeeld 'eenzaam'. Eén woord, zonder spaties."),
    )
    ook = models.CharField(
        _("zoek ook op"), max_length=500,
        help_text=_("Woorden die hetzelfde betekenen of die in het aanbod staan, met komma's ertussen. "
                    "Bijvoorbeeld: alleen, contact, ontmoeten."),
    )

    panels = [FieldPanel("woord"), FieldPanel("ook")]

    class Meta:
        verbose_name = _("zoekwoord")
        verbose_name_plural = _("zoekwoorden")
        ordering = ["woord"]

    def __str__(self):
        return self.woord

    def clean(self):
        woorden = woorden_uit(self.woord)
        if len(woorden) != 1:
            raise ValidationError({"woord": _("Vul één woord in, zonder spaties of leestekens.")})
        self.woord = woorden[0]
        if not self.synoniemen():
            raise ValidationError({"ook": _("Vul minstens één ander woord in.")})

    def synoniemen(self):
        return [w for w in woorden_uit(self.ook) if w != self.woord]
