"""The statements per dimension (editors' snippets) and the self-check form."""


from dataclasses import dataclass, field

from django import forms
from django.utils.translation import gettext_lazy as _

from leefmee.vaste_rijen import standaard_locale

from ..dimensies import ZES_DIMENSIES
from ..models import Dimensie, ZelfcheckStelling
from .score import MAX_SCORE, MIN_SCORE

MAX_KEUZES = 2



@dataclass
class DimensieVragen:
    """One fieldset of the form: a dimension in the reader's language and its statements."""

    sleutel: str
    dimensie: object  # Dimensie in the reader's language (or None when the row is missing)
    bron: object  # the Dutch Dimensie row (links point at it)
    stellingen: list = field(default_factory=list)  # (Dutch statement, statement in the reader's language)

    @property
    def naam(self):
        if self.dimensie is not None:
            return self.dimensie.bewonersnaam
        return next(row[2] for row in ZES_DIMENSIES if row[0] == self.sleutel)


def dimensie_vragen(locale):
    """The six dimensions with their statements, in the reader's language. Four queries."""
    standaard = standaard_locale()
    bron_dimensies = {d.sleutel: d for d in Dimensie.objects.filter(locale=standaard)}
    lokaal = bron_dimensies
    if locale is not None and locale.pk != standaard.pk:
        vertaald = {d.translation_key: d for d in Dimensie.objects.filter(locale=locale)}
        lokaal = {k: vertaald.get(d.translation_key, d) for k, d in bron_dimensies.items()}
    stellingen = list(
        ZelfcheckStelling.objects.filter(locale=standaard).select_related("dimensie").order_by("volgorde", "pk")
    )
    vertalingen = {}
    if locale is not None and locale.pk != standaard.pk:
        vertalingen = {
            s.translation_key: s
            for s in ZelfcheckStelling.objects.filter(
                locale=locale, translation_key__in=[s.translation_key for s in stellingen])
        }
    groepen = {
        sleutel: DimensieVragen(sleutel=sleutel, dimensie=lokaal.get(sleutel), bron=bron_dimensies.get(sleutel))
        for sleutel, *_rest in ZES_DIMENSIES
    }
    for stelling in stellingen:
        groep = groepen.get(stelling.dimensie.sleutel)
        if groep is not None:
            groep.stellingen.append((stelling, vertalingen.get(stelling.translation_key, stelling)))
    return [groepen[sleutel] for sleutel, *_rest in ZES_DIMENSIES]


class ScoreVeld(forms.IntegerField):
    """A score 0-10 with one clear message per problem, naming the dimension."""

    def __init__(self, naam, **kwargs):
        super().__init__(min_value=MIN_SCORE, max_value=MAX_SCORE, label=naam, **kwargs)
        fout = _("Bij '%(naam)s' kun je alleen een cijfer van 0 tot en met 10 kiezen.") % {"naam": naam}
        self.error_messages = {
            "required": _("Kies bij '%(naam)s' een cijfer van 0 tot en met 10.") % {"naam": naam},
            "invalid": fout,
            "min_value": fout,
            "max_value": fout,
        }
        # Django's Min/MaxValueValidator carry their own message: use ours.
        for validator in self.validators:
            validator.message = fout


class ZelfcheckForm(forms.Form):
    """Six scores and, on the result page, one or two subjects ('kies') to work on."""

    kies = forms.MultipleChoiceField(required=False, label=_("Waar wil je iets aan doen?"))

    def __init__(self, *args, groepen, **kwargs):
        super().__init__(*args, **kwargs)
        self.groepen = groepen
        keuzes = []
        for groep in groepen:
            self.fields[groep.sleutel] = ScoreVeld(groep.naam)
            keuzes.append((groep.sleutel, groep.naam))
            keuzes += [(f"aspect-{bron.pk}", lokaal.aspect) for bron, lokaal in groep.stellingen]
        # Score fields first, in the dimensions' order: the error summary follows the page.
        self.order_fields([g.sleutel for g in groepen])
        self.fields["kies"].choices = keuzes
        self.fields["kies"].error_messages["invalid_choice"] = _(
            "Dit onderwerp kennen we niet. Kies een onderwerp uit de lijst."
        )

    def clean_kies(self):
        keuzes = self.cleaned_data["kies"]
        keuzes = list(dict.fromkeys(keuzes))  # a tampered link may repeat a value
        if len(keuzes) > MAX_KEUZES:
            raise forms.ValidationError(_("Kies één of twee onderwerpen, niet meer."))
        return keuzes

    def score_velden(self):
        return [self[g.sleutel] for g in self.groepen]
