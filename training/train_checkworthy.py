"""Reproduce server/newsdigest/annotate/checkworthy.weights from the ClaimBuster sentences
(CheckThat! 2024 task 1 English, ../shared/data/checkworthy/train.jsonl; internal use, not shipped).

    .venv/bin/pip install -e '.[train]'
    .venv/bin/python training/train_checkworthy.py [--c 8]

Logistic regression (scikit-learn) on the features of newsdigest.annotate.checkworthy; the
decision threshold stays at 0.5 on the trained probabilities (nothing is tuned on dev).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression

from newsdigest.annotate.checkworthy import BUCKETS, WEIGHTS_FILE, features, write_weights

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "checkworthy"


def matrix(texts: list[str]) -> csr_matrix:
    rows, cols, vals = [], [], []
    for i, text in enumerate(texts):
        for bucket, value in features(text).items():
            rows.append(i)
            cols.append(bucket)
            vals.append(value)
    return csr_matrix((vals, (rows, cols)), shape=(len(texts), BUCKETS), dtype=np.float64)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--c", type=float, default=8.0, help="inverse regularization strength")
    args = ap.parse_args()
    rows = [json.loads(line) for line in (DATA / "train.jsonl").open(encoding="utf-8")]
    model = LogisticRegression(C=args.c, max_iter=3000)
    model.fit(matrix([r["text"] for r in rows]), [int(r["label"]) for r in rows])
    out = ROOT / "server" / "newsdigest" / "annotate" / WEIGHTS_FILE
    write_weights(str(out), float(model.intercept_[0]), model.coef_[0].astype(np.float16).astype(float).tolist())
    print(f"trained on {len(rows)} sentences; wrote {out} ({out.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main()
