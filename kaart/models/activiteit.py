from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable
from wagtail.search import index

from leefmee.blocks import BODY_FEATURES

from . import api_velden
from .basis import KaartItemPage, Kosten, LocatieVelden
from .formulieren import AanmeldRoutesMixin
from .weergave import ActiviteitWeergaveMixin


class ActiviteitPage(AanmeldRoutesMixin, ActiviteitWeergaveMixin, KaartItemPage, LocatieVelden):
    """An activity with one-off or recurring dates; shown in the agenda."""

    class Aanmelden(models.TextChoices):
        NIET_NODIG = "niet_nodig", _("Niet nodig, je kunt gewoon komen")
        FORMULIER = "formulier", _("Aanmelden via een formulier op deze site")
        EXTERN = "extern", _("Aanmelden via een andere website")
        BELLEN = "bellen", _("Aanmelden door te bellen of te mailen")

    beschrijving = RichTextField(_("beschrijving"), features=BODY_FEATURES, blank=True)
    kosten = models.CharField(_("kosten"), max_length=10, choices=Kosten.choices, default=Kosten.GRATIS)
    kosten_toelichting = models.CharField(_("wat kost het?"), max_length=200, blank=True)
    aanmelden = models.CharField(_("aanmelden"), max_length=12, choices=Aanmelden.choices,
                                 default=Aanmelden.NIET_NODIG)
    aanmeld_url = models.URLField(_("link om je aan te melden"), blank=True)
    max_deelnemers = models.PositiveIntegerField(_("maximaal aantal deelnemers"), null=True, blank=True)
    telefoon = models.CharField(_("telefoon"), max_length=30, blank=True)
    email = models.EmailField(_("e-mail"), blank=True,
                              help_text=_("Leeg: vragen gaan naar het e-mailadres van de organisatie."))

    content_panels = [
        *KaartItemPage.content_panels,
        FieldPanel("korte_beschrijving"),
        FieldPanel("beschrijving"),
        InlinePanel("momenten", label=_("Wanneer"), heading=_("Data en tijden"), min_num=1),
        *LocatieVelden.locatie_panels,
        MultiFieldPanel([FieldPanel("kosten"), FieldPanel("kosten_toelichting")], heading=_("Wat kost het?")),
        MultiFieldPanel(
            [FieldPanel("aanmelden"), FieldPanel("aanmeld_url"), FieldPanel("max_deelnemers"),
             FieldPanel("telefoon"), FieldPanel("email")],
            heading=_("Aanmelden en contact"),
        ),
        InlinePanel("kenmerk_koppelingen", label=_("Kenmerk"), heading=_("Kenmerken")),
        InlinePanel("dimensie_koppelingen", label=_("Dimensie"), heading=_("Dimensies")),
        InlinePanel("vraag_koppelingen", label=_("Levensvraag"), heading=_("Levensvragen")),
        InlinePanel("doelgroep_koppelingen", label=_("Doelgroep"), heading=_("Doelgroepen")),
        InlinePanel("gebied_koppelingen", label=_("Gebied"), heading=_("Gebieden")),
        FieldPanel("laatst_gecontroleerd"),
    ]
    search_fields = [
        *KaartItemPage.search_fields,
        index.SearchField("beschrijving"),
        index.FilterField("kosten"),
    ]

    api_fields = api_velden.ACTIVITEIT
    parent_page_types = ["kaart.OrganisatiePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("activiteit")
        verbose_name_plural = _("activiteiten")

    def clean(self):
        super().clean()
        if self.aanmelden == self.Aanmelden.EXTERN and not self.aanmeld_url:
            raise ValidationError({"aanmeld_url": _("Vul de link in waar mensen zich kunnen aanmelden.")})


class ActiviteitMoment(Orderable):
    """When an activity takes place: once, or every week / two weeks / month from a start date."""

    class Herhaling(models.TextChoices):
        EENMALIG = "eenmalig", _("Eén keer")
        WEKELIJKS = "wekelijks", _("Elke week")
        TWEEWEKELIJKS = "tweewekelijks", _("Om de week")
        MAANDELIJKS = "maandelijks", _("Elke maand (zelfde weekdag, bijvoorbeeld elke eerste dinsdag)")

    page = ParentalKey(ActiviteitPage, related_name="momenten", on_delete=models.CASCADE)
    herhaling = models.CharField(_("herhaling"), max_length=14, choices=Herhaling.choices,
                                 default=Herhaling.EENMALIG)
    datum = models.DateField(_("(eerste) datum"))
    tot_en_met = models.DateField(_("herhalen tot en met"), null=True, blank=True,
                                  help_text=_("Leeg bij herhaling: gaat door tot nader bericht."))
    begintijd = models.TimeField(_("begintijd"))
    eindtijd = models.TimeField(_("eindtijd"), null=True, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("herhaling"), FieldPanel("datum"), FieldPanel("tot_en_met")]),
        FieldRowPanel([FieldPanel("begintijd"), FieldPanel("eindtijd")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("moment")
        verbose_name_plural = _("momenten")

    def clean(self):
        errors = {}
        if self.eindtijd and self.begintijd and self.eindtijd <= self.begintijd:
            errors["eindtijd"] = _("De eindtijd moet na de begintijd liggen.")
        if self.tot_en_met and self.datum and self.tot_en_met < self.datum:
            errors["tot_en_met"] = _("Deze datum moet na de eerste datum liggen.")
        if errors:
            raise ValidationError(errors)
