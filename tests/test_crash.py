"""SIGKILL in the middle of clips and of digest builds (a few times here; bench/crash.py many)."""

from pathlib import Path

from .crash import kill_builds, kill_service


def test_killing_the_service_loses_nothing_acknowledged(home: Path):
    result = kill_service(home, rounds=3)
    assert result["acknowledged"] > 0


def test_killing_a_build_leaves_the_old_site_or_the_new(home: Path, tmp_path: Path):
    kill_service(home, rounds=1)  # a store with articles in it
    result = kill_builds(home, tmp_path / "site", rounds=4)
    assert result["builds"] == 4
