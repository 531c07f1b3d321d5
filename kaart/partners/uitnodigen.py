"""Invite a partner: a user with an unusable password who sets their own password via a link.

The link is Wagtail's own password reset confirmation page with a Django
`PasswordResetTokenGenerator` token, so it expires after `PASSWORD_RESET_TIMEOUT` and stops
working as soon as the password is set.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.tokens import default_token_generator
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from .rollen import zorg_voor_partnergroep


def wachtwoord_link(user):
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    token = default_token_generator.make_token(user)
    pad = reverse("wagtailadmin_password_reset_confirm", args=[uid, token])
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + pad


def unieke_gebruikersnaam(email):
    User = get_user_model()
    basis = email.split("@")[0][:140] or "partner"
    naam, n = basis, 1
    while User.objects.filter(username=naam).exists():
        n += 1
        naam = f"{basis}{n}"
    return naam


@transaction.atomic
def nodig_partner_uit(organisatie, email):
    """Create (or find) the partner group and user for `email`, and mail the invitation.

    Returns (user, nieuw). An existing user is added to the group and gets a fresh link only if
    they never set a password; nobody's password is ever reset from here.
    """
    User = get_user_model()
    email = User.objects.normalize_email(email).strip()
    groep = zorg_voor_partnergroep(organisatie)
    user = User.objects.filter(email__iexact=email).first()
    nieuw = user is None
    if nieuw:
        user = User(username=unieke_gebruikersnaam(email), email=email)
        user.set_unusable_password()
        user.save()
    user.groups.add(groep)
    if nieuw or not user.has_usable_password():
        stuur_uitnodiging(user, organisatie)
    return user, nieuw


def stuur_uitnodiging(user, organisatie):
    context = {
        "organisatie": organisatie,
        "link": wachtwoord_link(user),
        "gebruikersnaam": user.get_username(),
        "site_naam": settings.WAGTAIL_SITE_NAME,
        "dagen": settings.PASSWORD_RESET_TIMEOUT // 86400,
        "admin_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("wagtailadmin_home"),
    }
    onderwerp = render_to_string("kaart/mail/uitnodiging_onderwerp.txt", context).strip()
    tekst = render_to_string("kaart/mail/uitnodiging.txt", context)
    send_mail(onderwerp, tekst, None, [user.email])
