"""The claims' share of the annotate work, counted in instructions (valgrind's callgrind), which
unlike seconds do not move with what else the machine runs: the PolNeAR dev articles annotated with
and without claims, one pass and three, so that start-up cancels out. Run by hand (about 2
minutes): `.venv/bin/python bench/claims_instructions.py`. Needs valgrind (Debian package).
Instructions miss what memory costs: a bigger weights table takes no more instructions to read but
more time, as its entries fall out of the cache between articles; bench/annotate_speed.py's share
in seconds is the goal's measure, this one tells whether a change did less work.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys

from annotate_speed import DEV, without_claims
from newsdigest.annotate import annotate_text


def annotate_passes(passes: int) -> None:
    texts = [json.loads(line)["text"] for line in DEV.open(encoding="utf-8")]
    for _ in range(passes):
        for text in texts:
            annotate_text(text)


def instructions(mode: str, passes: int) -> int:
    run = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable,
                          __file__, mode, str(passes)], capture_output=True, text=True, check=True)
    return int(re.search(r"refs:\s*([\d,]+)", run.stderr).group(1).replace(",", ""))


def main() -> None:
    if len(sys.argv) == 3:  # the child valgrind runs
        mode, passes = sys.argv[1], int(sys.argv[2])
        if mode == "bare":
            without_claims(lambda: annotate_passes(passes))
        else:
            annotate_passes(passes)
        return
    per_pass = {mode: (instructions(mode, 3) - instructions(mode, 1)) / 2 for mode in ("full", "bare")}
    print(f"instructions a pass: {per_pass['full'] / 1e6:.0f} M with claims, {per_pass['bare'] / 1e6:.0f} M "
          f"without; claims add {per_pass['full'] / per_pass['bare'] - 1:.1%}")


if __name__ == "__main__":
    main()
