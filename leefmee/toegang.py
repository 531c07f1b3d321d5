"""Which part of the page tree an admin user answers for: the municipality boundary in the admin.

One installation can serve several municipalities (one Wagtail Site each). Model permissions
("may view contact requests") say nothing about *whose* requests, so every admin view of data
that belongs to a page (contact requests, registrations, change suggestions, insight per site,
AVG requests) narrows its rows to the subtrees where the user may edit pages:

- a superuser, or a group with a page permission on the tree root (the "Redacteuren" and
  "Beheerders" groups): everything;
- "Redacteuren <gemeente>": that municipality's home page and its translations;
- a partner: its own organisation's branch (partners have no model permission on personal data,
  so this only matters should one be given).

Rows that belong to no page (the page was deleted) stay with whoever sees everything.
"""

from django.db.models import Q
from wagtail.models import GroupPagePermission, Page, Site

# The page permissions that make a subtree "yours": editing it, or publishing in it.
BEHEER_CODENAMES = ("change_page", "publish_page")
ALLES = None


def beheerde_paden(user):
    """ALLES (None) for the whole tree, else a sorted list of tree paths (possibly empty)."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return []
    if user.is_superuser:
        return ALLES
    gecached = getattr(user, "_leefmee_beheerde_paden", False)
    if gecached is not False:
        return gecached
    paden = sorted(set(
        GroupPagePermission.objects.filter(
            group__user=user, permission__codename__in=BEHEER_CODENAMES,
        ).values_list("page__path", flat=True)
    ))
    root = Page.get_first_root_node()
    uitkomst = ALLES if root is not None and root.path in paden else paden
    # Once per request: the user object lives as long as the request.
    user._leefmee_beheerde_paden = uitkomst
    return uitkomst


def paden_q(user, *velden):
    """A Q that keeps rows whose page (through any of `velden`, each a path to a Page foreign key,
    tried in order: the first that is set decides) lies in the user's subtrees."""
    paden = beheerde_paden(user)
    if paden is ALLES:
        return Q()
    if not paden:
        return Q(pk__in=[])
    q = Q(pk__in=[])
    eerder_leeg = Q()
    for veld in velden:
        binnen = Q(pk__in=[])
        for pad in paden:
            binnen |= Q(**{f"{veld}__path__startswith": pad})
        q |= eerder_leeg & binnen
        eerder_leeg &= Q(**{f"{veld}__isnull": True})
    return q


def beperk(queryset, user, *velden):
    """`queryset` narrowed to the rows of the user's subtrees (see paden_q)."""
    return queryset.filter(paden_q(user, *velden))


def mag_pagina(user, page):
    """Whether `page` (a Page or None) lies in the user's subtrees."""
    paden = beheerde_paden(user)
    if paden is ALLES:
        return True
    return page is not None and any(page.path.startswith(pad) for pad in paden)


def sites_van(user):
    """The sites the user answers for: those whose home page lies in (or is) one of its subtrees."""
    sites = Site.objects.select_related("root_page").order_by("-is_default_site", "site_name", "hostname")
    paden = beheerde_paden(user)
    if paden is ALLES:
        return list(sites)
    return [site for site in sites if any(site.root_page.path.startswith(pad) for pad in paden)]


def beperk_paginas(queryset, user):
    """A page queryset narrowed to the user's subtrees."""
    paden = beheerde_paden(user)
    if paden is ALLES:
        return queryset
    q = Q(pk__in=[])
    for pad in paden:
        q |= Q(path__startswith=pad)
    return queryset.filter(q)
