"""Several municipalities on one installation: which pages belong to one site's view of the map.

Each municipality is a Wagtail Site with its own home page tree and its own areas (`Gebied.gemeente_site`;
areas without a site belong to the default site). A page is visible on a site when it lies in that
site's own tree, OR when it serves one of that site's areas (its own area rows; offerings, activities
and vacancies without area rows inherit their organisation's). So a regional organisation is one page
in one tree, edited once, and appears on every municipality's map it serves. Local pages (areas of
their own municipality only) stay local.

Everything here is a subquery: no extra query per page or per site. The site of a page comes from
Wagtail's cached site root paths.
"""

from django.db.models import Exists, OuterRef, Q
from django.urls import reverse
from django.utils import translation
from wagtail.models import Site

from leefmee.versiecache import bewaard, gedeeld

from .facetindex import ouder_pad
from .models import (
    AanbodGebied,
    AanbodPage,
    ActiviteitGebied,
    ActiviteitPage,
    Gebied,
    OrganisatieGebied,
    OrganisatiePage,
    VacatureGebied,
    VacaturePage,
)

GEBIED_LINKS = {
    OrganisatiePage: OrganisatieGebied,
    AanbodPage: AanbodGebied,
    ActiviteitPage: ActiviteitGebied,
    VacaturePage: VacatureGebied,
}


def site_root_paden():
    """Wagtail's site root paths, kept per content version (a saved site makes a new one): Wagtail
    keeps them in the shared cache, which cost a network round trip per call, several per search."""
    return bewaard("site_root_paden", None, lambda: tuple(Site.get_site_root_paths()), kopieer=gedeeld)


def site_id_voor_pad(url_path):
    """The id of the site whose tree holds `url_path` (longest matching root), or None."""
    beste = None
    for rp in site_root_paden():
        if url_path.startswith(rp.root_path) and (beste is None or len(rp.root_path) > len(beste.root_path)):
            beste = rp
    return beste.site_id if beste else None


def site_van(pagina_of_site):
    """A site id for a Site, a page (through its url_path) or an id."""
    if pagina_of_site is None:
        return None
    if isinstance(pagina_of_site, Site):
        return pagina_of_site.pk
    if isinstance(pagina_of_site, int):
        return pagina_of_site
    return site_id_voor_pad(pagina_of_site.url_path)


def gebieden_van_site(site):
    """A queryset of the areas of one site: its own, plus the unassigned ones on the default site."""
    site_id = site_van(site)
    standaard = Exists(Site.objects.filter(pk=site_id, is_default_site=True))
    return Gebied.objects.filter(Q(gemeente_site_id=site_id) | (Q(gemeente_site__isnull=True) & standaard))


def zichtbaar_voor_site(queryset, site, boom=None):
    """The pages of `queryset` that belong to this site's view of the map.

    `boom`: the page whose subtree is the site's own (a KaartPage or the site's root page, in the
    reader's locale); defaults to the site's root page.
    """
    model = queryset.model
    site_id = site_van(site)
    if site_id is None:
        return queryset
    if boom is None:
        boom_pad = next((rp.root_path for rp in site_root_paden() if rp.site_id == site_id), None)
        eigen = Q(url_path__startswith=boom_pad) if boom_pad else Q(pk__in=[])
    else:
        eigen = Q(path__startswith=boom.path)
    if GEBIED_LINKS.get(model) is None or len({rp.site_id for rp in site_root_paden()}) < 2:
        # One municipality: its own tree is everything, without the regional subqueries' cost.
        return queryset.filter(eigen)
    from .filters import id_lijst

    return queryset.filter(eigen | Q(pk__in=id_lijst(regionale_ids(model, site_id, eigen))))


def regionale_ids(model, site_id, eigen):
    """Ids of the pages of `model` outside the site's own tree that serve its areas.

    The same for every request until content changes, and the costly part of every map query
    (three nested subqueries over all pages): kept in process memory per content version
    (leefmee.versiecache), then passed to the queries as one parameter.
    """
    link = GEBIED_LINKS[model]

    def zoek():
        gebieden = gebieden_van_site(site_id).values("pk")
        q = Q(pk__in=link.objects.filter(gebied_id__in=gebieden).values("page_id"))
        qs = model.objects.all()
        if model is not OrganisatiePage:
            # Without area rows of its own, a page serves the areas of its organisation.
            org_paden = OrganisatiePage.objects.filter(
                pk__in=OrganisatieGebied.objects.filter(gebied_id__in=gebieden).values("page_id")
            ).values("path")
            zonder_eigen = ~Exists(link.objects.filter(page_id=OuterRef("pk")))
            qs = qs.alias(regio_ouder=ouder_pad(), regio_zonder_eigen=zonder_eigen)
            q |= Q(regio_ouder__in=org_paden, regio_zonder_eigen=True)
        return list(qs.filter(q).exclude(eigen).values_list("pk", flat=True))

    return bewaard("regionale_ids", (model._meta.label_lower, site_id, str(eigen)), zoek, kopieer=gedeeld)


def canonieke_url(url_path):
    """The full URL of a page in another site's tree (no query: site root paths are cached).

    A regional organisation shown on another municipality's site links to its one canonical page.
    """
    kandidaten = [rp for rp in site_root_paden() if url_path.startswith(rp.root_path)]
    if not kandidaten:
        return ""
    rp = max(kandidaten, key=lambda r: len(r.root_path))
    with translation.override(rp.language_code):
        pad = reverse("wagtail_serve", args=(url_path[len(rp.root_path):],))
    return rp.root_url + pad


def zichtbaar_q(site, modellen):
    """A Q over wagtailcore.Page: the pages of these types in this site's view (for mixed querysets)."""
    q = Q(pk__in=[])
    for model in modellen:
        q |= Q(pk__in=zichtbaar_voor_site(model.objects.all(), site).values("pk"))
    return q


def site_van_request(request):
    """The request's site (by hostname), or None when no site matches and there is no default."""
    return Site.find_for_request(request)
