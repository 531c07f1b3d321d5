"""Roles as Django groups with Wagtail page, collection and model permissions. Idempotent.

- "Redacteuren" review and publish everything, edit the taxonomy snippets and handle contact
  requests and change suggestions; they approve the "Redactie" workflow.
- "Beheerders" get every permission (users, groups, site settings included). The demo
  administrator is a superuser, which amounts to the same.
- "Partner: <organisatie>" per organisation: add + change (no publish) on its own
  OrganisatiePage branch, and only "add" on the stories index; images and documents in its own
  collection (kaart.partners.collecties). Wagtail lets the owner of a page
  edit it with "add" alone, so a partner edits the stories it wrote and nobody else's.
"""

from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.dispatch import Signal
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from .collecties import gemeente_collectie, partner_collectie, verdeel_bestanden, zet_collectie_permissies

REDACTEUREN = "Redacteuren"
BEHEERDERS = "Beheerders"
PARTNER_PREFIX = "Partner: "
WORKFLOW_NAAM = "Redactie"
TAAK_NAAM = "Redactie keurt goed"

# Models referenced by label only: they live in apps kaart must not import, or may not exist yet.
VERHALEN_INDEX = "verhalen.VerhalenIndexPage"
CONTACTVERZOEK = "kaart.Contactverzoek"
# Sent at the end of setup_roles (kwarg `redacteuren`): apps above kaart (publicatie's edition
# workflow) assign their own steps to the groups made here without kaart importing them.
rollen_ingericht = Signal()

TAXONOMIE = ["kaart.Dimensie", "kaart.Levensvraag", "kaart.Doelgroep", "kaart.Gebied", "kaart.Kenmerk"]


def model_of_niets(label):
    try:
        return apps.get_model(label)
    except LookupError:
        return None


def model_permissies(model, acties):
    ct = ContentType.objects.get_for_model(model)  # none of these models is a proxy
    codenames = [f"{actie}_{model._meta.model_name}" for actie in acties]
    return list(Permission.objects.filter(content_type=ct, codename__in=codenames))


def permissie(app_label, codename):
    return Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()


def pagina_permissies(groep, page, acties):
    ct = ContentType.objects.get_for_model(Page)
    for actie in acties:
        perm = Permission.objects.get(content_type=ct, codename=f"{actie}_page")
        GroupPagePermission.objects.get_or_create(group=groep, page=page, permission=perm)


def collectie_permissies(groep, acties):
    """Images and documents in the root collection (and so every collection below it)."""
    root = Collection.get_first_root_node()
    for app_label, model_name in (("wagtailimages", "image"), ("wagtaildocs", "document")):
        for actie in acties:
            perm = permissie(app_label, f"{actie}_{model_name}")
            if perm:
                GroupCollectionPermission.objects.get_or_create(group=groep, collection=root, permission=perm)


def admin_toegang():
    return permissie("wagtailadmin", "access_admin")


@transaction.atomic
def setup_roles():
    """Create or update the editor and administrator groups and the review workflow."""
    root = Page.get_first_root_node()

    redacteuren, _ = Group.objects.get_or_create(name=REDACTEUREN)
    redacteuren.permissions.add(*redactie_permissies())
    pagina_permissies(redacteuren, root, ["add", "change", "publish", "lock", "unlock", "bulk_delete"])
    collectie_permissies(redacteuren, ["add", "change", "choose", "delete"])

    beheerders, _ = Group.objects.get_or_create(name=BEHEERDERS)
    beheerders.permissions.set(Permission.objects.all())
    pagina_permissies(beheerders, root, ["add", "change", "publish", "lock", "unlock", "bulk_delete"])
    collectie_permissies(beheerders, ["add", "change", "choose", "delete"])

    # Several municipalities: one editor group per site, with page rights on that site's tree only.
    from wagtail.models import Site

    if Site.objects.count() > 1:
        for site in Site.objects.select_related("root_page"):
            zorg_voor_site_redactie(site)

    workflow = zorg_voor_workflow(redacteuren)
    # The root page covers every locale's tree; it replaces Wagtail's default "Moderators approval".
    WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})

    # Partner groups made before the stories index existed get their "add" on it now.
    from ..models import OrganisatiePage

    for perm in GroupPagePermission.objects.filter(
        group__name__startswith=PARTNER_PREFIX, page__content_type=ContentType.objects.get_for_model(OrganisatiePage)
    ).select_related("group", "page"):
        zorg_voor_partnergroep(perm.page, groep=perm.group)
    # Files the pages of one municipality or organisation use go to its collection (kaart.partners.collecties).
    verdeel_bestanden()
    rollen_ingericht.send(sender=setup_roles, redacteuren=redacteuren)
    return {"redacteuren": redacteuren, "beheerders": beheerders, "workflow": workflow}


def redactie_permissies():
    """Model permissions of an editor: taxonomies, suggestions, contact requests, insight."""
    perms = [admin_toegang()]
    for label in TAXONOMIE:
        perms += model_permissies(apps.get_model(label), ["add", "change", "delete", "view"])
    for label in ("kaart.Wijzigingsvoorstel", "kaart.Controleverzoek", CONTACTVERZOEK):
        model = model_of_niets(label)
        if model is not None:
            perms += model_permissies(model, ["change", "view", "delete"])
    # Promoting a result for a search that found (almost) nothing, from the insight dashboard.
    promotie = model_of_niets("wagtailsearchpromotions.SearchPromotion")
    if promotie is not None:
        perms += model_permissies(promotie, ["add", "change", "delete"])
    perms += [permissie("kaart", "uitnodigen_partner"), permissie("kaart", "bekijken_niet_actueel"),
              permissie("kaart", "bekijken_inzicht")]
    perms += [permissie("wagtail_localize", "submit_translation")]
    return [p for p in perms if p]


def site_redactie_naam(site):
    return f"{REDACTEUREN} {site.site_name or site.hostname}"[:150]


@transaction.atomic
def zorg_voor_site_redactie(site):
    """'Redacteuren <gemeente>': page rights on that site's home page and its translations only, so an
    editor of one municipality cannot edit another's local pages. Regional pages are edited in the
    tree they live in."""
    groep = Group.objects.filter(name=site_redactie_naam(site)).first()
    if groep is None:
        groep = Group.objects.create(name=site_redactie_naam(site))
    groep.permissions.add(*redactie_permissies())
    for page in Page.objects.filter(translation_key=site.root_page.translation_key):
        pagina_permissies(groep, page, ["add", "change", "publish", "lock", "unlock", "bulk_delete"])
    # The municipality's own library (its partners' collections below it), not the others'.
    zet_collectie_permissies(groep, gemeente_collectie(site), ["add", "change", "choose"])
    return groep


def zorg_voor_workflow(redacteuren):
    # Switched on again if someone switched it off in the admin.
    workflow, _ = Workflow.objects.update_or_create(name=WORKFLOW_NAAM, defaults={"active": True})
    taak = GroupApprovalTask.objects.filter(name=TAAK_NAAM).first()
    if taak is None:
        taak = GroupApprovalTask.objects.create(name=TAAK_NAAM)
    taak.groups.set([redacteuren])
    WorkflowTask.objects.get_or_create(workflow=workflow, task=taak, defaults={"sort_order": 0})
    return workflow


def partner_groepnaam(organisatie):
    # Group names are limited to 150 characters.
    return f"{PARTNER_PREFIX}{organisatie.title}"[:150]


def verhalen_indexen():
    model = model_of_niets(VERHALEN_INDEX)
    if model is None:
        return []
    return list(model.objects.all())


@transaction.atomic
def zorg_voor_partnergroep(organisatie, groep=None):
    """The partner group of one organisation: its own branch, its own stories, nothing else."""
    if groep is None:
        groep = partner_groep(organisatie) or Group.objects.get_or_create(name=partner_groepnaam(organisatie))[0]
    perms = [admin_toegang()]
    groep.permissions.add(*[p for p in perms if p])
    pagina_permissies(groep, organisatie, ["add", "change"])
    for index in verhalen_indexen():
        # "add" only: a partner edits the stories it owns, not those of others.
        pagina_permissies(groep, index, ["add"])
    # Its own collection under its municipality's: a partner chooses only its own images and documents.
    zet_collectie_permissies(groep, partner_collectie(organisatie, groep.name), ["add", "choose"])
    return groep


def partner_groep(organisatie):
    """The existing partner group with rights on this organisation (its name may be older than a rename)."""
    return (
        Group.objects.filter(name__startswith=PARTNER_PREFIX, page_permissions__page=organisatie).first()
    )


def partner_groepen():
    return Group.objects.filter(name__startswith=PARTNER_PREFIX)


def redacteuren():
    from django.contrib.auth import get_user_model

    return get_user_model().objects.filter(is_active=True, groups__name=REDACTEUREN).exclude(email="").distinct()
