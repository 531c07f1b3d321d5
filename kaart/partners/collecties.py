"""One image and document library per municipality, and per partner organisation below it.

Collections under the root: "Gemeente <site>" for each site, with "Partner: <organisatie>" below
the municipality its organisation lives in. "Redacteuren <gemeente>" add, change and choose in
their municipality's collection (its partner collections included); a partner adds and chooses in
its own collection only (Wagtail lets the uploader edit what it uploaded). "Redacteuren" and
"Beheerders" keep the root collection, so everything.

`verdeel_bestanden()` moves an image or document from the root collection into the collection of
the pages that use it (Wagtail's reference index), when they all belong to one organisation or one
municipality: after the switch from one shared library, editors keep what their pages show.
"""

from django.contrib.contenttypes.models import ContentType
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, GroupCollectionPermission, Page, ReferenceIndex, Site

BESTANDSMODELLEN = (("wagtailimages", "image"), ("wagtaildocs", "document"))
GEMEENTE_PREFIX = "Gemeente "


def _kind(ouder, naam):
    naam = naam[:255]
    bestaand = ouder.get_children().filter(name=naam).first()
    return bestaand or ouder.add_child(instance=Collection(name=naam))


def gemeente_collectie(site):
    return _kind(Collection.get_first_root_node(), f"{GEMEENTE_PREFIX}{site.site_name or site.hostname}")


def _site_van(page):
    """The site whose tree (in any language) holds `page`, or None."""
    for site in Site.objects.select_related("root_page"):
        paden = site.root_page.get_translations(inclusive=True).values_list("path", flat=True)
        if any(page.path.startswith(pad) for pad in paden):
            return site
    return None


def partner_collectie(organisatie, naam):
    site = _site_van(organisatie)
    ouder = gemeente_collectie(site) if site is not None else Collection.get_first_root_node()
    return _kind(ouder, naam)


def zet_collectie_permissies(groep, collectie, acties):
    """The group's image and document rights on exactly `collectie` (and so the collections below it)."""
    from .rollen import permissie

    houden = []
    for app_label, model_name in BESTANDSMODELLEN:
        for actie in acties:
            perm = permissie(app_label, f"{actie}_{model_name}")
            if perm:
                houden.append(GroupCollectionPermission.objects.get_or_create(
                    group=groep, collection=collectie, permission=perm)[0].pk)
    # Rights an older setup gave on the root (one shared library) go.
    GroupCollectionPermission.objects.filter(
        group=groep, permission__content_type__app_label__in=[a for a, _m in BESTANDSMODELLEN],
    ).exclude(pk__in=houden).delete()


def _doel(paginas):
    """The collection for a file used by `paginas`: one organisation's, else one municipality's, else None."""
    from ..models import OrganisatiePage
    from .rollen import partner_groep

    organisaties = set()
    sites = set()
    for page in paginas:
        org = Page.objects.ancestor_of(page, inclusive=True).type(OrganisatiePage).order_by("-depth").first()
        organisaties.add(org.pk if org else None)
        site = _site_van(page)
        sites.add(site.pk if site else None)
    if len(sites) != 1 or None in sites:
        return None
    if len(organisaties) == 1 and None not in organisaties:
        org = OrganisatiePage.objects.get(pk=organisaties.pop())
        groep = partner_groep(org)
        if groep is not None:
            return partner_collectie(org, groep.name)
    return gemeente_collectie(Site.objects.get(pk=sites.pop()))


def verdeel_bestanden():
    """Move the root collection's images and documents to the collection of the pages using them.
    Returns the number moved."""
    root = Collection.get_first_root_node()
    page_ct = ContentType.objects.get_for_model(Page)
    verplaatst = 0
    for model in (get_image_model(), get_document_model()):
        for bestand in model.objects.filter(collection=root):
            page_ids = ReferenceIndex.get_references_to(bestand).filter(
                base_content_type=page_ct).values_list("object_id", flat=True)
            paginas = list(Page.objects.filter(pk__in=[int(i) for i in page_ids if str(i).isdigit()]))
            doel = _doel(paginas) if paginas else None
            if doel is not None:
                bestand.collection = doel
                bestand.save(update_fields=["collection"])
                verplaatst += 1
    return verplaatst
