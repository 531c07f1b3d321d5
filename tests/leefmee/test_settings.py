"""Production settings: refuse to start without a secret; clean `check --deploy` when configured."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_manage(*args, env_extra=None, drop=()):
    env = {k: v for k, v in os.environ.items() if k not in drop}
    env.update(env_extra or {})
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


def test_production_without_secret_key_fails_with_a_clear_message(tmp_path):
    result = run_manage(
        "check",
        env_extra={"DJANGO_SETTINGS_MODULE": "leefmee.settings.production", "ALLOWED_HOSTS": "example.org",
                   "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}"},
        drop=("DJANGO_SECRET_KEY",),
    )
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY is not set" in result.stderr


def test_production_check_deploy_has_no_warnings(tmp_path):
    result = run_manage(
        "check", "--deploy", "--fail-level", "WARNING",
        env_extra={
            "DJANGO_SETTINGS_MODULE": "leefmee.settings.production",
            "DJANGO_SECRET_KEY": "x" * 20 + "a-long-random-production-secret-9f8e7d6c5b4a",
            "ALLOWED_HOSTS": "leefmee.example.org",
            "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        },
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_database_url_is_honoured_by_the_dev_settings(tmp_path):
    target = tmp_path / "ander.sqlite3"
    result = run_manage(
        "shell", "-c", "from django.db import connection; print(connection.settings_dict['NAME'])",
        env_extra={"DJANGO_SETTINGS_MODULE": "leefmee.settings.dev", "DATABASE_URL": f"sqlite:///{target}"},
    )
    assert result.returncode == 0, result.stderr
    assert str(target) in result.stdout
