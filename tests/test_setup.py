"""The set-up scripts: a clear error when no suitable Python exists."""
import os
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_find_python_names_what_is_missing_when_there_is_no_python_3_10(tmp_path):
    if any(Path(d, f"python3.{v}").exists() for d in ("/usr/bin", "/bin") for v in (8, 9, 10)):
        import pytest
        pytest.skip("this machine has a system Python 3.8-3.10")
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "PYTHON": "/nonexistent/python"}
    result = subprocess.run(["bash", str(ROOT / "scripts" / "find_python.sh")],
                            env=env, capture_output=True, text=True)
    assert result.returncode == 1
    assert "no Python 3.8, 3.9 or 3.10 found" in result.stderr
    assert "PYTHON=/nonexistent/python is not a working Python" in result.stderr


def test_find_python_takes_the_python_it_is_given():
    import sys
    result = subprocess.run(["bash", str(ROOT / "scripts" / "find_python.sh")],
                            env={**os.environ, "PYTHON": sys.executable}, capture_output=True, text=True)
    assert result.returncode == 0
    assert result.stdout.strip() == sys.executable
