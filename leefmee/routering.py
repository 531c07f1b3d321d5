"""Routing a URL to its page in one query instead of two per tree level.

Wagtail's Page.route walks the tree: at every level it reads the child with the next slug and then
that child's specific row. An offering three levels below the site root costs six queries before
the page does anything (a tenth of its server time at 10,000 offerings). Every page stores its
full `url_path`, so all levels of a URL can be read at once; only the deepest one found is read as
its specific type, and routing carries on from there with the rest of the path, as Wagtail would.

A section right below the root (the map, the agenda) that handles the rest of the URL itself (it is
the page asked for, or one of its own routes matches) comes from process memory: no query at all.

Overriding `route` on our own root page type (`RouteInEenKeer`, used by HomePage) is Wagtail's
supported extension point. The shortcut steps aside, and Wagtail's own `Page.route` walks the tree
unchanged, when:
- there is no path below the root page (the root page itself is served), or no page matches the
  first component of the URL;
- a page above the deepest one found overrides `route` with anything other than Wagtail's own or
  RoutablePageMixin's (it could route differently);
- a live routable page above the deepest one has a route of its own that matches the rest of the
  URL (RoutablePageMixin tries its own routes before its children).

The pages read along the way are handed to the deepest page as plain attributes of ours
(`route_ouder`, `route_voorouders`) for its breadcrumb and parent link; no attribute of Wagtail's
is set.
"""

from django.http import Http404
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page

from .versiecache import bewaard

# Page.route and the routable mixin's route hand the URL to the child with the next slug when
# nothing of their own matches; any other override could do something else.
_GEWONE_ROUTES = {Page.route, RoutablePageMixin.route}


def _geeft_door(model, live, rest):
    """Would a page of `model` hand the URL `rest` to its child `rest[0]`, like Page.route?"""
    if model is None or model.route not in _GEWONE_ROUTES | {RouteInEenKeer.route}:
        return False
    if issubclass(model, RoutablePageMixin) and live:
        try:
            model.get_resolver().resolve("/" + "/".join(rest) + "/")
        except Http404:  # Resolver404: no route of its own, so on to the child
            return True
        return False
    return True


def pagina_keten(root, componenten):
    """The pages below `root` along the URL, as far as they exist (plain Page rows), in one query."""
    paden = [root.url_path + "".join(f"{c}/" for c in componenten[:i]) for i in range(1, len(componenten) + 1)]
    per_pad = {p.url_path: p for p in Page.objects.filter(url_path__in=paden, path__startswith=root.path)}
    keten = []
    for diepte, pad in enumerate(paden, start=root.depth + 1):
        pagina = per_pad.get(pad)
        if pagina is None or pagina.depth != diepte:
            break
        keten.append(pagina)
    return keten


def sectie(root, slug):
    """The child of `root` with this slug as its own type, from process memory (a copy), or None.

    The sections below the home page (the map, the agenda, the stories) are the same few pages for
    every request until the content changes (leefmee.versiecache); a slug that is no child is not kept.
    """
    return bewaard("route_sectie", (root.pk, slug), lambda: root.get_children().filter(slug=slug).specific().first())


def route_in_een_keer(root, request, componenten):
    """Wagtail's RouteResult for `componenten` below `root`, or None when the shortcut does not apply."""
    if not componenten or not _geeft_door(type(root), root.live, componenten):
        return None
    # A section that handles the rest of the URL itself (its own page, or a route of its own) gets it
    # straight from memory, as Wagtail's Page.route would hand it over: no query.
    eerste = sectie(root, componenten[0])
    if eerste is not None and (len(componenten) == 1 or not _geeft_door(type(eerste), eerste.live, componenten[1:])):
        eerste.route_ouder = root
        eerste.route_voorouders = [root] if root.depth == 2 else None
        return eerste.route(request, componenten[1:])
    keten = pagina_keten(root, componenten)
    if not keten:
        return None
    for niveau, pagina in enumerate([root, *keten[:-1]]):
        if not _geeft_door(pagina.specific_class, pagina.live, componenten[niveau:]):
            return None
    diepste = keten[-1].specific  # one query, for its own type
    diepste.route_ouder = keten[-2] if len(keten) > 1 else root
    # The breadcrumb needs these ancestors too (plain Page rows, by path, as ancestor_of gives them).
    diepste.route_voorouders = [root, *keten[:-1]] if root.depth == 2 else None
    return diepste.route(request, componenten[len(keten):])


class RouteInEenKeer:
    """For the site's root page type: routes the URLs below it with `route_in_een_keer`."""

    def route(self, request, path_components):
        resultaat = route_in_een_keer(self, request, path_components)
        return resultaat if resultaat is not None else super().route(request, path_components)
