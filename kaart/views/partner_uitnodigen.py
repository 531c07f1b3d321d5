"""Admin view for editors: invite a partner for an organisation (same as `add_partner`)."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _gettext
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from ..models import OrganisatiePage
from ..partners.uitnodigen import nodig_partner_uit


class PartnerUitnodigenForm(forms.Form):
    organisatie = forms.ModelChoiceField(
        label=_("Organisatie"), queryset=OrganisatiePage.objects.none(),
    )
    email = forms.EmailField(label=_("E-mailadres van de partner"), max_length=254)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisatie"].queryset = OrganisatiePage.objects.filter(
            locale=Locale.get_default(), alias_of__isnull=True
        ).order_by("title")


def partner_uitnodigen(request):
    if not request.user.has_perm("kaart.uitnodigen_partner"):
        raise PermissionDenied
    initial = {}
    if request.GET.get("organisatie", "").isdigit():
        initial["organisatie"] = request.GET["organisatie"]
    form = PartnerUitnodigenForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        user, nieuw = nodig_partner_uit(form.cleaned_data["organisatie"], form.cleaned_data["email"])
        if nieuw:
            messages.success(request, _gettext("Uitnodiging verstuurd naar %(email)s.") % {"email": user.email})
        else:
            messages.success(request, _gettext("%(email)s hoort nu bij deze organisatie.") % {"email": user.email})
        return redirect("kaart_partner_uitnodigen")
    return TemplateResponse(request, "kaart/admin/partner_uitnodigen.html", {"form": form})
