"""Run by the Makefile before anything else: is this Python usable for faqbot, and is .venv its own?

Prints one line on standard output when it is not (make shows it and stops); nothing when it is.
Written for any Python 3 (no f-strings, no 3.11 syntax), so that an old one can still say it is old.
Usage: python3 tools/check_python.py [VENV]
"""

import os
import shutil
import sys

NEEDED = (3, 11)


def venv_python_version(venv):
    """The "major.minor" a virtual environment was made with (pyvenv.cfg), or None if unknown."""
    try:
        with open(os.path.join(venv, "pyvenv.cfg")) as cfg:
            for line in cfg:
                key, _, value = line.partition("=")
                if key.strip() in ("version_info", "version"):
                    return ".".join(value.strip().split(".")[:2])
    except (IOError, OSError):
        return None
    return None


def main(argv):
    here = "%d.%d" % sys.version_info[:2]
    if sys.version_info[:2] < NEEDED:
        print(
            "faqbot needs Python %d.%d or newer, and %s is Python %s: install a newer one "
            "(python.org; Debian/Ubuntu: apt install python3.11 python3.11-venv), then: make PYTHON=python3.11 run"
            % (NEEDED + (sys.executable, sys.version.split()[0]))
        )
        return 1
    try:
        import ensurepip  # noqa: F401  (Debian and Ubuntu ship it apart, in python3-venv)
        import venv
    except ImportError:
        print(
            "%s cannot create a virtual environment: on Debian/Ubuntu install it with "
            "apt install python3-venv (or python%s-venv), then run make again" % (sys.executable, here)
        )
        return 1
    venv = argv[1] if len(argv) > 1 else ".venv"
    if os.path.isdir(venv):
        made_with = venv_python_version(venv)
        runs = os.path.exists(os.path.join(venv, "bin", "python")) or os.path.exists(
            os.path.join(venv, "Scripts", "python.exe")
        )
        if made_with != here or not runs:
            why = "made with Python %s" % made_with if made_with and made_with != here else "broken"
            sys.stderr.write("note: %s was %s; rebuilding it with Python %s (%s)\n" % (venv, why, here, sys.executable))
            shutil.rmtree(venv)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
