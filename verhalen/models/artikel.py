"""B1 information articles: 'Wat is mantelzorg?'."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel

from ..panels import LeesbaarheidPanel
from .basis import VerhalenBasisPage


class ArtikelPage(VerhalenBasisPage):
    content_panels = [
        *VerhalenBasisPage.content_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
        InlinePanel("aanbod_koppelingen", label=_("Aanbod of activiteit"), heading=_("Hier kun je terecht")),
        InlinePanel("dimensie_koppelingen", label=_("Dimensie"), heading=_("Dimensies"), min_num=1),
        InlinePanel("vraag_koppelingen", label=_("Levensvraag"), heading=_("Levensvragen")),
        FieldRowPanel([FieldPanel("datum"), FieldPanel("verschenen_in_leef")]),
        LeesbaarheidPanel(heading=_("Leesbaarheid (B1)")),
    ]

    parent_page_types = ["verhalen.InformatieIndexPage"]

    class Meta:
        verbose_name = _("informatie-artikel")
        verbose_name_plural = _("informatie-artikelen")

    def aanbod_ids(self):
        ids = super().aanbod_ids()
        extra = [k.aanbod_id for k in self.aanbod_koppelingen.all()]
        return [*ids, *(pk for pk in extra if pk not in ids)]
