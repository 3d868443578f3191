"""Writing `faqbot calibrate` results into config.yaml without touching anything else in it.

The calibrated values live between two marker comments inside the `matching:` section, so the
hand-written settings and comments around them survive every recalibration.
"""

from __future__ import annotations

import re
from pathlib import Path

from .atomic import atomic_write_text
from .engine.evaluation import Calibration
from .engine.matcher import FEATURES

BEGIN = "  # --- calibrated by `faqbot calibrate`: do not edit by hand ---"
END = "  # --- end of calibrated values ---"
_BLOCK = re.compile(re.escape(BEGIN) + r".*?" + re.escape(END), re.DOTALL)


def render_block(c: Calibration) -> str:
    weights = ", ".join(f"{name}: {c.weights[name]}" for name in FEATURES)
    return "\n".join([
        BEGIN,
        f"  answer_threshold: {c.answer_threshold}",
        f"  suggest_threshold: {c.suggest_threshold}",
        f"  model_bias: {c.bias}",
        f"  model_weights: {{{weights}}}",
        END,
    ])


def write_calibration(config_path: Path, calibration: Calibration) -> None:
    text = config_path.read_text(encoding="utf-8")
    block = render_block(calibration)
    if _BLOCK.search(text):
        text = _BLOCK.sub(lambda _: block, text, count=1)
    elif re.search(r"^matching:\s*$", text, re.MULTILINE):
        text = re.sub(r"^matching:\s*$", lambda m: m.group(0) + "\n" + block, text, count=1, flags=re.MULTILINE)
    else:
        text = text.rstrip("\n") + "\n\nmatching:\n" + block + "\n"
    atomic_write_text(config_path, text)
