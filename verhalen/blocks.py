"""StreamField blocks of stories, blogs and articles."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from leefmee.blocks import BODY_FEATURES, BasisStreamBlock

# The pages a 'wat hielp mij' box may link to. Kept as strings: no import cycle with kaart's models.
AANBOD_PAGINATYPES = ["kaart.AanbodPage", "kaart.ActiviteitPage"]


class WatHieldMijBlock(blocks.StructBlock):
    """A box 'Wat hielp mij': the offerings or activities that helped, each a link to its page.

    These links are the explicit relation the offering page uses to show 'Lees het verhaal van ...'
    (through Wagtail's reference index), and they make the story's 'next step'."""

    titel = blocks.CharBlock(label=_("Titel"), max_length=80, default="Wat hielp mij")
    tekst = blocks.RichTextBlock(label=_("Tekst"), features=BODY_FEATURES, required=False)
    links = blocks.ListBlock(
        blocks.PageChooserBlock(page_type=AANBOD_PAGINATYPES, label=_("Aanbod of activiteit")),
        label=_("Aanbod en activiteiten"), min_num=1,
    )

    class Meta:
        icon = "pick"
        label = _("Wat hielp mij")
        template = "verhalen/blocks/wat_hielp_mij.html"


class VerhaalStreamBlock(BasisStreamBlock):
    wat_hielp_mij = WatHieldMijBlock()


def aanbod_ids(stream_value):
    """Ids of the pages linked from the 'wat hielp mij' boxes, read from the raw data (no queries)."""
    ids = []
    for blok in stream_value.raw_data:
        if blok.get("type") != "wat_hielp_mij":
            continue
        for item in (blok.get("value") or {}).get("links") or []:
            # ListBlock raw data: [{"type": "item", "value": id, "id": ...}] (older: bare ids).
            waarde = item.get("value") if isinstance(item, dict) else item
            if isinstance(waarde, int) and waarde not in ids:
                ids.append(waarde)
    return ids
