"""Change suggestions from the public: the form, spam protection and the mail to the editors."""

from django import forms
from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from leefmee import limieten

from ..models import AanbodPage, ActiviteitPage, OrganisatiePage, VacaturePage, Wijzigingsvoorstel
from ..models.suggestie import MAX_TEKST
from .rollen import redacteuren

# Pages that show "Klopt er iets niet?".
SUGGESTIE_MODELLEN = (OrganisatiePage, AanbodPage, ActiviteitPage, VacaturePage)
HONEYPOT = "website"


def limiet():
    """(number of suggestions, per seconds) per IP address."""
    return getattr(settings, "LEEFMEE_SUGGESTIE_LIMIET", (5, 3600))


class WijzigingsvoorstelForm(forms.ModelForm):
    # A honeypot: hidden from people (CSS, aria-hidden), bots fill it in.
    website = forms.CharField(label=_("Laat dit veld leeg"), required=False, max_length=200)

    class Meta:
        model = Wijzigingsvoorstel
        fields = ["wat_klopt_niet", "naam", "email"]
        labels = {
            "wat_klopt_niet": _("Wat klopt er niet?"),
            "naam": _("Je naam (mag je leeg laten)"),
            "email": _("Je e-mailadres (mag je leeg laten)"),
        }
        help_texts = {
            "wat_klopt_niet": _("Schrijf kort wat er anders moet. Bijvoorbeeld: het telefoonnummer is veranderd."),
            "email": _("Vul dit in als je antwoord wilt van de redactie."),
        }
        error_messages = {
            "wat_klopt_niet": {
                "required": _("Schrijf wat er niet klopt."),
                "max_length": _("Je tekst is te lang. Gebruik maximaal %(limit_value)d tekens."),
            },
            "email": {"invalid": _("Dit e-mailadres klopt niet. Kijk of je het goed hebt geschreven.")},
            "naam": {"max_length": _("Je naam is te lang. Gebruik maximaal %(limit_value)d tekens.")},
        }
        widgets = {"wat_klopt_niet": forms.Textarea(attrs={"rows": 5, "maxlength": MAX_TEKST})}

    def clean_wat_klopt_niet(self):
        tekst = self.cleaned_data["wat_klopt_niet"].strip()
        if len(tekst) < 5:
            raise forms.ValidationError(_("Schrijf iets meer, dan begrijpt de redactie wat er niet klopt."))
        return tekst

    @property
    def is_spam(self):
        return bool(self.data.get(HONEYPOT))


def client_ip(request):
    # REMOTE_ADDR: behind a proxy, set it from the trusted proxy header in the web server.
    return request.META.get("REMOTE_ADDR", "onbekend")


def binnen_limiet(request):
    """Count one attempt for this IP; False once the limit in the window is reached."""
    aantal, seconden = limiet()
    # Counted in Redis or the database (leefmee.limieten): the same for every worker process.
    return limieten.tel("suggestie", client_ip(request), seconden) <= aantal


def meld_redactie(voorstel):
    ontvangers = list(redacteuren().values_list("email", flat=True))
    if not ontvangers:
        return
    context = {
        "voorstel": voorstel,
        "admin_link": settings.WAGTAILADMIN_BASE_URL.rstrip("/")
        + reverse("wijzigingsvoorstellen:edit", args=[voorstel.pk]),
    }
    onderwerp = render_to_string("kaart/mail/wijzigingsvoorstel_onderwerp.txt", context).strip()
    send_mail(onderwerp, render_to_string("kaart/mail/wijzigingsvoorstel.txt", context), None, ontvangers)
