"""Scale-out on one machine: two app servers and one task worker on the same PostgreSQL and Redis.

- a page published through server A is served updated by server B, with the page cache on;
- a background task queued through one server is done by the worker, its result visible on both;
- a session made on A works on B (log in on A, use the admin on B).

Runs only on PostgreSQL (the CI's second pass); SQLite cannot be shared safely by several servers.
Needs Redis at LEEFMEE_TEST_REDIS_URL (default redis://127.0.0.1:6379/9): skipped without it, except
in CI (CI=true), where that is a failure. Every process is stopped at the end, also on failure.
"""

import io
import os
import signal
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
import requests
from django.db import connection

from tests.factories import UserFactory

ROOT = Path(__file__).resolve().parents[2]
REDIS_URL = os.environ.get("LEEFMEE_TEST_REDIS_URL", "redis://127.0.0.1:6379/9")
IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}
WACHTWOORD = "Wachtwoord-voor-tests-1"

pytestmark = [pytest.mark.postgres]


def _vrije_poort():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _redis_bereikbaar():
    import redis

    try:
        return redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2).ping()
    except redis.RedisError:
        return False


def _wacht_tot(check, seconden, wat):
    deadline = time.monotonic() + seconden
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.25)
    pytest.fail(f"Timed out after {seconden}s waiting for {wat}")


class Processen:
    def __init__(self, env):
        self.env, self.lijst = env, []

    def start(self, *args, naam):
        log = open(self.env["MEDIA_ROOT"] + f"/../{naam}.log", "wb")  # noqa: SIM115 - closed in stop()
        proc = subprocess.Popen(args, cwd=ROOT, env=self.env, stdout=log, stderr=subprocess.STDOUT,
                                start_new_session=True)
        self.lijst.append((proc, log, naam))
        return proc

    def stop(self):
        for proc, _log, _naam in self.lijst:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)
        for proc, log, _naam in self.lijst:
            try:
                proc.wait(15)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(5)
            log.close()

    def logs(self):
        return "\n".join(f"--- {naam}\n{Path(log.name).read_text(errors='replace')[-3000:]}"
                         for _proc, log, naam in self.lijst)


@pytest.fixture
def opstelling(transactional_db, home_page, tmp_path):
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL (DATABASE_URL=postgres://...): several servers cannot share SQLite")
    if not _redis_bereikbaar():
        if IN_CI:
            pytest.fail(f"Redis is not reachable at {REDIS_URL}, and CI=true makes this test required")
        pytest.skip(f"Redis is not reachable at {REDIS_URL} (set LEEFMEE_TEST_REDIS_URL)")
    db = connection.settings_dict
    database_url = (f"postgres://{db['USER'] or ''}:{db['PASSWORD'] or ''}@{db['HOST'] or '127.0.0.1'}:"
                    f"{db['PORT'] or 5432}/{db['NAME']}")
    media = tmp_path / "media"
    media.mkdir()
    prefix = f"twee-{uuid.uuid4().hex[:8]}"
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "tests.reliability.server_settings",
           "DATABASE_URL": database_url, "REDIS_URL": REDIS_URL, "LEEFMEE_CACHE_PREFIX": prefix,
           "MEDIA_ROOT": str(media), "GUNICORN_WORKERS": "1", "GUNICORN_ACCESS_LOG": "",
           "PYTHONPATH": str(ROOT)}
    processen = Processen(env)
    poorten = {}
    try:
        for naam in ("A", "B"):
            poort = _vrije_poort()
            processen.env = {**env, "GUNICORN_BIND": f"127.0.0.1:{poort}"}
            processen.start(sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py", naam=f"server-{naam}")
            poorten[naam] = f"http://127.0.0.1:{poort}"
        processen.env = env
        processen.start(sys.executable, "manage.py", "db_worker", "--interval", "0.2", "--no-reload", naam="worker")

        def klaar():
            try:
                return all(requests.get(f"{url}/gezond/", timeout=2).ok for url in poorten.values())
            except requests.RequestException:
                return False

        _wacht_tot(klaar, 60, "both app servers to answer /gezond/")
        yield {"A": poorten["A"], "B": poorten["B"], "media": media, "home": home_page}
    except BaseException:
        print(processen.logs())
        raise
    finally:
        processen.stop()
        import redis

        client = redis.Redis.from_url(REDIS_URL)
        for key in client.scan_iter(f"{prefix}:*"):
            client.delete(key)


def _log_in(sessie, basis, user):
    sessie.get(f"{basis}/admin/login/", timeout=10)
    response = sessie.post(f"{basis}/admin/login/", timeout=10, data={
        "username": user.username, "password": WACHTWOORD, "csrfmiddlewaretoken": sessie.cookies["csrftoken"],
    })
    assert response.ok and response.url.rstrip("/").endswith("/admin"), response.url


def _titel(response):
    return response.text.split("<title>", 1)[1].split("</title>", 1)[0]


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

    _wacht_tot(lambda: image.renditions.count() >= len(specs()), 90, "the worker to make the renditions")
    for rendition in image.renditions.all():
        assert (opstelling["media"] / rendition.file.name).is_file()
