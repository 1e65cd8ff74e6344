"""List the words that PolNeAR's annotators often mark as attribution cues and that no lexicon of ours
holds yet: where the verbs at the end of lexicons/stance_verbs.txt come from (the defaults gave all
but their last three lines; --min-count 8 --min-share 0.35 gave the first of these, --min-count 6
--min-share 0.3 the second and --min-count 4 --min-share 0.25 the last: of their verbs, those whose
added attributions on train were right at least a third of the time, about the share at which one
more prediction still raises F1 there, and at least three times).

    .venv/bin/python training/cue_candidates.py [--min-count 5] [--min-share 0.5]

For every word form in the training articles (../shared/data/polnear/train.jsonl; internal use, not
shipped) it counts how often it occurs and how often it lies inside a gold cue span. Forms at or above
both thresholds are printed with their counts, most reliable first. The list is read by a person
before anything goes into a lexicon: adverbs ("reportedly"), nouns ("statement") and raising verbs
("seemed to") pass the thresholds but are not verbs whose subject is a source, and are left out;
so are forms whose added attributions were mostly wrong on train. Nothing here is tuned on dev.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

from newsdigest.lexicon import words

ROOT = Path(__file__).resolve().parent.parent
TRAIN = ROOT.parent / "shared" / "data" / "polnear" / "train.jsonl"
WORD = re.compile(r"[A-Za-z\u2019']+")
KNOWN = ("speech_verbs", "stance_verbs", "stance_adjectives", "claim_nouns", "cue_nouns", "phrasal_cues")


def cue_shares(path: Path) -> tuple[Counter[str], Counter[str]]:
    """How often each lowercased word form occurs, and how often inside a gold cue span."""
    seen: Counter[str] = Counter()
    as_cue: Counter[str] = Counter()
    with path.open(encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            text = doc["text"]
            cue_starts = {m.start() for a in doc["attributions"] for s, e in a.get("cue_spans") or []
                          for m in WORD.finditer(text, s, e)}
            for m in WORD.finditer(text):
                form = m.group().lower()
                seen[form] += 1
                as_cue[form] += m.start() in cue_starts
    return seen, as_cue


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--min-count", type=int, default=5, help="times a form must be a cue")
    ap.add_argument("--min-share", type=float, default=0.5, help="share of its uses that are cues")
    args = ap.parse_args()
    known = frozenset().union(*(words(name) for name in KNOWN))
    seen, as_cue = cue_shares(TRAIN)
    rows = [(as_cue[w] / seen[w], as_cue[w], seen[w], w) for w in as_cue
            if w not in known and as_cue[w] >= args.min_count and as_cue[w] / seen[w] >= args.min_share]
    for share, cue, total, form in sorted(rows, reverse=True):
        print(f"{form:20} cue {cue:4} of {total:5}  {share:.2f}")


if __name__ == "__main__":
    main()
