"""The sections of a LEEF edition: an ordered StreamField, one block per magazine section."""

from django.apps import apps
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageBlock
from wagtail.snippets.blocks import SnippetChooserBlock

from leefmee.blocks import BODY_FEATURES

VERHAAL_MODEL = "verhalen.VerhaalPage"


class VerhaalChooserBlock(blocks.PageChooserBlock):
    """Chooses a personal story (verhalen.VerhaalPage).

    The verhalen models arrive in their own branch; until then the chooser falls back to any
    page, and its definition does not change when they arrive (no migration churn): the model
    is resolved at run time, never written into migrations.
    """

    def __init__(self, **kwargs):
        kwargs.pop("page_type", None)
        super().__init__(**kwargs)

    @property
    def target_models(self):
        try:
            return [apps.get_model(VERHAAL_MODEL)]
        except LookupError:
            return [apps.get_model("wagtailcore", "Page")]

    @property
    def target_model(self):
        return self.target_models[0]

    def deconstruct(self):
        return ("publicatie.blocks.VerhaalChooserBlock", (), {
            k: v for k, v in self._constructor_args[1].items() if k != "page_type"
        })

    class Meta:
        icon = "user"


class DimensieBlock(blocks.StructBlock):
    dimensie = SnippetChooserBlock("kaart.Dimensie", label=_("Dimensie"))
    kop = blocks.CharBlock(label=_("Kop"), max_length=80, required=False,
                           help_text=_("Leeg: de naam van de dimensie."))
    tekst = blocks.RichTextBlock(label=_("Tekst"), features=BODY_FEATURES, required=False)

    class Meta:
        icon = "crosshairs"
        label = _("Dimensie in de schijnwerper")


class VerhaalBlock(blocks.StructBlock):
    verhaal = VerhaalChooserBlock(label=_("Verhaal"))

    class Meta:
        icon = "user"
        label = _("Verhaal")


class AanbodBlock(blocks.StructBlock):
    pagina = blocks.PageChooserBlock(page_type=["kaart.AanbodPage", "kaart.OrganisatiePage"],
                                     label=_("Aanbod of organisatie"))

    class Meta:
        icon = "doc-full"
        label = _("Aanbod of organisatie")


class AgendaBlock(blocks.StructBlock):
    kop = blocks.CharBlock(label=_("Kop"), max_length=80, default="Agenda")
    uitsluiten = blocks.ListBlock(
        blocks.PageChooserBlock(page_type="kaart.ActiviteitPage"), label=_("Niet opnemen"), required=False,
        # No empty required row on insert: an untouched agenda would block saving the edition.
        default=[],
        help_text=_("De agenda neemt alle activiteiten in dit kwartaal op, behalve deze."),
    )
    maximaal = blocks.IntegerBlock(label=_("Hoogstens zoveel regels"), default=40, min_value=1, max_value=200)

    class Meta:
        icon = "date"
        label = _("Agenda van het kwartaal")


class VacaturesBlock(blocks.StructBlock):
    kop = blocks.CharBlock(label=_("Kop"), max_length=80, default="Vrijwilliger worden?")
    vacatures = blocks.ListBlock(
        blocks.PageChooserBlock(page_type="kaart.VacaturePage"), label=_("Vacatures"), required=False,
        # Empty means "automatic"; an inserted empty row would make it neither chosen nor automatic.
        default=[],
        help_text=_("Leeg: de nieuwste vacatures, automatisch."),
    )
    maximaal = blocks.IntegerBlock(label=_("Hoogstens zoveel vacatures (automatisch)"), default=6,
                                   min_value=1, max_value=30)

    class Meta:
        icon = "group"
        label = _("Vrijwilligersvacatures")


class TekstBlock(blocks.StructBlock):
    kop = blocks.CharBlock(label=_("Kop"), max_length=120)
    tekst = blocks.RichTextBlock(label=_("Tekst"), features=BODY_FEATURES)
    auteur = blocks.CharBlock(label=_("Schrijver"), max_length=120, required=False)

    class Meta:
        icon = "pilcrow"
        label = _("Tekst of column")


class BeeldBlock(blocks.StructBlock):
    afbeelding = ImageBlock(label=_("Afbeelding"))
    onderschrift = blocks.CharBlock(label=_("Onderschrift"), max_length=200, required=False)
    paginabreed = blocks.BooleanBlock(label=_("Over de hele pagina (tot in de snijrand)"), required=False)

    class Meta:
        icon = "image"
        label = _("Afbeelding")


class EditieStreamBlock(blocks.StreamBlock):
    dimensie = DimensieBlock()
    verhaal = VerhaalBlock()
    aanbod = AanbodBlock()
    agenda = AgendaBlock()
    vacatures = VacaturesBlock()
    tekst = TekstBlock()
    beeld = BeeldBlock()
