"""An editor at work, for the load test: publish new revisions of demo pages until time is up.

    python tests/reliability/redacteur.py SECONDS

Runs with the server settings and database of the app server under load (DJANGO_SETTINGS_MODULE,
DATABASE_URL, ... from the environment). Prints one line: "gepubliceerd N". Every publish bumps the
page cache version, so the servers must render pages again while visitors keep coming.
"""

import sys
import time

import django


def main(seconden):
    django.setup()
    from django.contrib.auth import get_user_model
    from wagtail.models import Page

    from home.models import HomePage
    from kaart.models import OrganisatiePage

    redacteur = get_user_model().objects.filter(is_superuser=True).order_by("pk").first()
    nl = Page.objects.filter(locale__language_code="nl").order_by("pk")
    paginas = [HomePage.objects.filter(pk__in=nl).order_by("pk").first().pk,
               OrganisatiePage.objects.get(slug="welzijn-duinwijk", pk__in=nl).pk,
               nl.filter(url_path__endswith="/verhalen/").first().pk]
    einde = time.monotonic() + seconden
    gepubliceerd = 0
    while time.monotonic() < einde:
        page = Page.objects.get(pk=paginas[gepubliceerd % len(paginas)]).specific
        page.seo_title = f"Bijgewerkt {gepubliceerd}"
        page.save_revision(user=redacteur, log_action=True).publish(user=redacteur)
        gepubliceerd += 1
        time.sleep(1)  # a busy editor, not a tight loop
    print(f"gepubliceerd {gepubliceerd}")


if __name__ == "__main__":
    main(float(sys.argv[1]))
