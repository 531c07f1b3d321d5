"""Which page titles an admin user may see in choosers, the explorer and reports.

Wagtail shows every page of the tree in its page chooser and explorer, drafts and restricted
pages included. A partner of one organisation should not read the titles of another
organisation's drafts or private pages there (issue 20, finding 6). A user sees
- everything, when it may edit the whole tree (superuser, "Redacteuren", "Beheerders");
- else: the pages in its own subtrees (leefmee.toegang), the pages it created itself, and the
  pages any visitor may see (leefmee.zichtbaarheid: live and not restricted).
"""

from django.db.models import Q

from .toegang import ALLES, beheerde_paden
from .zichtbaarheid import afgeschermd_q


def _in_paden_q(paden):
    q = Q(pk__in=[])
    for pad in paden:
        q |= Q(path__startswith=pad)
    return q


def _voorouders_q(paden):
    """The ancestors of the user's subtrees: needed to browse down to them in the chooser."""
    voorouders = {pad[:lengte] for pad in paden for lengte in range(4, len(pad), 4)}
    return Q(path__in=sorted(voorouders))


def zichtbaar_in_admin_q(user):
    """A Q of the pages whose title `user` may see in the admin (see the module text)."""
    paden = beheerde_paden(user)
    if paden is ALLES:
        return Q()
    openbaar = Q(live=True) & ~afgeschermd_q()
    eigen = Q(owner=user) if getattr(user, "pk", None) else Q(pk__in=[])
    return openbaar | eigen | _in_paden_q(paden)


def zichtbaar_in_admin(pages, user):
    """`pages` narrowed to what `user` may see (see zichtbaar_in_admin_q)."""
    q = zichtbaar_in_admin_q(user)
    return pages if not q else pages.filter(q)


def mag_titel_zien(user, page):
    """The same rule for one page in memory."""
    from .zichtbaarheid import is_afgeschermd

    paden = beheerde_paden(user)
    if paden is ALLES:
        return True
    if page.live and not is_afgeschermd(page):
        return True
    if page.owner_id is not None and page.owner_id == getattr(user, "pk", None):
        return True
    return any(page.path.startswith(pad) for pad in paden)


def alleen_eigen_subtrees(pages, user):
    """`pages` narrowed to the user's subtrees and the pages above them (to browse down).

    For choosers that link the user's own work to an organisation: a partner may only name its
    own organisation, an editor of one municipality only that municipality's organisations.
    """
    paden = beheerde_paden(user)
    if paden is ALLES:
        return pages
    return pages.filter(_in_paden_q(paden) | _voorouders_q(paden))


def eigen_werk_q(user, prefix=""):
    """A Q of the pages that are the user's own work: its subtrees and the pages it created.

    For what tells who did what (the site history): stricter than zichtbaar_in_admin_q, which
    also lets through every public page. `prefix` is the lookup path to a page (e.g. "page__").
    """
    paden = beheerde_paden(user)
    if paden is ALLES:
        return Q()
    q = Q(**{f"{prefix}owner": user}) if getattr(user, "pk", None) else Q(pk__in=[])
    for pad in paden:
        q |= Q(**{f"{prefix}path__startswith": pad})
    return q
