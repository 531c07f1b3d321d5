"""Demo of the partner flows: roles, a partner account, a pending submission and a stale organisation.

Runs after kaart's own demo module; without organisations in `context` it only sets up the roles.
Idempotent: a submission already waiting for review is left alone.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from .models import AanbodPage, ActiviteitPage, VacaturePage
from .partners.controle import maanden_terug, markeer_gecontroleerd
from .partners.rollen import REDACTEUREN, setup_roles, zorg_voor_partnergroep

DEMO_PARTNER = ("partner", "LeefMee-partner-2026")


def laad(context):
    rollen = setup_roles()
    redacteur = context.get("gebruikers", {}).get("redacteur")
    if redacteur is not None:
        redacteur.groups.add(Group.objects.get(name=REDACTEUREN))

    organisaties = list((context.get("organisaties") or {}).values())
    if not organisaties:
        return
    eigen = organisaties[0]
    partner = laad_partner(eigen)
    context.setdefault("gebruikers", {})["partner"] = partner
    laad_inzending(eigen, partner, rollen["workflow"])
    if len(organisaties) > 1:
        # Eight months without a check: shows up in 'Niet actueel' and gets a reminder.
        markeer_gecontroleerd(organisaties[-1], maanden_terug(timezone.localdate(), 8))


def laad_partner(organisatie):
    User = get_user_model()
    partner, _ = User.objects.get_or_create(
        username=DEMO_PARTNER[0],
        defaults={"email": "partner@leefmee-duinwijk.example", "first_name": "Petra", "last_name": "Partner"},
    )
    partner.set_password(DEMO_PARTNER[1])
    partner.save()
    partner.groups.add(zorg_voor_partnergroep(organisatie))
    return partner


def laad_inzending(organisatie, partner, workflow):
    """A partner's draft change of one of its items, waiting for the editors."""
    for model in (AanbodPage, ActiviteitPage, VacaturePage):
        item = model.objects.child_of(organisatie).order_by("path").first()
        if item is not None:
            break
    else:
        return
    if item.workflow_in_progress:
        return
    item.korte_beschrijving = (
        f"{item.korte_beschrijving.rstrip('.')}. Nieuw: vanaf volgende maand ook op zaterdag."
    )[:300]
    item.save_revision(user=partner, log_action=True)
    workflow.start(item, partner)
