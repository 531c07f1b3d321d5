"""Shared protection for public forms: honeypot field, per-IP rate limit, error summary.

Usage in a feature form (see tests/security/test_formulieren.py):

    class ContactForm(VeiligFormulierMixin, forms.ModelForm):
        limiet = PerIpLimiet("contactverzoek", aantal=5, periode=60 * 60)

    form = ContactForm(request.POST or None, request=request)
    if request.method == "POST" and form.is_valid():
        form.save()
        form.geslaagd()          # counts this submission for the rate limit

Template: {% include "includes/foutoverzicht.html" with form=form %} at the top of the form and
{% include "includes/honingpot.html" with form=form %} inside it.
"""

import hashlib

from axes.helpers import get_client_ip_address
from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from . import limieten

HONINGPOT_MELDING = _("Het formulier is niet verstuurd. Laat het verborgen veld leeg en probeer het opnieuw.")
TE_VAAK_MELDING = _("Je hebt dit formulier te vaak verstuurd. Probeer het over een uur opnieuw.")


def client_ip(request):
    """The client's IP address, honouring the same proxy settings as the login lockout (AXES_IPWARE_*)."""
    return get_client_ip_address(request) or request.META.get("REMOTE_ADDR", "") or "onbekend"


class PerIpLimiet:
    """At most `aantal` successful submissions per `periode` seconds per IP address (leefmee.limieten).

    The counter key holds a keyed hash of the IP address, never the address itself.
    """

    def __init__(self, naam, aantal=5, periode=60 * 60):
        self.naam = naam
        self.aantal = aantal
        self.periode = periode

    def sleutel(self, request):
        ip = client_ip(request)
        hashed = hashlib.sha256(f"{settings.SECRET_KEY}:{ip}".encode()).hexdigest()[:32]
        return f"leefmee:limiet:{self.naam}:{hashed}"

    def stand(self, request):
        return limieten.stand(self.naam, client_ip(request), self.periode)

    def bereikt(self, request):
        return self.stand(request) >= self.aantal

    def tel(self, request):
        # Redis or the database (leefmee.limieten): the same count in every worker process.
        return limieten.tel(self.naam, client_ip(request), self.periode)


class VeiligFormulierMixin:
    """A honeypot field plus a per-IP rate limit for a Django form. Pass `request=` to the form.

    - `honingpot_veld`: name of the hidden field that people leave empty and bots fill in.
    - `limiet`: a PerIpLimiet (None: no rate limit). Checked in clean(); call `geslaagd()` after
      a successful save so that only real submissions count.
    Both give a non-field error with a clear Dutch message; the form is then invalid, nothing stored.
    """

    honingpot_veld = "website"
    limiet = PerIpLimiet("formulier")

    def __init__(self, *args, request=None, **kwargs):
        self.request = request
        super().__init__(*args, **kwargs)
        self.fields[self.honingpot_veld] = forms.CharField(
            required=False,
            label=_("Laat dit veld leeg"),
            max_length=200,
            widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
        )

    @property
    def honingpot_bound_field(self):
        return self[self.honingpot_veld]

    def visible_fields(self):
        # The honeypot is rendered by includes/honingpot.html, not by loops over the visible fields.
        return [veld for veld in super().visible_fields() if veld.name != self.honingpot_veld]

    def clean(self):
        cleaned = super().clean()
        if (self.data.get(self.add_prefix(self.honingpot_veld)) or "").strip():
            raise forms.ValidationError(HONINGPOT_MELDING, code="honingpot")
        if self.request is not None and self.limiet is not None and self.limiet.bereikt(self.request):
            raise forms.ValidationError(TE_VAAK_MELDING, code="te_vaak")
        return cleaned

    def geslaagd(self):
        if self.request is not None and self.limiet is not None:
            self.limiet.tel(self.request)
