"""Reading settings from the environment: the helpers every settings module uses."""

import os
from urllib.parse import urlsplit


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def tegel_bron(url_sjabloon):
    """The CSP source for a tile URL template: https://{s}.tile.example.org/... -> https://*.tile.example.org.

    Placeholders in the host (`{s}` for the subdomain) become a wildcard for that label.
    """
    if not url_sjabloon:
        return []
    delen = urlsplit(url_sjabloon.replace("{", "%7B").replace("}", "%7D"))
    if not delen.scheme or not delen.netloc:
        return []
    labels = ["*" if "%7B" in label else label for label in delen.netloc.split(".")]
    host = ".".join(labels)
    # A wildcard is only valid as the first label in CSP; anything else: the whole host is unknown.
    if "*" in labels[1:]:
        return []
    return [f"{delen.scheme}://{host}"]


def env_limiet(name, default):
    """A rate limit "number/seconds" from the environment, e.g. LEEFMEE_FORMULIER_LIMIET=5/600."""
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    aantal, _, seconden = value.partition("/")
    return int(aantal), int(seconden)


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]
