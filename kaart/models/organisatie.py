from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable
from wagtail.search import index

from leefmee.blocks import BODY_FEATURES

from . import api_velden
from .basis import KaartItemPage, LocatieVelden
from .weergave import OrganisatieWeergaveMixin


class OrganisatiePage(OrganisatieWeergaveMixin, KaartItemPage, LocatieVelden):
    """A partner organisation. Its offerings, activities and vacancies are its child pages, so a
    partner's page permissions on this page cover exactly its own branch."""

    class Soort(models.TextChoices):
        PROFESSIONEEL = "professioneel", _("Professionele organisatie")
        VERENIGING = "vereniging", _("Vereniging of club")
        BEWONERSINITIATIEF = "bewonersinitiatief", _("Bewonersinitiatief")
        VRIJWILLIGERS = "vrijwilligers", _("Vrijwilligersorganisatie")

    soort = models.CharField(_("soort organisatie"), max_length=20, choices=Soort.choices,
                             default=Soort.PROFESSIONEEL)
    beschrijving = RichTextField(_("beschrijving"), features=BODY_FEATURES, blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("logo"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    telefoon = models.CharField(_("telefoon"), max_length=30, blank=True)
    email = models.EmailField(_("e-mail"), blank=True,
                              help_text=_("Hier komen vragen van bewoners binnen ('Meer informatie aanvragen')."))
    website = models.URLField(_("website"), blank=True)
    openingstijden_toelichting = models.CharField(
        _("toelichting openingstijden"), max_length=200, blank=True,
        help_text=_("Bijvoorbeeld 'Op feestdagen gesloten'."),
    )
    # For the editors only; never shown on the site or in the open data.
    contactpersoon_naam = models.CharField(_("naam contactpersoon (intern)"), max_length=120, blank=True)
    contactpersoon_email = models.EmailField(_("e-mail contactpersoon (intern)"), blank=True)
    contactpersoon_telefoon = models.CharField(_("telefoon contactpersoon (intern)"), max_length=30, blank=True)

    content_panels = [
        *KaartItemPage.content_panels,
        FieldPanel("korte_beschrijving"),
        FieldPanel("soort"),
        FieldPanel("beschrijving"),
        FieldPanel("logo"),
        MultiFieldPanel(
            [FieldPanel("telefoon"), FieldPanel("email"), FieldPanel("website")], heading=_("Contact")
        ),
        *LocatieVelden.locatie_panels,
        InlinePanel("openingstijden", label=_("Openingstijden"), heading=_("Openingstijden")),
        FieldPanel("openingstijden_toelichting"),
        InlinePanel("gebied_koppelingen", label=_("Gebied"), heading=_("Werkgebied")),
        MultiFieldPanel(
            [
                FieldPanel("contactpersoon_naam"),
                FieldRowPanel([FieldPanel("contactpersoon_email"), FieldPanel("contactpersoon_telefoon")]),
            ],
            heading=_("Contactpersoon voor de redactie (niet openbaar)"),
        ),
        FieldPanel("laatst_gecontroleerd"),
    ]
    search_fields = [
        *KaartItemPage.search_fields,
        index.SearchField("beschrijving"),
        index.FilterField("soort"),
    ]

    api_fields = api_velden.ORGANISATIE
    parent_page_types = ["kaart.KaartPage"]
    subpage_types = ["kaart.AanbodPage", "kaart.ActiviteitPage", "kaart.VacaturePage"]

    class Meta:
        verbose_name = _("organisatie")
        verbose_name_plural = _("organisaties")


class Openingstijd(Orderable):
    """Structured opening hours, so 'open now' can be a filter."""

    class Dag(models.IntegerChoices):
        MAANDAG = 0, _("maandag")
        DINSDAG = 1, _("dinsdag")
        WOENSDAG = 2, _("woensdag")
        DONDERDAG = 3, _("donderdag")
        VRIJDAG = 4, _("vrijdag")
        ZATERDAG = 5, _("zaterdag")
        ZONDAG = 6, _("zondag")

    page = ParentalKey(OrganisatiePage, related_name="openingstijden", on_delete=models.CASCADE)
    dag = models.PositiveSmallIntegerField(_("dag"), choices=Dag.choices)
    open = models.TimeField(_("open vanaf"))
    dicht = models.TimeField(_("dicht om"))

    panels = [FieldRowPanel([FieldPanel("dag"), FieldPanel("open"), FieldPanel("dicht")])]

    class Meta(Orderable.Meta):
        verbose_name = _("openingstijd")
        verbose_name_plural = _("openingstijden")

    def clean(self):
        from django.core.exceptions import ValidationError

        if self.open and self.dicht and self.dicht <= self.open:
            raise ValidationError({"dicht": _("De sluitingstijd moet na de openingstijd liggen.")})
