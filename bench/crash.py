"""Kill the service (SIGKILL, process group) in the middle of clips, and `newsdigest build` in the
middle of a build, many times at random points; check after each restart that every acknowledged
clip is there with its raw capture, no article is half-written, PRAGMA integrity_check passes, and
the published site is the old one or the new one. Run by hand: `.venv/bin/python bench/crash.py`.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from tests.crash import kill_builds, kill_service  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--service-kills", type=int, default=50)
    ap.add_argument("--build-kills", type=int, default=30)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "home"
        started = time.perf_counter()
        print("service:", kill_service(home, args.service_kills), f"({time.perf_counter() - started:.0f} s)")
        started = time.perf_counter()
        print("digest build:", kill_builds(home, Path(tmp) / "site", args.build_kills),
              f"({time.perf_counter() - started:.0f} s)")
    print("all checks passed")


if __name__ == "__main__":
    main()
