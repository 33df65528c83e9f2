"""Production settings are secure from day one: Django's deploy checks pass."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def run_deploy_check(**env):
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "touchstone.config.settings.production",
        "DJANGO_ALLOWED_HOSTS": "touchstone.example.org",
        **env,
    }
    for leaked in ("DATABASE_URL", "DJANGO_ALLOW_ASYNC_UNSAFE"):
        environment.pop(leaked, None)
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_settings_pass_the_deploy_check():
    result = run_deploy_check(DJANGO_SECRET_KEY="k" * 20 + "Q7x!p9#Zr2@Lm5$Wt8^Bv1&Nc4*Hd6(Fg3)Js0")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_a_secret_key():
    result = run_deploy_check(DJANGO_SECRET_KEY="")
    assert result.returncode != 0
    assert "Set DJANGO_SECRET_KEY" in result.stderr
