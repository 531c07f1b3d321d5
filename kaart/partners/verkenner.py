"""Keep partners out of the explorer of other organisations' pages.

Wagtail lets a user open the page explorer of any page below the common ancestor of their permitted
branches (for a partner: the home page), and shows that page's latest draft title there; it only
filters the child list. So a partner could read another organisation's draft titles by trying page
ids. This middleware sends such a request to the user's own explorable root instead.
"""

import re

from django.shortcuts import redirect
from wagtail.permission_policies.pages import PagePermissionPolicy

VERKENNER = re.compile(r"^/admin/pages/(\d+)/$")


class VerkennerAfschermingMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        treffer = VERKENNER.match(request.path_info)
        gebruiker = getattr(request, "user", None)
        if treffer and gebruiker is not None and gebruiker.is_authenticated and not gebruiker.is_superuser:
            beleid = PagePermissionPolicy()
            if not beleid.explorable_instances(gebruiker).filter(pk=int(treffer.group(1))).exists():
                root = beleid.explorable_root_instance(gebruiker)
                return redirect("wagtailadmin_explore", root.pk) if root else redirect("wagtailadmin_home")
        return self.get_response(request)
