from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.search import index

from leefmee.blocks import BODY_FEATURES
from leefmee.fotovelden import FotoVelden

from . import api_velden
from .basis import KaartItemPage, Kosten, LocatieVelden
from .formulieren import ContactRoutesMixin
from .weergave import OrganisatieItemMixin


class AanbodPage(ContactRoutesMixin, OrganisatieItemMixin, KaartItemPage, LocatieVelden, FotoVelden):
    """An offering or service of an organisation, described the way a resident asks about it."""

    wat_is_het = RichTextField(_("wat is het?"), features=BODY_FEATURES)
    voor_wie = RichTextField(_("voor wie?"), features=BODY_FEATURES, blank=True)
    kosten = models.CharField(_("kosten"), max_length=10, choices=Kosten.choices, default=Kosten.GRATIS)
    kosten_toelichting = models.CharField(
        _("wat kost het?"), max_length=200, blank=True, help_text=_("Bijvoorbeeld '€ 2,50 per keer, koffie gratis'.")
    )
    aanmelden = RichTextField(_("hoe meld je je aan?"), features=BODY_FEATURES, blank=True)
    verwijzing_nodig = models.BooleanField(
        _("verwijzing nodig"), default=False, help_text=_("Heb je een verwijzing nodig, bijvoorbeeld van de huisarts?")
    )
    verwijzing_waar = models.CharField(
        _("waar krijg je de verwijzing?"), max_length=200, blank=True,
        help_text=_("Bijvoorbeeld 'bij je huisarts' of 'bij het Loket Wonen, Welzijn en Zorg'."),
    )
    # Contact: empty means 'contact the organisation'.
    telefoon = models.CharField(_("telefoon"), max_length=30, blank=True)
    email = models.EmailField(_("e-mail"), blank=True,
                              help_text=_("Leeg: vragen gaan naar het e-mailadres van de organisatie."))
    talen = models.CharField(
        _("gesproken talen"), max_length=200, blank=True,
        help_text=_("Bijvoorbeeld 'Nederlands, Engels, Arabisch'."),
    )
    toegankelijkheid = models.CharField(
        _("toegankelijkheid"), max_length=300, blank=True,
        help_text=_("Bijvoorbeeld 'Rolstoeltoegankelijk, ringleiding aanwezig'."),
    )

    content_panels = [
        *KaartItemPage.content_panels,
        FieldPanel("korte_beschrijving"),
        *FotoVelden.foto_panels,
        FieldPanel("wat_is_het"),
        FieldPanel("voor_wie"),
        MultiFieldPanel([FieldPanel("kosten"), FieldPanel("kosten_toelichting")], heading=_("Wat kost het?")),
        FieldPanel("aanmelden"),
        MultiFieldPanel([FieldPanel("verwijzing_nodig"), FieldPanel("verwijzing_waar")], heading=_("Verwijzing")),
        InlinePanel("dimensie_koppelingen", label=_("Dimensie"), heading=_("Dimensies"), min_num=1),
        InlinePanel("vraag_koppelingen", label=_("Levensvraag"), heading=_("Levensvragen")),
        InlinePanel("doelgroep_koppelingen", label=_("Doelgroep"), heading=_("Doelgroepen")),
        InlinePanel("gebied_koppelingen", label=_("Gebied"), heading=_("Gebieden")),
        *LocatieVelden.locatie_panels,
        MultiFieldPanel(
            [FieldPanel("telefoon"), FieldPanel("email"), FieldPanel("talen"), FieldPanel("toegankelijkheid")],
            heading=_("Contact en toegankelijkheid"),
        ),
        FieldPanel("laatst_gecontroleerd"),
    ]
    search_fields = [
        *KaartItemPage.search_fields,
        index.SearchField("wat_is_het"),
        index.SearchField("voor_wie"),
        index.FilterField("kosten"),
        index.FilterField("verwijzing_nodig"),
    ]

    api_fields = api_velden.AANBOD
    parent_page_types = ["kaart.OrganisatiePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("aanbod")
        verbose_name_plural = _("aanbod")
