"""The container and service files: hardened, runtime-only, the data kept outside.

No Docker daemon exists where the tests run, so the Dockerfile is checked by its content, not
built (docs/hosting.md says so). The systemd unit is checked by systemd itself."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
UNIT = REPO / "deploy" / "faqbot.service"


def _directives(text: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for line in text.splitlines():
        if "=" in line and not line.lstrip().startswith(("#", ";", "[")):
            key, _, value = line.partition("=")
            found.setdefault(key.strip(), []).append(value.strip())
    return found


def test_the_service_unit_is_hardened_and_runs_as_its_own_user():
    unit = _directives(UNIT.read_text())
    assert unit["User"] == ["faqbot"] and unit["User"] != ["root"]
    assert unit["NoNewPrivileges"] == ["yes"]
    assert unit["ProtectSystem"] == ["strict"]
    assert unit["EnvironmentFile"] and not unit["EnvironmentFile"][0].startswith("-")  # missing file: refuse to start
    writable = " ".join(unit["ReadWritePaths"]).split()
    assert any(p.endswith("/data") for p in writable) and any(p.endswith("/knowledge") for p in writable)
    assert unit["ExecStart"][0].split()[1:] == ["run"]
    assert "4" not in unit["RestartPreventExitStatus"][0].split()  # Discord unreachable: try again


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="systemd-analyze is not installed")
def test_systemd_accepts_the_service_unit_without_a_warning(tmp_path):
    # verify needs ExecStart's program to exist: point it at this checkout's faqbot, change nothing else.
    faqbot = Path(sys.executable).with_name("faqbot")
    if not faqbot.exists():
        pytest.skip("faqbot is not installed next to this Python")
    text = re.sub(r"^ExecStart=\S+", f"ExecStart={faqbot}", UNIT.read_text(), flags=re.M)
    copy = tmp_path / "faqbot.service"
    copy.write_text(text)
    result = subprocess.run(["systemd-analyze", "verify", str(copy)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert str(copy) not in result.stderr, result.stderr  # e.g. "Unknown key ..., ignoring"


def test_the_dockerfile_runs_unprivileged_with_runtime_dependencies_only():
    text = (REPO / "Dockerfile").read_text()
    instructions = [line.split(None, 1) for line in text.splitlines() if line and not line.startswith((" ", "#"))]
    base = next(rest for op, rest in instructions if op == "FROM")
    assert "slim" in base
    users = [rest.strip() for op, rest in instructions if op == "USER"]
    assert users and users[-1] not in ("root", "0")
    installs = [line for line in text.splitlines() if "pip install" in line]
    assert installs and not any("[test]" in line or "pytest" in line for line in installs)
    volumes = next(rest for op, rest in instructions if op == "VOLUME")
    assert "/app/data" in volumes and "/app/knowledge" in volumes
    ignored = (REPO / ".dockerignore").read_text().split()
    assert ".env" in ignored and ".venv" in ignored and "data" in ignored  # no secret or database in the image


def test_compose_keeps_the_data_and_the_faq_in_volumes_and_the_token_in_dotenv():
    compose = yaml.safe_load((REPO / "compose.yaml").read_text())
    bot = compose["services"]["faqbot"]
    assert bot["env_file"] == ".env"
    targets = {volume.split(":")[1] for volume in bot["volumes"]}
    assert {"/app/data", "/app/knowledge"} <= targets
    assert "environment" not in bot or "DISCORD_TOKEN" not in str(bot["environment"])
    # PostgreSQL is optional: only `docker compose --profile postgres up` starts it.
    assert compose["services"]["postgres"]["profiles"] == ["postgres"]
    assert bot["depends_on"]["postgres"]["required"] is False
