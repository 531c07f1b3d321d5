"""Mutation testing (`make mutants`, scripts/mutanten.py): the test settings with the test database in a
file, so that each mutant's pytest run reuses it (`--reuse-db`) instead of migrating an in-memory
database again (about a minute per run on the shared machine). scripts/mutanten.py names the file
(in .mutanten/, not tracked) so that every module's run shares one database."""

import os

from .test import *  # noqa: F401,F403
from .test import BASE_DIR, DATABASES

DATABASES["default"]["TEST"] = {"NAME": os.environ.get("LEEFMEE_MUTANTEN_DB", str(BASE_DIR / "mutanten-test.sqlite3"))}
