"""Scale-out on one machine: two app servers and one task worker on the same PostgreSQL and Redis.

- a page published through server A is served updated by server B, with the page cache on;
- a background task queued through one server is done by the worker, its result visible on both;
- a session made on A works on B (log in on A, use the admin on B).

Runs only on PostgreSQL (the CI's second pass); SQLite cannot be shared safely by several servers.
Needs Redis at LEEFMEE_TEST_REDIS_URL (default redis://127.0.0.1:6379/9): skipped without it, except
in CI (CI=true), where that is a failure. Every process is stopped at the end, also on failure.
"""

import io
import sys
import uuid

import pytest
import requests
from django.db import connection

from tests.fabrieken import UserFactory

from .hulp import WACHTWOORD, Processen, server_env, vereis_redis, wacht_op_gezond, wacht_tot, wis_redis_prefix

pytestmark = [pytest.mark.postgres]


@pytest.fixture
def opstelling(request, tmp_path):
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL (DATABASE_URL=postgres://...): several servers cannot share SQLite")
    # Requested after the check: the other servers must see committed data (a transactional test),
    # and the data of the migrations (locales, root page) comes back by serialized rollback, since an
    # earlier transactional test may have flushed the database.
    home_page = request.getfixturevalue("home_page")
    vereis_redis()
    db = connection.settings_dict
    database_url = (f"postgres://{db['USER'] or ''}:{db['PASSWORD'] or ''}@{db['HOST'] or '127.0.0.1'}:"
                    f"{db['PORT'] or 5432}/{db['NAME']}")
    media = tmp_path / "media"
    media.mkdir()
    prefix = f"twee-{uuid.uuid4().hex[:8]}"
    try:
        with Processen(server_env(database_url, media, prefix)) as processen:
            poorten = {naam: processen.gunicorn(f"server-{naam}") for naam in ("A", "B")}
            processen.start(sys.executable, "manage.py", "db_worker", "--interval", "0.2", "--no-reload",
                            naam="worker")
            wacht_op_gezond(*poorten.values())
            yield {"A": poorten["A"], "B": poorten["B"], "media": media, "home": home_page}
    finally:
        wis_redis_prefix(prefix)


def _log_in(sessie, basis, user):
    sessie.get(f"{basis}/admin/login/", timeout=10)
    response = sessie.post(f"{basis}/admin/login/", timeout=10, data={
        "username": user.username, "password": WACHTWOORD, "csrfmiddlewaretoken": sessie.cookies["csrftoken"],
    })
    assert response.ok and response.url.rstrip("/").endswith("/admin"), response.url


def _titel(response):
    return response.text.split("<title>", 1)[1].split("</title>", 1)[0]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_app_servers_and_a_worker_share_pages_sessions_and_tasks(opstelling):
    a, b, home = opstelling["A"], opstelling["B"], opstelling["home"]
    editor = UserFactory(username="redacteur", is_superuser=True, is_staff=True)

    # Sessions: log in on A, use the admin on B with the same cookie.
    sessie_a = requests.Session()
    _log_in(sessie_a, a, editor)
    sessie_b = requests.Session()
    sessie_b.cookies.update(sessie_a.cookies)
    dashboard = sessie_b.get(f"{b}/admin/", timeout=10, allow_redirects=False)
    assert dashboard.status_code == 200, "B does not know the session made on A"

    # The page cache on B holds the old page.
    anoniem = requests.Session()
    for basis in (a, b, b):
        response = anoniem.get(f"{basis}/", timeout=10, headers={"Host": "localhost"})
        assert "LEEF MEE Testdorp" in _titel(response)
    assert response.headers["X-Paginacache"] == "hit"

    # A draft made here, published through server A (Wagtail's bulk publish action).
    home.title = "Duinwijk doet mee"
    home.save_revision()
    publish = f"{a}/admin/bulk/wagtailcore/page/publish/?id={home.pk}&next=/admin/"
    response = sessie_a.post(publish, timeout=20, data={"csrfmiddlewaretoken": sessie_a.cookies["csrftoken"]})
    assert response.ok, response.status_code
    home.refresh_from_db()
    assert home.live and not home.has_unpublished_changes

    # Served updated by B at once, although B had the old page in its cache.
    response = anoniem.get(f"{b}/", timeout=10, headers={"Host": "localhost"})
    assert "Duinwijk doet mee" in _titel(response)

    # A background task queued through B (an image upload queues its renditions) is done by the worker.
    from PIL import Image as PILImage
    from wagtail.images import get_image_model

    from leefmee.renditions import specs

    buffer = io.BytesIO()
    PILImage.new("RGB", (900, 600), "teal").save(buffer, "PNG")
    response = sessie_b.post(
        f"{b}/admin/images/multiple/add/", timeout=30,
        files={"files[]": ("portret.png", buffer.getvalue(), "image/png")},
        data={"csrfmiddlewaretoken": sessie_b.cookies["csrftoken"]},
        headers={"X-Requested-With": "XMLHttpRequest"},
    )
    assert response.ok and response.json().get("success"), response.text[:500]
    image = get_image_model().objects.get(title__startswith="portret")

    wacht_tot(lambda: image.renditions.count() >= len(specs()), 90, "the worker to make the renditions")
    for rendition in image.renditions.all():
        assert (opstelling["media"] / rendition.file.name).is_file()
