from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.search import index

from leefmee.blocks import BODY_FEATURES

from . import api_velden
from .basis import KaartItemPage
from .formulieren import ContactRoutesMixin
from .weergave import OrganisatieItemMixin


class VacaturePage(ContactRoutesMixin, OrganisatieItemMixin, KaartItemPage):
    """A volunteer vacancy of an organisation. 'Ik wil dit doen' sends the organisation a contact request."""

    formulier_kop = _("Ik wil dit doen")
    formulier_uitleg = _("Laat je gegevens achter. %(organisatie)s neemt contact met je op voor een kennismaking. "
                         "Je zit nergens aan vast.")
    formulier_knop = _("Verstuur")

    taak = RichTextField(_("wat ga je doen?"), features=BODY_FEATURES)
    tijd = models.CharField(_("hoeveel tijd kost het?"), max_length=120,
                            help_text=_("Bijvoorbeeld '2 uur per week, op dinsdagochtend'."))
    wat_krijg_je = RichTextField(_("wat krijg je ervoor terug?"), features=BODY_FEATURES, blank=True)
    contact_naam = models.CharField(_("contactpersoon"), max_length=120, blank=True)
    telefoon = models.CharField(_("telefoon"), max_length=30, blank=True)
    email = models.EmailField(_("e-mail"), blank=True,
                              help_text=_("Leeg: vragen gaan naar het e-mailadres van de organisatie."))

    content_panels = [
        *KaartItemPage.content_panels,
        FieldPanel("korte_beschrijving"),
        FieldPanel("taak"),
        FieldPanel("tijd"),
        FieldPanel("wat_krijg_je"),
        MultiFieldPanel([FieldPanel("contact_naam"), FieldPanel("telefoon"), FieldPanel("email")],
                        heading=_("Contact")),
        InlinePanel("kenmerk_koppelingen", label=_("Kenmerk"), heading=_("Kenmerken")),
        InlinePanel("dimensie_koppelingen", label=_("Dimensie"), heading=_("Dimensies")),
        InlinePanel("gebied_koppelingen", label=_("Gebied"), heading=_("Gebieden")),
        FieldPanel("laatst_gecontroleerd"),
    ]
    search_fields = [*KaartItemPage.search_fields, index.SearchField("taak")]

    api_fields = api_velden.VACATURE
    parent_page_types = ["kaart.OrganisatiePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("vrijwilligersvacature")
        verbose_name_plural = _("vrijwilligersvacatures")
