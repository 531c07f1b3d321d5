"""Public forms on the map's pages: ask an organisation for information, register for an activity.

Both carry a honeypot field (`website`, hidden from people, filled in by bots) and ask for consent;
name and at least one way to reach you are required.
"""

import re

from django import forms
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from .models.contact import bewaartermijn

TELEFOON = re.compile(r"^\+?[0-9 ()\-]{6,20}$")


class PubliekFormulier(forms.Form):
    naam = forms.CharField(
        label=_("Je naam"), max_length=120,
        error_messages={"required": _("Vul je naam in."), "max_length": _("Je naam is te lang (meer dan 120 tekens).")},
    )
    telefoon = forms.CharField(
        label=_("Je telefoonnummer"), max_length=30, required=False,
        help_text=_("Vul je telefoonnummer of je e-mailadres in, of allebei."),
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
    )
    email = forms.EmailField(
        label=_("Je e-mailadres"), max_length=254, required=False,
        error_messages={
            "invalid": _("Dit is geen goed e-mailadres. Een e-mailadres ziet eruit als naam@voorbeeld.nl."),
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    toestemming = forms.BooleanField(
        error_messages={"required": _("Geef toestemming, anders kunnen we je gegevens niet doorsturen.")},
    )
    # Honeypot: hidden with CSS and from screen readers; people leave it empty.
    website = forms.CharField(label=_("Laat dit veld leeg"), required=False)

    toestemming_tekst = _("Ik geef toestemming om mijn gegevens door te sturen naar deze organisatie. "
                          "LEEF MEE wist mijn gegevens na %(dagen)s dagen.")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        dagen = bewaartermijn().days
        self.fields["toestemming"].label = self.toestemming_tekst % {"dagen": dagen}
        self.fields["naam"].widget.attrs["autocomplete"] = "name"
        self.fields["website"].widget.attrs.update({"tabindex": "-1", "autocomplete": "off"})

    @property
    def is_spam(self):
        return bool(self.data.get("website", "").strip())

    def clean_telefoon(self):
        telefoon = self.cleaned_data.get("telefoon", "").strip()
        if telefoon and not TELEFOON.match(telefoon):
            raise forms.ValidationError(
                _("Dit is geen goed telefoonnummer. Gebruik alleen cijfers, bijvoorbeeld 0612345678.")
            )
        return telefoon

    def clean(self):
        cleaned = super().clean()
        bereikbaar = cleaned.get("telefoon") or cleaned.get("email")
        if not bereikbaar and "email" not in self.errors and "telefoon" not in self.errors:
            self.add_error(
                "telefoon", _("Vul je telefoonnummer of je e-mailadres in. Dan kan de organisatie je bereiken.")
            )
        return cleaned

    def zichtbare_velden(self):
        return [veld for veld in self if veld.name != "website"]


class ContactFormulier(PubliekFormulier):
    vraag = forms.CharField(
        label=_("Je vraag"), max_length=2000, widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("Schrijf kort wat je wilt weten."),
        error_messages={"required": _("Schrijf je vraag op."),
                        "max_length": _("Je vraag is te lang. Gebruik maximaal 2000 tekens.")},
    )
    field_order = ["naam", "telefoon", "email", "vraag", "toestemming", "website"]


class AanmeldFormulier(PubliekFormulier):
    datum = forms.ChoiceField(label=_("Welke dag kom je?"), error_messages={
        "required": _("Kies een dag."), "invalid_choice": _("Kies een van de dagen uit de lijst.")})
    aantal_personen = forms.IntegerField(
        label=_("Met hoeveel personen kom je?"), min_value=1, max_value=10, initial=1,
        help_text=_("Jezelf meegeteld."),
        error_messages={"required": _("Vul in met hoeveel personen je komt."),
                        "invalid": _("Vul een getal in, bijvoorbeeld 2."),
                        "min_value": _("Vul minstens 1 in."),
                        "max_value": _("Je kunt met maximaal 10 personen tegelijk aanmelden.")},
    )
    field_order = ["naam", "telefoon", "email", "datum", "aantal_personen", "toestemming", "website"]

    def __init__(self, *args, data_keuzes=(), plekken=None, **kwargs):
        """data_keuzes: upcoming dates; plekken: {date: places left} or None (no maximum)."""
        super().__init__(*args, **kwargs)
        self.plekken = plekken
        self.fields["datum"].choices = [(d.isoformat(), date_format(d, "l j F Y")) for d in data_keuzes]

    def clean(self):
        cleaned = super().clean()
        datum, aantal = cleaned.get("datum"), cleaned.get("aantal_personen")
        if self.plekken is not None and datum and aantal:
            over = self.plekken.get(datum, 0)
            if over <= 0:
                self.add_error("datum", _("Deze dag is vol. Kies een andere dag."))
            elif aantal > over:
                self.add_error("aantal_personen", _("Er is nog plek voor %(aantal)s personen.") % {"aantal": over})
        return cleaned
