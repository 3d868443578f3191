"""Convert BANKING77-OOS (seq.in / label folders) into CLINC150's JSON layout for accuracy.py.

    .venv/bin/python benchmarks/convert_banking77_oos.py /tmp/banking77_oos.json [--source DIR]

Layout read (see ../shared/benchmarks/banking77-oos/README.md): `train`, `valid`, `test` hold the
50 in-scope intents; `id-oos/{train,valid,test}` hold queries of 27 held-out banking intents
(in-domain OOS) and `ood-oos/{valid,test}` general out-of-domain queries. Each folder has `seq.in`
(one query per line) and `label` (aligned).

Written: {"train", "val", "test"}: [[text, intent], ...] from train / valid / test;
"oos_val" = id-oos/valid + ood-oos/valid, "oos_test" = id-oos/test + ood-oos/test, all labelled
"oos" (in-domain first, then out-of-domain, each in file order); "oos_train" = id-oos/train
(not used by accuracy.py: OOS queries never become phrasings). Deterministic: same input, same bytes.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

DEFAULT_SOURCE = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "banking77-oos"


def read_split(folder: Path, force_label: str | None = None) -> list[list[str]]:
    texts = (folder / "seq.in").read_text(encoding="utf-8").splitlines()
    labels = (folder / "label").read_text(encoding="utf-8").splitlines()
    if len(texts) != len(labels):
        raise SystemExit(f"{folder}: {len(texts)} queries but {len(labels)} labels")
    out = []
    for text, label in zip(texts, labels):
        text, label = text.strip(), label.strip()
        if not text:
            continue
        out.append([text, force_label or label])
    return out


def convert(source: Path) -> dict[str, list[list[str]]]:
    data = {
        "train": read_split(source / "train"),
        "val": read_split(source / "valid"),
        "test": read_split(source / "test"),
        "oos_train": read_split(source / "id-oos" / "train", "oos"),
        "oos_val": read_split(source / "id-oos" / "valid", "oos") + read_split(source / "ood-oos" / "valid", "oos"),
        "oos_test": read_split(source / "id-oos" / "test", "oos") + read_split(source / "ood-oos" / "test", "oos"),
    }
    intents = {label for _, label in data["train"]}
    for key in ("val", "test"):
        stray = {label for _, label in data[key]} - intents
        if stray:
            raise SystemExit(f"{key}: intents not in train: {sorted(stray)}")
        if any(label == "oos" for _, label in data[key]):
            raise SystemExit(f"{key}: unexpected 'oos' label among in-scope queries")
    return data


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("output", type=Path, help="where to write the JSON, e.g. /tmp/banking77_oos.json")
    ap.add_argument(
        "--source", type=Path, default=DEFAULT_SOURCE, help=f"BANKING77-OOS folder (default {DEFAULT_SOURCE})"
    )
    args = ap.parse_args(argv)
    data = convert(args.source)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    counts = ", ".join(f"{k} {len(v):,}" for k, v in data.items())
    print(f"wrote {args.output}: {len({label for _, label in data['train']})} intents; {counts}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
