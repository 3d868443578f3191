"""Setup fails early and cleanly: the Python version first, a .venv of another Python rebuilt,
`make run` without the test tools, packaging without deprecation warnings."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
CHECK = REPO / "tools" / "check_python.py"


def _old_python() -> str | None:
    pyenv = sorted(str(p) for p in Path.home().glob(".pyenv/versions/3.*/bin/python3.[0-9]"))
    for path in [shutil.which(n) for n in ("python3.10", "python3.9", "python3.8")] + pyenv:
        if path and subprocess.run([path, "-c", "pass"], capture_output=True).returncode == 0:
            return path
    return None


def _check(python: str, venv: Path) -> subprocess.CompletedProcess:
    return subprocess.run([python, str(CHECK), str(venv)], capture_output=True, text=True, timeout=60)


def test_a_too_old_python_is_refused_in_one_line_before_anything_is_installed(tmp_path):
    old = _old_python()
    if old is None:
        pytest.skip("no Python older than 3.11 on this machine")
    result = _check(old, tmp_path / "venv")
    assert result.returncode == 1
    assert len(result.stdout.strip().splitlines()) == 1
    assert "needs Python 3.11 or newer" in result.stdout and "Traceback" not in result.stderr


def test_a_venv_made_by_another_python_is_removed_to_be_rebuilt(tmp_path):
    venv = tmp_path / "venv"
    (venv / "bin").mkdir(parents=True)
    (venv / "bin" / "python").write_text("")
    (venv / "pyvenv.cfg").write_text("home = /usr/bin\nversion = 3.10.12\n")
    result = _check(sys.executable, venv)
    assert result.returncode == 0 and result.stdout == ""
    assert not venv.exists()
    assert "made with Python 3.10" in result.stderr


def test_a_venv_of_this_python_is_kept(tmp_path):
    venv = tmp_path / "venv"
    (venv / "bin").mkdir(parents=True)
    (venv / "bin" / "python").write_text("")
    (venv / "pyvenv.cfg").write_text("version_info = {}.{}.0.final.0\n".format(*sys.version_info[:2]))
    result = _check(sys.executable, venv)
    assert result.returncode == 0 and result.stderr == ""
    assert venv.exists()


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_make_run_installs_the_runtime_dependencies_only(tmp_path):
    venv = tmp_path / "venv"
    plan = subprocess.run(
        ["make", "-n", "run", f"VENV={venv}", f"PYTHON={sys.executable}"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert plan.returncode == 0, plan.stderr
    assert "pip install --quiet -e ." in plan.stdout
    assert "[test]" not in plan.stdout
    test_plan = subprocess.run(
        ["make", "-n", "test", f"VENV={venv}", f"PYTHON={sys.executable}"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert "-e '.[test]'" in test_plan.stdout


def test_packaging_uses_the_spdx_license_form_that_does_not_warn():
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["license"] == "MIT"  # a table warns on every install since setuptools 77
    assert any(req.replace(" ", "").startswith("setuptools>=77") for req in project["build-system"]["requires"])
