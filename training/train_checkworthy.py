"""Reproduce server/newsdigest/annotate/checkworthy.weights from the ClaimBuster sentences
(CheckThat! 2024 task 1 English, ../shared/data/checkworthy/train.jsonl; internal use, not shipped).

    .venv/bin/pip install -e '.[train]'
    .venv/bin/python training/train_checkworthy.py [--c 4 8] [--min-count 1 2 3]

Logistic regression (scikit-learn) on the features of newsdigest.annotate.checkworthy, over the
grams found in at least --min-count training sentences (rarer ones are left out of the file and
weigh nothing). Everything is chosen on the training set alone: 5-fold out-of-fold scores of the
training sentences pick the regularization strength, the minimum count and the threshold with the
best F1, and the bias is shifted so that this threshold is 0.5 (nothing is tuned on dev).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.model_selection import StratifiedKFold, cross_val_predict

from newsdigest.annotate.checkworthy import SHAPES, WEIGHTS_FILE, features, write_weights

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "checkworthy"


def vocabulary(sentences: list[dict[bytes, float]], min_count: int) -> list[bytes]:
    """The grams found in at least min_count sentences, and every shape."""
    counts = Counter(gram for sentence in sentences for gram in sentence)
    return sorted({gram for gram, n in counts.items() if n >= min_count} | set(SHAPES))


def matrix(sentences: list[dict[bytes, float]], grams: list[bytes]) -> csr_matrix:
    column = {gram: j for j, gram in enumerate(grams)}
    rows, cols, vals = [], [], []
    for i, sentence in enumerate(sentences):
        for gram, value in sentence.items():
            if gram in column:
                rows.append(i)
                cols.append(column[gram])
                vals.append(value)
    return csr_matrix((vals, (rows, cols)), shape=(len(sentences), len(grams)), dtype=np.float64)


def held_out_f1(x: csr_matrix, y: np.ndarray, c: float) -> tuple[float, float]:
    """Best F1 of 5-fold out-of-fold scores on the training set, and the threshold (logit) giving it."""
    model = LogisticRegression(C=c, max_iter=3000)
    folds = StratifiedKFold(5, shuffle=True, random_state=0)
    held_out = cross_val_predict(model, x, y, cv=folds, method="decision_function")
    thresholds = np.linspace(-3.0, 2.0, 101)
    f1 = [f1_score(y, held_out >= t) for t in thresholds]
    return max(f1), float(thresholds[int(np.argmax(f1))])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--c", type=float, nargs="+", default=[4.0, 8.0],
                    help="inverse regularization strengths to choose from by held-out F1")
    ap.add_argument("--min-count", type=int, nargs="+", default=[1, 2, 3],
                    help="how many training sentences a gram must be found in, to choose from")
    args = ap.parse_args()
    rows = [json.loads(line) for line in (DATA / "train.jsonl").open(encoding="utf-8")]
    sentences, y = [features(r["text"]) for r in rows], np.array([int(r["label"]) for r in rows])
    grams = {m: vocabulary(sentences, m) for m in args.min_count}
    scores = {(c, m): held_out_f1(matrix(sentences, grams[m]), y, c) for c in args.c for m in args.min_count}
    c, m = max(scores, key=lambda k: scores[k][0])
    f1, best = scores[c, m]
    model = LogisticRegression(C=c, max_iter=3000).fit(matrix(sentences, grams[m]), y)
    out = ROOT / "server" / "newsdigest" / "annotate" / WEIGHTS_FILE
    bias = float(model.intercept_[0]) - best  # the training set's best threshold becomes 0.5
    write_weights(str(out), bias, zip(grams[m], model.coef_[0].astype(np.float16).astype(float).tolist(), strict=True))
    tried = ", ".join(f"C={k[0]:g} min {k[1]}: {v[0]:.4f}" for k, v in scores.items())
    print(f"trained on {len(rows)} sentences; held-out F1 ({tried}); chose C={c:g}, min count {m}, "
          f"{len(grams[m])} grams, F1 {f1:.4f} at logit {best:+.2f} (now 0.5); wrote {out} "
          f"({out.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main()
