"""Benchmark data: `manage.py generate_bench_data --offerings 10000`.

Creates proportional organisations (1/5), activities (1/2) and vacancies (1/10) with taxonomy links,
coordinates and recurring dates, as live pages in the default site's KaartPage. Fast: page rows are
bulk-inserted with valid treebeard paths computed here, the specific rows are inserted without
saving their parents again, links and dates are bulk-inserted, and the search index is filled in bulk.
No revisions are made (not needed to serve live pages). Use a separate database for it.
"""

import datetime as dt
import random
import time
import uuid

from django.contrib.contenttypes.models import ContentType
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.utils import timezone
from wagtail.models import Locale, Page, Site
from wagtail.search.backends import get_search_backend

from kaart.models import (
    AanbodDimensie,
    AanbodDoelgroep,
    AanbodGebied,
    AanbodPage,
    AanbodVraag,
    ActiviteitDimensie,
    ActiviteitGebied,
    ActiviteitKenmerk,
    ActiviteitMoment,
    ActiviteitPage,
    AgendaPage,
    Dimensie,
    Doelgroep,
    Gebied,
    KaartPage,
    Kenmerk,
    Levensvraag,
    Openingstijd,
    OrganisatieGebied,
    OrganisatiePage,
    VacatureDimensie,
    VacatureGebied,
    VacatureKenmerk,
    VacaturePage,
)
from leefmee.boom import kindpad

WOORDEN = ("koffie taal geld schulden wandelen sport eten samen buurt hulp advies zorg mantelzorg jongeren "
           "ouderen fietsen creatief muziek tuin computer werk vrijwilligers gezondheid rouw eenzaam").split()
BATCH = 1000


class Command(BaseCommand):
    help = "Generate live map pages for the benchmark (bench/kaart.py)."

    def add_arguments(self, parser):
        parser.add_argument("--offerings", type=int, default=2000)
        parser.add_argument("--seed", type=int, default=1)

    def handle(self, *args, offerings, seed, **options):
        random.seed(seed)
        if offerings < 5:
            raise CommandError("Use at least 5 offerings.")
        if OrganisatiePage.objects.filter(slug__startswith="bench-").exists():
            raise CommandError("This database already has benchmark data; use a fresh database.")
        start = time.monotonic()
        self.locale = Locale.get_default()
        self.nu = timezone.now()
        kaart = self.kaart_en_agenda()
        tax = self.taxonomie()
        n_org = max(1, offerings // 5)
        orgs = self.maak_paginas(kaart, OrganisatiePage, n_org, "bench-org", self.org_velden)
        self.stdout.write(f"{len(orgs)} organisations ({time.monotonic() - start:.0f}s)")
        OrganisatieGebied.objects.bulk_create(
            OrganisatieGebied(page_id=o.pk, gebied=random.choice(tax["gebied"]), sort_order=0) for o in orgs)
        Openingstijd.objects.bulk_create(
            Openingstijd(page_id=o.pk, dag=d, open=dt.time(9), dicht=dt.time(17), sort_order=d)
            for o in orgs for d in range(5))
        soorten = [(AanbodPage, offerings, "bench-aanbod", self.aanbod_velden),
                   (ActiviteitPage, offerings // 2, "bench-act", self.activiteit_velden),
                   (VacaturePage, offerings // 10, "bench-vac", self.vacature_velden)]
        for model, aantal, prefix, velden in soorten:
            per_org = {o.pk: [] for o in orgs}
            for i in range(aantal):
                per_org[orgs[i % len(orgs)].pk].append(i)
            paginas = []
            for org in orgs:
                paginas += self.maak_paginas(org, model, len(per_org[org.pk]), f"{prefix}-{org.pk}", velden)
            self.koppel(model, paginas, tax)
            self.stdout.write(f"{len(paginas)} {model._meta.verbose_name_plural} ({time.monotonic() - start:.0f}s)")
        backend = get_search_backend()
        for model in (OrganisatiePage, AanbodPage, ActiviteitPage, VacaturePage):
            qs = model.objects.filter(slug__startswith="bench-")
            for i in range(0, qs.count(), BATCH):
                backend.add_bulk(model, list(qs.order_by("pk")[i:i + BATCH]))
        # Fresh bulk inserts leave the planner without statistics (PostgreSQL then guesses one row per
        # table and picks nested loops); production databases have them through autovacuum.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
        self.stdout.write(self.style.SUCCESS(f"Done in {time.monotonic() - start:.0f}s (search index included)."))

    # --- pages -----------------------------------------------------------------------------
    def kaart_en_agenda(self):
        site = Site.objects.get(is_default_site=True)
        root = site.root_page
        kaart = KaartPage.objects.filter(locale=self.locale).first()
        if kaart is None:
            kaart = KaartPage(title="Sociale kaart", slug="kaart", locale=self.locale)
            root.add_child(instance=kaart)
            kaart.save_revision().publish()
        if not AgendaPage.objects.filter(locale=self.locale).exists():
            agenda = AgendaPage(title="Agenda", slug="agenda", locale=self.locale)
            root.refresh_from_db()
            root.add_child(instance=agenda)
            agenda.save_revision().publish()
        kaart.refresh_from_db()
        return kaart

    def maak_paginas(self, ouder, model, aantal, prefix, velden):
        """Bulk-insert `aantal` live child pages of `ouder` with valid treebeard paths."""
        if not aantal:
            return []
        ouder.refresh_from_db()
        ct = ContentType.objects.get_for_model(model)
        paginas = []
        for i in range(aantal):
            slug = f"{prefix}-{i}"
            titel = f"{random.choice(WOORDEN).capitalize()} {random.choice(WOORDEN)} {prefix.split('-')[1]} {i}"
            paginas.append(Page(
                title=titel, draft_title=titel, slug=slug, content_type=ct, locale=self.locale,
                path=kindpad(ouder.path, ouder.numchild + i + 1), depth=ouder.depth + 1,
                numchild=0, url_path=f"{ouder.url_path}{slug}/", live=True, has_unpublished_changes=False,
                first_published_at=self.nu, last_published_at=self.nu, translation_key=uuid.uuid4(),
            ))
        with transaction.atomic():
            for i in range(0, len(paginas), BATCH):
                Page.objects.bulk_create(paginas[i:i + BATCH])
            Page.objects.filter(pk=ouder.pk).update(numchild=ouder.numchild + aantal)
            specifiek = []
            for page in paginas:
                obj = model(page_ptr_id=page.pk, **velden())
                obj.save_base(raw=True, force_insert=True)
                obj.__dict__.update({k: v for k, v in page.__dict__.items() if k != "_state"})
                specifiek.append(obj)
        return specifiek

    def beschrijving(self):
        return " ".join(random.choice(WOORDEN) for _ in range(12)).capitalize() + "."

    def coordinaten(self, kans=1.0):
        if random.random() > kans:
            return {"breedtegraad": None, "lengtegraad": None}
        return {"breedtegraad": round(52.24 + random.uniform(-0.05, 0.05), 6),
                "lengtegraad": round(4.44 + random.uniform(-0.06, 0.06), 6)}

    def org_velden(self):
        return {"korte_beschrijving": self.beschrijving(), "soort": random.choice(OrganisatiePage.Soort.values),
                "plaats": "Duinwijk", **self.coordinaten()}

    def aanbod_velden(self):
        return {"korte_beschrijving": self.beschrijving(), "wat_is_het": f"<p>{self.beschrijving()}</p>",
                "kosten": random.choice(["gratis", "betaald", "vergoed"]), "verwijzing_nodig": random.random() < 0.3,
                **self.coordinaten(0.5)}

    def activiteit_velden(self):
        return {"korte_beschrijving": self.beschrijving(), "kosten": random.choice(["gratis", "betaald"]),
                **self.coordinaten(0.3)}

    def vacature_velden(self):
        return {"korte_beschrijving": self.beschrijving(), "taak": f"<p>{self.beschrijving()}</p>",
                "tijd": "2 uur per week"}

    # --- taxonomy --------------------------------------------------------------------------
    def taxonomie(self):
        dimensies = list(Dimensie.objects.filter(locale=self.locale))
        tax = {"dimensie": dimensies}
        for model, naam, aantal in ((Doelgroep, "doelgroep", 8), (Gebied, "gebied", 6), (Kenmerk, "kenmerk", 10)):
            for i in range(aantal):
                model.objects.get_or_create(slug=f"bench-{naam}-{i}", locale=self.locale,
                                            defaults={"naam": f"{naam.capitalize()} {i}"})
            tax[naam] = list(model.objects.filter(locale=self.locale))
        for i in range(30):
            Levensvraag.objects.get_or_create(
                slug=f"bench-vraag-{i}", locale=self.locale,
                defaults={"naam": f"Vraag {i}: ik zoek {random.choice(WOORDEN)}", "dimensie": dimensies[i % 6],
                          "populair": i < 6})
        tax["vraag"] = list(Levensvraag.objects.filter(locale=self.locale))
        return tax

    def koppel(self, model, paginas, tax):
        rijen = {}

        def voeg(link, veld, waarden, page):
            for n, waarde in enumerate(waarden):
                rijen.setdefault(link, []).append(link(page_id=page.pk, sort_order=n, **{veld: waarde}))

        for page in paginas:
            dims = random.sample(tax["dimensie"], random.choice([1, 1, 2]))
            if model is AanbodPage:
                voeg(AanbodDimensie, "dimensie", dims, page)
                vragen = [v for v in tax["vraag"] if v.dimensie_id == dims[0].pk][:1]
                voeg(AanbodVraag, "vraag", vragen, page)
                voeg(AanbodDoelgroep, "doelgroep", random.sample(tax["doelgroep"], 2), page)
                voeg(AanbodGebied, "gebied", random.sample(tax["gebied"], 1), page)
            elif model is ActiviteitPage:
                voeg(ActiviteitDimensie, "dimensie", dims, page)
                voeg(ActiviteitKenmerk, "kenmerk", random.sample(tax["kenmerk"], 2), page)
                voeg(ActiviteitGebied, "gebied", random.sample(tax["gebied"], 1), page)
                herhaling = random.choice(["wekelijks", "tweewekelijks", "maandelijks", "eenmalig"])
                datum = dt.date.today() + dt.timedelta(days=random.randint(-60, 60))
                rijen.setdefault(ActiviteitMoment, []).append(ActiviteitMoment(
                    page_id=page.pk, herhaling=herhaling, datum=datum, sort_order=0,
                    begintijd=dt.time(random.choice([9, 10, 14, 19])), eindtijd=dt.time(21)))
            else:
                voeg(VacatureDimensie, "dimensie", dims, page)
                voeg(VacatureKenmerk, "kenmerk", random.sample(tax["kenmerk"], 1), page)
                voeg(VacatureGebied, "gebied", random.sample(tax["gebied"], 1), page)
        for link, objecten in rijen.items():
            link.objects.bulk_create(objecten, batch_size=BATCH)
