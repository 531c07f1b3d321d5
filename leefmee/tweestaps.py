"""Optional two-factor authentication (TOTP) for the Wagtail admin, built on django-otp.

- Any admin user can set up an authenticator app (account menu -> "Inloggen in twee stappen").
- Whoever has a confirmed device must give a code after each login before using the admin.
- Members of the groups in LEEFMEE_2FA_VERPLICHT_VOOR ("superusers" = all superusers) must set it up
  before they can use the admin.
"""

from base64 import b32encode

import segno
from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.models import AnonymousUser
from django.shortcuts import redirect, render
from django.urls import path, reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from django_otp import login as otp_login
from django_otp import user_has_device
from django_otp.plugins.otp_totp.models import TOTPDevice

# URL names in /admin/ that stay reachable before the second step.
VRIJE_URLS = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
    "leefmee_tweestaps_instellen",
    "leefmee_tweestaps_controleren",
}


def tweestaps_verplicht(user):
    groepen = set(getattr(settings, "LEEFMEE_2FA_VERPLICHT_VOOR", []))
    if not groepen or not user.is_authenticated:
        return False
    if "superusers" in groepen and user.is_superuser:
        return True
    return user.groups.filter(name__in=groepen).exists()


def wacht_op_tweede_stap(user):
    """Signed in with a password, but the one-time code that this user needs is not given yet."""
    if user is None or not user.is_authenticated or user.is_verified():
        return False
    return user_has_device(user, confirmed=True) or tweestaps_verplicht(user)


def _veilige_volgende(request, standaard):
    volgende = request.POST.get("next") or request.GET.get("next") or ""
    if volgende and url_has_allowed_host_and_scheme(
        volgende, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return volgende
    return standaard


def zonder_sessie(view):
    """Marks a view whose answer is the same for everyone (the embeddable list): the two-step check
    leaves its session alone, so the response never varies on the cookie."""
    view.leefmee_zonder_sessie = True
    return view


class TweestapsMiddleware:
    """Sends an admin user who has not given a one-time code yet to the code (or set-up) page."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if getattr(view_func, "leefmee_zonder_sessie", False):
            return None
        if not request.path_info.startswith(reverse("wagtailadmin_home")):
            # Outside the admin a password alone is not a login either: until the code is given,
            # restricted documents, private pages and the APIs see an anonymous visitor. Only with a
            # session cookie: touching request.user otherwise would load the session (and add
            # "Vary: Cookie") on public pages that are meant to be shared and cached.
            if settings.SESSION_COOKIE_NAME in request.COOKIES and wacht_op_tweede_stap(request.user):
                request.user = AnonymousUser()
            return None
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated or user.is_verified():
            return None
        match = request.resolver_match
        if match is not None and match.url_name in VRIJE_URLS:
            return None
        volgende = request.get_full_path()
        if user_has_device(user, confirmed=True):
            return redirect(f"{reverse('leefmee_tweestaps_controleren')}?next={_quote(volgende)}")
        if tweestaps_verplicht(user):
            return redirect(f"{reverse('leefmee_tweestaps_instellen')}?next={_quote(volgende)}")
        return None


def _quote(url):
    from urllib.parse import quote

    return quote(url, safe="/")


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Code uit je app (6 cijfers)"),
        max_length=8,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}),
    )

    def __init__(self, *args, device=None, **kwargs):
        self.device = device
        super().__init__(*args, **kwargs)

    def clean_code(self):
        code = self.cleaned_data["code"].strip().replace(" ", "")
        if not code.isdigit():
            raise forms.ValidationError(_("De code bestaat alleen uit cijfers."))
        toegestaan, _info = self.device.verify_is_allowed()
        if not toegestaan:
            raise forms.ValidationError(_("Te veel verkeerde codes. Wacht even en probeer het opnieuw."))
        if not self.device.verify_token(code):
            raise forms.ValidationError(_("Deze code klopt niet. Kijk of de tijd op je telefoon goed staat."))
        return code


def _qr_data_uri(device):
    return segno.make(device.config_url, error="m").svg_data_uri(scale=5, border=2)


def instellen(request):
    """Set up an authenticator app: QR code + first code. Also shows the state and a way to turn it off."""
    user = request.user
    verplicht = tweestaps_verplicht(user)
    bevestigd = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    if bevestigd is not None:
        return render(
            request,
            "leefmee/tweestaps/ingesteld.html",
            {"verplicht": verplicht, "form": CodeForm(device=bevestigd)},
        )
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=str(_("Authenticator-app")), confirmed=False)
    form = CodeForm(request.POST or None, device=device)
    if request.method == "POST" and form.is_valid():
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        otp_login(request, device)
        messages.success(
            request, _("Inloggen in twee stappen staat aan. Je hebt voortaan ook de code uit je app nodig.")
        )
        return redirect(_veilige_volgende(request, reverse("wagtailadmin_account")))
    return render(
        request,
        "leefmee/tweestaps/instellen.html",
        {
            "form": form,
            "verplicht": verplicht,
            "qr": _qr_data_uri(device),
            "sleutel": b32encode(device.bin_key).decode(),
            "next": _veilige_volgende(request, ""),
        },
    )


def controleren(request):
    """The second step after logging in: the current code from the app."""
    device = TOTPDevice.objects.filter(user=request.user, confirmed=True).first()
    if device is None:
        return redirect(reverse("leefmee_tweestaps_instellen"))
    if request.user.is_verified():
        return redirect(_veilige_volgende(request, reverse("wagtailadmin_home")))
    form = CodeForm(request.POST or None, device=device)
    if request.method == "POST" and form.is_valid():
        otp_login(request, device)
        return redirect(_veilige_volgende(request, reverse("wagtailadmin_home")))
    return render(
        request, "leefmee/tweestaps/controleren.html", {"form": form, "next": _veilige_volgende(request, "")}
    )


@require_POST
def uitschakelen(request):
    """Turn two-step login off again (only when it is not required), confirmed with a current code."""
    device = TOTPDevice.objects.filter(user=request.user, confirmed=True).first()
    if device is None or tweestaps_verplicht(request.user):
        return redirect(reverse("leefmee_tweestaps_instellen"))
    form = CodeForm(request.POST, device=device)
    if form.is_valid():
        TOTPDevice.objects.filter(user=request.user).delete()
        messages.success(request, _("Inloggen in twee stappen staat uit."))
        return redirect(reverse("wagtailadmin_account"))
    return render(request, "leefmee/tweestaps/ingesteld.html", {"verplicht": False, "form": form})


def admin_urls():
    return [
        path("tweestaps/", instellen, name="leefmee_tweestaps_instellen"),
        path("tweestaps/controleren/", controleren, name="leefmee_tweestaps_controleren"),
        path("tweestaps/uitschakelen/", uitschakelen, name="leefmee_tweestaps_uitschakelen"),
    ]
