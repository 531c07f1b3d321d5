"""The security settings hold in every settings module, not only in production."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TONEN = (
    "import json; from django.conf import settings as s; print(json.dumps({"
    "'mw': s.MIDDLEWARE, 'csp': s.CONTENT_SECURITY_POLICY['DIRECTIVES']['script-src'], "
    "'nosniff': s.SECURE_CONTENT_TYPE_NOSNIFF, 'referrer': s.SECURE_REFERRER_POLICY, 'xfo': s.X_FRAME_OPTIONS, "
    "'axes': s.AXES_FAILURE_LIMIT, 'backends': s.AUTHENTICATION_BACKENDS, "
    "'inline_docs': s.WAGTAILDOCS_INLINE_CONTENT_TYPES, 'serve': s.WAGTAILDOCS_SERVE_METHOD}))"
)


@pytest.mark.parametrize("module", ["dev", "test", "production"])
def test_every_settings_module_has_the_security_layer(module, tmp_path):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": f"leefmee.settings.{module}",
        "DJANGO_SECRET_KEY": "een-lang-willekeurig-geheim-voor-deze-test-0123456789abcdef",
        "ALLOWED_HOSTS": "leefmee.example.org",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", TONEN],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    waarden = json.loads(result.stdout.strip().splitlines()[-1])
    for middleware in [
        "django.middleware.security.SecurityMiddleware",
        "leefmee.beveiliging.SiteCSPMiddleware",  # django-csp, with framable previews
        "leefmee.beveiliging.PermissionsPolicyMiddleware",
        "django.middleware.clickjacking.XFrameOptionsMiddleware",
        "django_otp.middleware.OTPMiddleware",
        "leefmee.tweestaps.TweestapsMiddleware",
    ]:
        assert middleware in waarden["mw"]
    assert waarden["mw"][-1] == "axes.middleware.AxesMiddleware"
    assert waarden["mw"].index("django_otp.middleware.OTPMiddleware") > waarden["mw"].index(
        "django.contrib.auth.middleware.AuthenticationMiddleware"
    )
    assert waarden["csp"] == ["'self'"]
    assert waarden["nosniff"] is True
    assert waarden["referrer"] == "strict-origin-when-cross-origin"
    assert waarden["xfo"] == "DENY"
    assert waarden["axes"] == 5
    assert waarden["backends"][0] == "leefmee.beveiliging.AxesBackend"
    assert waarden["inline_docs"] == []
    assert waarden["serve"] == "serve_view"
