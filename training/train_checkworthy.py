"""Reproduce server/newsdigest/annotate/checkworthy.weights from the ClaimBuster sentences
(CheckThat! 2024 task 1 English, ../shared/data/checkworthy/train.jsonl; internal use, not shipped).

    .venv/bin/pip install -e '.[train]'
    .venv/bin/python training/train_checkworthy.py [--c 4 6 8 12 16]

Logistic regression (scikit-learn) on the features of newsdigest.annotate.checkworthy. Everything is
chosen on the training set alone (nothing is tuned on dev): the threshold is the out-of-fold score
(5-fold) above which as many training sentences fall as are labelled check-worthy, the regularization
strength the one with the best out-of-fold F1 at that threshold, and the bias is shifted so that the
threshold is 0.5. Why not the threshold with the best F1: the crowd's labels are noisy, so F1 is flat
near its top and its best threshold moved by 0.4 in logit between neighbouring strengths; the share of
check-worthy sentences is a steady mark.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.model_selection import StratifiedKFold, cross_val_predict

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


def held_out_f1(x: csr_matrix, y: np.ndarray, c: float) -> tuple[float, float]:
    """F1 of 5-fold out-of-fold scores on the training set at the threshold (logit) that marks as
    many sentences check-worthy as the labels do, and that threshold."""
    model = LogisticRegression(C=c, max_iter=3000)
    folds = StratifiedKFold(5, shuffle=True, random_state=0)
    held_out = cross_val_predict(model, x, y, cv=folds, method="decision_function", n_jobs=2)
    threshold = float(np.quantile(held_out, 1.0 - y.mean()))
    return float(f1_score(y, held_out >= threshold)), threshold


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--c", type=float, nargs="+", default=[2.0, 3.0, 4.0, 6.0, 8.0],
                    help="inverse regularization strengths to choose from by held-out F1")
    args = ap.parse_args()
    rows = [json.loads(line) for line in (DATA / "train.jsonl").open(encoding="utf-8")]
    x, y = matrix([r["text"] for r in rows]), np.array([int(r["label"]) for r in rows])
    scores = {c: held_out_f1(x, y, c) for c in args.c}
    c = max(scores, key=lambda k: scores[k][0])
    f1, best = scores[c]
    model = LogisticRegression(C=c, max_iter=3000).fit(x, y)
    out = ROOT / "server" / "newsdigest" / "annotate" / WEIGHTS_FILE
    bias = float(model.intercept_[0]) - best  # the training set's best threshold becomes 0.5
    write_weights(str(out), bias, model.coef_[0].astype(np.float16).astype(float).tolist())
    tried = ", ".join(f"C={k:g}: {v[0]:.4f}" for k, v in scores.items())
    print(f"trained on {len(rows)} sentences; held-out F1 ({tried}); chose C={c:g}, F1 {f1:.3f} at logit "
          f"{best:+.2f} (now 0.5); wrote {out} ({out.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main()
