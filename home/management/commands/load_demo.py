"""Build the demo municipality 'Duinwijk'. Idempotent: running it twice gives the same site."""

from importlib import import_module

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction

from home import demo as home_demo
from home import demo_vertalingen
from home.demo_regio import KUSTMEER_HOST
from kaart.partners.collecties import verdeel_bestanden

# Every app adds its own content in its own demo module, in dependency order. Each `laad(context)`
# receives what earlier steps built (site, home page, users, ...) and may add to it.
APP_DEMO_MODULES = [
    "kaart.demo",
    "kaart.demo_zelfcheck",
    "kaart.demo_vinden",
    "verhalen.demo",
    # After the stories index exists: partners get the right to write stories there.
    "kaart.demo_partners",
    # A second, smaller municipality sharing two regional organisations with Duinwijk.
    "home.demo_regio",
    "publicatie.demo",  # last: builds editions from the map (and stories) loaded before it
]


class Command(BaseCommand):
    help = "Laadt de demo-inhoud (fictieve gemeente Duinwijk). Twee keer draaien geeft dezelfde site."

    def add_arguments(self, parser):
        parser.add_argument("--port", type=int, default=None,
                            help="Poort waarop de demo draait (standaard PORT, anders 8000).")
        parser.add_argument("--skip-index", action="store_true", help="Sla het bijwerken van de zoekindex over.")

    def handle(self, *args, **options):
        with transaction.atomic():
            home_demo.laad_locales()
            site, home = home_demo.laad_startpagina(options["port"])
            context = {
                "site": site,
                "home": home,
                "instellingen": home_demo.laad_site_instellingen(site),
                "gebruikers": home_demo.laad_gebruikers(),
            }
            context["paginas"] = home_demo.laad_gewone_paginas(home)
            for naam in APP_DEMO_MODULES:
                self.stdout.write(f"Demo: {naam}")
                import_module(naam).laad(context)
            # Translation aliases of pages created in code only appear after syncing the locale trees.
            call_command("sync_locale_trees", verbosity=0)
            # Translations last: they turn some of those aliases into real translations. (In this
            # order the revisions wagtail-localize publishes on commit already know the whole tree.)
            demo_vertalingen.laad(context)
        if not options["skip_index"]:
            call_command("update_index", verbosity=0)
        call_command("rebuild_references_index", verbosity=0)
        # With the references known: each municipality's and partner's files into its own collection.
        verdeel_bestanden()
        poort = site.port
        self.stdout.write(self.style.SUCCESS(
            f"Demo-inhoud geladen: http://127.0.0.1:{poort}/ (admin: http://127.0.0.1:{poort}/admin/), "
            f"Kustmeer: http://{KUSTMEER_HOST}:{poort}/"))
