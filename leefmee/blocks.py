"""StreamField blocks that every app's body text uses."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageBlock

# Limited rich text: editors keep structure, not styling (B1 and accessibility).
BODY_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


class KopBlock(blocks.CharBlock):
    class Meta:
        icon = "title"
        label = _("Tussenkop")
        template = "blocks/kop.html"


class AfbeeldingBlock(blocks.StructBlock):
    afbeelding = ImageBlock(label=_("Afbeelding"))
    onderschrift = blocks.CharBlock(label=_("Onderschrift"), required=False, max_length=200)

    class Meta:
        icon = "image"
        label = _("Afbeelding")
        template = "blocks/afbeelding.html"


class CitaatBlock(blocks.StructBlock):
    tekst = blocks.TextBlock(label=_("Citaat"))
    wie = blocks.CharBlock(label=_("Wie zegt dit?"), required=False, max_length=100)

    class Meta:
        icon = "openquote"
        label = _("Citaat")
        template = "blocks/citaat.html"


class KaderBlock(blocks.StructBlock):
    """A highlighted box, for a tip or 'goed om te weten'."""

    titel = blocks.CharBlock(label=_("Titel"), max_length=80)
    tekst = blocks.RichTextBlock(label=_("Tekst"), features=BODY_FEATURES)

    class Meta:
        icon = "info-circle"
        label = _("Kader")
        template = "blocks/kader.html"


class BasisStreamBlock(blocks.StreamBlock):
    kop = KopBlock()
    alinea = blocks.RichTextBlock(label=_("Alinea"), features=BODY_FEATURES, template="blocks/alinea.html")
    afbeelding = AfbeeldingBlock()
    citaat = CitaatBlock()
    kader = KaderBlock()
