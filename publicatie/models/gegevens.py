"""Data that is not content: appearances in print, short links, export jobs."""

import hashlib

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

# No 0/O, 1/l/I: a code typed over from paper must be unambiguous.
ALFABET = "23456789abcdefghjkmnpqrstuvwxyz"


class Verschijning(models.Model):  # noqa: DJ008
    """A page appeared in a printed edition. kaart/verhalen templates read this through the
    `{% verschenen_in page %}` tag; they never import publicatie."""

    editie = models.ForeignKey("publicatie.EditiePage", on_delete=models.CASCADE, related_name="verschijningen")
    pagina = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")

    class Meta:
        verbose_name = _("verschijning in LEEF")
        verbose_name_plural = _("verschijningen in LEEF")
        constraints = [models.UniqueConstraint(fields=["editie", "pagina"], name="uniek_per_editie")]


def korte_code(sleutel, poging=0, lengte=5):
    """A short code derived from the page (not drawn at random): the same content prints the same
    links, so a print file can be made again byte for byte and its layout does not shift with the
    width of random letters. The codes point at public pages: nothing to guess."""
    getal = int.from_bytes(hashlib.sha256(f"{sleutel}:{poging}".encode()).digest()[:8], "big")
    tekens = []
    for _i in range(lengte):
        getal, rest = divmod(getal, len(ALFABET))
        tekens.append(ALFABET[rest])
    return "".join(tekens)


class KorteLink(models.Model):
    """A short, typeable link printed under every item: /l/<code>/ redirects to the page's
    current URL at request time, so it survives slug changes and moves."""

    code = models.CharField(_("code"), max_length=12, unique=True)
    pagina = models.OneToOneField("wagtailcore.Page", on_delete=models.CASCADE, related_name="korte_link")
    aangemaakt = models.DateTimeField(_("aangemaakt"), auto_now_add=True)

    class Meta:
        verbose_name = _("korte link")
        verbose_name_plural = _("korte links")

    def __str__(self):
        return f"/l/{self.code}/"

    @classmethod
    def voor(cls, pagina):
        link = cls.objects.filter(pagina_id=pagina.pk).first()
        if link:
            return link
        poging = 0
        while True:
            code = korte_code(f"{pagina.pk}:{pagina.url_path}", poging)
            if not cls.objects.filter(code=code).exists():
                return cls.objects.create(code=code, pagina_id=pagina.pk)
            poging += 1

    @classmethod
    def voor_paginas(cls, paginas):
        """Links for many pages with a constant number of queries (plus one insert per new link)."""
        ids = {p.pk for p in paginas}
        links = {link.pagina_id: link for link in cls.objects.filter(pagina_id__in=ids)}
        for p in paginas:
            if p.pk not in links:
                links[p.pk] = cls.voor(p)
        return links


class ExportTaak(models.Model):
    """One PDF export of an edition, run as a background task; editors see its progress."""

    class Status(models.TextChoices):
        WACHT = "wacht", _("In de wachtrij")
        BEZIG = "bezig", _("Bezig")
        KLAAR = "klaar", _("Klaar")
        MISLUKT = "mislukt", _("Mislukt")

    editie = models.ForeignKey("publicatie.EditiePage", on_delete=models.CASCADE, related_name="exporttaken")
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.WACHT)
    reden = models.TextField(_("reden"), blank=True)
    log = models.TextField(_("meldingen"), blank=True)
    paginas = models.PositiveIntegerField(_("aantal pagina's"), null=True, blank=True)
    document = models.ForeignKey("wagtaildocs.Document", verbose_name=_("document"), null=True, blank=True,
                                 on_delete=models.SET_NULL, related_name="+")
    aangevraagd_door = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                         related_name="+")
    aangemaakt = models.DateTimeField(_("aangemaakt"), auto_now_add=True)
    gestart = models.DateTimeField(_("gestart"), null=True, blank=True)
    klaar = models.DateTimeField(_("klaar"), null=True, blank=True)

    class Meta:
        verbose_name = _("PDF-export")
        verbose_name_plural = _("PDF-exports")
        ordering = ["-aangemaakt", "-pk"]

    def __str__(self):
        return f"{self.editie} – {self.get_status_display()}"
