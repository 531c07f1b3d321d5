"""The SQLite demo survives two writers at once (an editor's autosave racing a submit).

Two connections to one SQLite file, each with the settings' SQLite options: the first holds a write
transaction for a moment; the second reads and then writes inside its own transaction. With SQLite's
default (deferred) transactions the second fails at once with "database is locked"; with the
project's options it waits for the first and both writes land.
"""

import threading
import time

from django.db.backends.sqlite3.base import DatabaseWrapper

from leefmee.settings.base import SQLITE_OPTIONS


def verbinding(pad):
    return DatabaseWrapper({
        "ENGINE": "django.db.backends.sqlite3", "NAME": str(pad), "OPTIONS": dict(SQLITE_OPTIONS),
        "USER": "", "PASSWORD": "", "HOST": "", "PORT": "", "ATOMIC_REQUESTS": False, "AUTOCOMMIT": True,
        "CONN_MAX_AGE": 0, "CONN_HEALTH_CHECKS": False, "TIME_ZONE": None, "TEST": {},
    }, alias="gelijktijdig")


def test_a_second_writer_waits_instead_of_failing_with_database_is_locked(tmp_path, django_db_blocker):
    # Our own SQLite file, not the test database: pytest-django's guard is lifted for this test only.
    with django_db_blocker.unblock():
        twee_schrijvers(tmp_path / "demo.sqlite3")


def twee_schrijvers(pad):
    opzet = verbinding(pad)
    with opzet.cursor() as cursor:
        cursor.execute("CREATE TABLE revisie (id INTEGER PRIMARY KEY, wie TEXT)")
    opzet.close()

    eerste_schrijft, tweede_begint = threading.Event(), threading.Event()
    fouten = []

    def autosave():
        conn = verbinding(pad)
        try:
            conn.set_autocommit(False)
            with conn.cursor() as cursor:
                cursor.execute("INSERT INTO revisie (wie) VALUES ('autosave')")
                eerste_schrijft.set()
                # The write lock is held until the second writer is on its way (an Event orders the two),
                # and half a second longer so its statements meet the lock; the test checks they did.
                if not tweede_begint.wait(5):
                    raise TimeoutError("the second writer never started")
                time.sleep(0.5)
            conn.commit()
        except Exception as fout:  # noqa: BLE001 - reported to the test below
            fouten.append(repr(fout))
        finally:
            conn.close()

    thread = threading.Thread(target=autosave)
    thread.start()
    assert eerste_schrijft.wait(5)
    tweede = verbinding(pad)
    try:
        tweede.set_autocommit(False)
        tweede_begint.set()
        begin = time.monotonic()
        with tweede.cursor() as cursor:
            cursor.execute("SELECT count(*) FROM revisie")  # read first, then write: the racing submit
            cursor.execute("INSERT INTO revisie (wie) VALUES ('indienen')")
        tweede.commit()
        gewacht = time.monotonic() - begin
    finally:
        tweede.close()
        thread.join(10)
    assert fouten == []
    assert gewacht > 0.2, gewacht  # it really met the first writer's lock and waited for it

    controle = verbinding(pad)
    with controle.cursor() as cursor:
        cursor.execute("SELECT wie FROM revisie ORDER BY id")
        assert [r[0] for r in cursor.fetchall()] == ["autosave", "indienen"]
        cursor.execute("PRAGMA journal_mode")
        assert cursor.fetchone()[0] == "wal"
    controle.close()
