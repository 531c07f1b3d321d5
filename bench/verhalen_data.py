"""Benchmark stories: `python bench/verhalen_data.py --stories 2000` (after load_demo + generate_bench_data).

Bulk-inserts live VerhaalPage rows under the demo's VerhalenIndexPage with valid treebeard paths,
dimension/question/organisation links and a realistic body, then fills the search index in bulk.
No revisions (not needed to serve live pages). Run it on the benchmark database only.
"""

import argparse
import datetime as dt
import os
import random
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")

import django  # noqa: E402

django.setup()

from django.contrib.contenttypes.models import ContentType  # noqa: E402
from django.db import transaction  # noqa: E402
from django.utils import timezone  # noqa: E402
from wagtail.models import Locale, Page  # noqa: E402
from wagtail.search.backends import get_search_backend  # noqa: E402

from kaart.models import Dimensie, Levensvraag, OrganisatiePage  # noqa: E402
from leefmee.boom import kindpad  # noqa: E402
from verhalen.models import VerhaalPage, VerhalenIndexPage  # noqa: E402
from verhalen.models.koppelingen import VerhaalDimensie, VerhaalOrganisatie, VerhaalVraag  # noqa: E402

NAMEN = "Ans Sem Fatima Piet Olga Mehmet Joke Daan Aisha Kees Ilse Yusuf Marja Tom Lotte Ahmed".split()
ZINNEN = [
    "Ik woon al dertig jaar in de wijk.", "Na de dood van mijn man was ik veel alleen.",
    "Bij de buurtmaaltijd leerde ik nieuwe mensen kennen.", "Nu ga ik elke dinsdag wandelen.",
    "De vrijwilliger hielp mij met mijn post.", "Ik had schulden en durfde het niemand te vertellen.",
    "Het taalcafé maakt mijn week leuker.", "Mijn dochter zegt dat ik weer lach.",
]
BATCH = 1000


def body():
    blokken = [{"type": "alinea", "value": f"<p>{' '.join(random.sample(ZINNEN, 4))}</p>", "id": str(uuid.uuid4())}
               for _ in range(4)]
    blokken.insert(2, {"type": "kop", "value": "Wat hielp mij", "id": str(uuid.uuid4())})
    return blokken


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--stories", type=int, default=400)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    random.seed(args.seed)
    start = time.monotonic()
    locale = Locale.get_default()
    index = VerhalenIndexPage.objects.filter(locale=locale).first()
    if index is None:
        sys.exit("No VerhalenIndexPage: run load_demo first.")
    if VerhaalPage.objects.filter(slug__startswith="bench-verhaal-").exists():
        sys.exit("This database already has benchmark stories.")
    nu = timezone.now()
    ct = ContentType.objects.get_for_model(VerhaalPage)
    paginas = []
    for i in range(args.stories):
        naam = random.choice(NAMEN)
        slug = f"bench-verhaal-{i}"
        titel = f"{naam} vertelt: {random.choice(ZINNEN)[:-1].lower()} ({i})"
        paginas.append(Page(
            title=titel, draft_title=titel, slug=slug, content_type=ct, locale=locale,
            path=kindpad(index.path, index.numchild + i + 1), depth=index.depth + 1,
            numchild=0, url_path=f"{index.url_path}{slug}/", live=True, has_unpublished_changes=False,
            first_published_at=nu, last_published_at=nu, translation_key=uuid.uuid4(),
        ))
    dimensies = list(Dimensie.objects.filter(locale=locale))
    vragen = list(Levensvraag.objects.filter(locale=locale))
    orgs = list(OrganisatiePage.objects.filter(locale=locale).values_list("pk", flat=True)[:2000])
    with transaction.atomic():
        for i in range(0, len(paginas), BATCH):
            Page.objects.bulk_create(paginas[i:i + BATCH])
        Page.objects.filter(pk=index.pk).update(numchild=index.numchild + len(paginas))
        dim_rows, vraag_rows, org_rows = [], [], []
        for page in paginas:
            obj = VerhaalPage(
                page_ptr_id=page.pk, voornaam=page.title.split()[0], leeftijd=random.randint(16, 90),
                intro=" ".join(random.sample(ZINNEN, 2)), citaat=random.choice(ZINNEN), body=body(),
                datum=dt.date.today() - dt.timedelta(days=random.randint(0, 900)),
            )
            obj.save_base(raw=True, force_insert=True)
            dim_rows.append(VerhaalDimensie(page_id=page.pk, dimensie=random.choice(dimensies), sort_order=0))
            if vragen:
                vraag_rows.append(VerhaalVraag(page_id=page.pk, vraag=random.choice(vragen), sort_order=0))
            if orgs:
                org_rows.append(VerhaalOrganisatie(page_id=page.pk, organisatie_id=random.choice(orgs), sort_order=0))
        VerhaalDimensie.objects.bulk_create(dim_rows, batch_size=BATCH)
        VerhaalVraag.objects.bulk_create(vraag_rows, batch_size=BATCH)
        VerhaalOrganisatie.objects.bulk_create(org_rows, batch_size=BATCH)
    backend = get_search_backend()
    qs = VerhaalPage.objects.filter(slug__startswith="bench-verhaal-").order_by("pk")
    for i in range(0, len(paginas), BATCH):
        backend.add_bulk(VerhaalPage, list(qs[i:i + BATCH]))
    print(f"{len(paginas)} stories in {time.monotonic() - start:.0f}s (search index included).")


if __name__ == "__main__":
    main()
