"""`make lighthouse`: Lighthouse scores of the demo on a production-like server, mobile and desktop.

Starts gunicorn with the production settings on a free port (static files collected and served by
whitenoise, as in production) behind a small front server that serves /media/ from disk, as the web
server or object storage does in production; runs Lighthouse (npm, Debian's chromium via CHROME_PATH)
on the page types residents use most and prints the table. Fails when a score is below MINIMUM.

The database is a separate SQLite file (LIGHTHOUSE_DATABASE_URL), migrated and filled with the demo
(LIGHTHOUSE_LOAD_DEMO=0 skips that on later runs). Not part of CI: one page takes 10-30 s of CPU per form factor.
"""

import http.server
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PY = str(ROOT / ".venv" / "bin" / "python")
LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
MINIMUM = int(os.environ.get("LIGHTHOUSE_MINIMUM", "95"))
CATEGORIEEN = ["performance", "accessibility", "best-practices", "seo"]
PAGINAS = [
    ("home", "/"),
    ("kaart", "/kaart/"),
    ("dimensie", "/kaart/meedoen/"),
    ("zoeken", "/kaart/zoeken/?q=koffie"),
    ("aanbod", "/kaart/welzijn-duinwijk/buurtmaatje/"),
    ("verhalen", "/verhalen/"),
    ("verhaal", "/verhalen/henk-vond-hulp-bij-zijn-schulden/"),
    ("agenda", "/agenda/"),
]


def vrije_poort():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def omgeving():
    db = os.environ.get("LIGHTHOUSE_DATABASE_URL", f"sqlite:///{ROOT / 'lighthouse.sqlite3'}")
    return {**os.environ, "DJANGO_SETTINGS_MODULE": "leefmee.settings.production", "DATABASE_URL": db,
            "DJANGO_SECRET_KEY": secrets.token_urlsafe(50), "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "SECURE_SSL_REDIRECT": "false", "SECURE_HSTS_SECONDS": "0",
            "GUNICORN_WORKERS": "2", "GUNICORN_ACCESS_LOG": "", "GUNICORN_LOG_LEVEL": "warning", "LOG_LEVEL": "ERROR"}


def voorbereiden(env):
    run = lambda *a: subprocess.run([PY, "manage.py", *a], cwd=ROOT, env=env, check=True,  # noqa: E731
                                    stdout=subprocess.DEVNULL)
    run("migrate", "--noinput", "-v0")
    if os.environ.get("LIGHTHOUSE_LOAD_DEMO", "1") != "0":  # idempotent, but a minute or two
        run("load_demo")
    run("collectstatic", "--noinput", "-v0")


class Voorkant(http.server.ThreadingHTTPServer):
    daemon_threads = True


def voorkant(poort, achter, media_root):
    """/media/ from disk, everything else passed to gunicorn (what nginx does in production)."""

    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, directory=str(media_root), **kwargs)

        def log_message(self, *args):
            pass

        def do_GET(self):
            if self.path.startswith("/media/"):
                self.path = self.path[len("/media"):]
                return super().do_GET()
            verzoek = urllib.request.Request(f"http://127.0.0.1:{achter}{self.path}", headers={
                k: v for k, v in self.headers.items() if k.lower() not in ("connection", "host")})
            verzoek.add_header("Host", f"localhost:{poort}")
            try:
                antwoord = urllib.request.urlopen(verzoek, timeout=60)
            except urllib.error.HTTPError as fout:
                antwoord = fout
            inhoud = antwoord.read()
            self.send_response(antwoord.status)
            for k, v in antwoord.headers.items():
                if k.lower() not in ("connection", "transfer-encoding", "content-length"):
                    self.send_header(k, v)
            self.send_header("Content-Length", str(len(inhoud)))
            self.end_headers()
            self.wfile.write(inhoud)

    server = Voorkant(("127.0.0.1", poort), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def wacht_op(url):
    for _ in range(120):
        try:
            urllib.request.urlopen(url, timeout=2).read()
            return
        except OSError:
            time.sleep(0.5)
    raise RuntimeError(f"{url} did not answer")


def lighthouse(url, vorm, map_):
    uit = map_ / f"{vorm}.json"
    opties = ["--preset=desktop"] if vorm == "desktop" else []
    subprocess.run([str(LIGHTHOUSE), url, *opties, "--output=json", f"--output-path={uit}", "--quiet",
                    "--chrome-flags=--headless=new --no-sandbox --disable-gpu"],
                   env={**os.environ, "CHROME_PATH": shutil.which("chromium") or "/usr/bin/chromium"},
                   check=True, timeout=300)
    rapport = json.loads(uit.read_text())
    return {c: round(rapport["categories"][c]["score"] * 100) for c in CATEGORIEEN}


def main():
    if not LIGHTHOUSE.exists() or not shutil.which("chromium"):
        sys.exit("make lighthouse needs node_modules (npm ci) and chromium (make setup).")
    werk = Path(tempfile.mkdtemp(prefix="leefmee-lighthouse-"))
    env = omgeving()
    voorbereiden(env)
    achter, voor = vrije_poort(), vrije_poort()
    proc = subprocess.Popen([PY, "-m", "gunicorn", "-c", "gunicorn.conf.py"], cwd=ROOT, start_new_session=True,
                            env={**env, "GUNICORN_BIND": f"127.0.0.1:{achter}"})
    server = None
    try:
        media = Path(subprocess.run([PY, "-c", "from django.conf import settings; print(settings.MEDIA_ROOT)"],
                                    cwd=ROOT, env={**env, "DJANGO_SETTINGS_MODULE": "leefmee.settings.production"},
                                    capture_output=True, text=True, check=True).stdout.strip().splitlines()[-1])
        server = voorkant(voor, achter, media)
        wacht_op(f"http://127.0.0.1:{achter}/gezond/")
        basis = f"http://localhost:{voor}"
        print(f"{'page':<10} {'form':<8} " + " ".join(f"{c:>15}" for c in CATEGORIEEN) + "   seconds")
        te_laag = []
        for naam, pad in PAGINAS:
            for vorm in ("mobile", "desktop"):
                begin = time.monotonic()
                scores = lighthouse(basis + pad, vorm, werk)
                duur = time.monotonic() - begin
                print(f"{naam:<10} {vorm:<8} " + " ".join(f"{scores[c]:>15}" for c in CATEGORIEEN) + f"   {duur:7.1f}",
                      flush=True)
                te_laag += [f"{naam} {vorm} {c} {s}" for c, s in scores.items() if s < MINIMUM]
    finally:
        if server:
            server.shutdown()
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(30)
        shutil.rmtree(werk, ignore_errors=True)
    if te_laag:
        sys.exit(f"Below {MINIMUM}: " + "; ".join(te_laag))
    print(f"All scores >= {MINIMUM}.")


if __name__ == "__main__":
    main()
