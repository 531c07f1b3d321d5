"""Backup and restore as docs/operations.md describes it, on the demo content.

pg_dump -Fc of the database plus a copy of MEDIA_ROOT; pg_restore into a fresh database. The
restored database has as many pages, revisions, documents and images as the original, every
document and image file is in the copied media, and the schema is complete (no migration missing).
PostgreSQL only; the restored database is dropped afterwards.
"""

import shutil
import subprocess
import uuid

import psycopg
import pytest

from .hulp import maak_database, manage, postgres_url, server_env, verwijder_database

pytestmark = [pytest.mark.postgres]

TABELLEN = ["wagtailcore_page", "wagtailcore_revision", "wagtaildocs_document", "wagtailimages_image"]


def _tel(url):
    with psycopg.connect(url) as conn:
        return {tabel: conn.execute(f"SELECT count(*) FROM {tabel}").fetchone()[0] for tabel in TABELLEN}


def _bestanden(url, tabel):
    with psycopg.connect(url) as conn:
        return [rij[0] for rij in conn.execute(f"SELECT file FROM {tabel} ORDER BY id")]


def test_pg_dump_and_media_copy_restore_into_a_fresh_database(demo_db, tmp_path, record_property):
    backup = tmp_path / "backup"
    backup.mkdir()
    dump = backup / "leefmee.dump"
    subprocess.run(["pg_dump", "-Fc", "--no-owner", "-f", str(dump), demo_db["url"]], check=True, timeout=300)
    shutil.copytree(demo_db["media"], backup / "media")
    origineel = _tel(demo_db["url"])
    # The demo has what a backup must carry: pages with history, a PDF edition, portraits.
    assert origineel["wagtailcore_page"] > 50 and origineel["wagtailcore_revision"] > 50
    assert origineel["wagtaildocs_document"] >= 1 and origineel["wagtailimages_image"] >= 1

    naam = f"leefmee_herstel_{uuid.uuid4().hex[:8]}"
    maak_database(naam)
    try:
        subprocess.run(["pg_restore", "--no-owner", "--exit-on-error", "-d", postgres_url(naam), str(dump)],
                       check=True, timeout=300)
        hersteld = _tel(postgres_url(naam))
        assert hersteld == origineel

        for tabel in ("wagtaildocs_document", "wagtailimages_image"):
            bestanden = _bestanden(postgres_url(naam), tabel)
            ontbreekt = [b for b in bestanden if not (backup / "media" / b).is_file()]
            assert bestanden and not ontbreekt, f"{tabel}: files missing from the media copy: {ontbreekt}"
        pdf = _bestanden(postgres_url(naam), "wagtaildocs_document")[0]
        assert (backup / "media" / pdf).read_bytes().startswith(b"%PDF")

        # The application accepts the restored database as it is: no migration left to apply.
        env = server_env(postgres_url(naam), backup / "media", f"herstel-{uuid.uuid4().hex[:8]}")
        manage(env, "migrate", "--check", "--noinput")
        record_property("backup_bytes", dump.stat().st_size)
        print(f"\nBackup: {dump.stat().st_size} bytes dump, restored {hersteld}")
    finally:
        verwijder_database(naam)
