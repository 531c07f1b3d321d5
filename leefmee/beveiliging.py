"""Cross-cutting security helpers: Permissions-Policy header, CSP sources, login lockout backend."""

from axes.backends import AxesStandaloneBackend
from csp.middleware import CSPMiddleware
from django.conf import settings


def permissions_policy(beleid):
    """{"geolocation": ["self"], "camera": []} -> 'geolocation=(self), camera=()'."""
    delen = []
    for functie, bronnen in beleid.items():
        waarden = " ".join("self" if b == "self" else f'"{b}"' for b in bronnen)
        delen.append(f"{functie}=({waarden})")
    return ", ".join(delen)


class PermissionsPolicyMiddleware:
    """Adds the Permissions-Policy header from LEEFMEE_PERMISSIONS_POLICY to every response."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.header = permissions_policy(getattr(settings, "LEEFMEE_PERMISSIONS_POLICY", {}))

    def __call__(self, request):
        response = self.get_response(request)
        if self.header:
            response.headers.setdefault("Permissions-Policy", self.header)
        return response


class SiteCSPMiddleware(CSPMiddleware):
    """django-csp's middleware, except for Wagtail's previews.

    Wagtail renders a preview (the admin's live preview panel, the drukproef) by sending a dummy
    request for the page's public URL through the middleware, so the site's `frame-ancestors 'none'`
    landed on a response that the admin shows in a frame: the panel stayed blank. A preview may be
    framed by its own origin; public pages keep 'none'."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if getattr(request, "is_preview", False):
            parts.replace = {**(parts.replace or {}), "frame-ancestors": ["'self'"]}
        return parts


class AxesBackend(AxesStandaloneBackend):
    """django-axes' lockout check, tolerant of authenticate() calls without a request.

    Every login form (Wagtail's admin login, Django's LoginView) passes the request, so lockout
    applies there. Only code outside a request (Django's test client `login()`, shell scripts)
    calls authenticate() without one; axes would raise there, so we let the next backend decide.
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)
