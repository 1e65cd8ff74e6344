"""Publishing a built site as a commit on a branch of a git repository, without touching the
repository's working tree or index (a private index file and git's plumbing commands)."""

from __future__ import annotations

import os
import subprocess
import tempfile
from pathlib import Path


class PublishError(RuntimeError):
    pass


def _git(args: list[str], env: dict[str, str], cwd: Path) -> str:
    proc = subprocess.run(["git", *args], cwd=cwd, env=env, capture_output=True, text=True)
    if proc.returncode != 0:
        raise PublishError(f"git {args[0]} failed: {proc.stderr.strip() or proc.stdout.strip()}")
    return proc.stdout.strip()


def publish_git(site: Path, repo: Path, branch: str, message: str) -> str | None:
    """Commit `site` as the whole tree of `branch`; returns the commit, or None when nothing changed."""
    if not (site / "index.html").exists():
        raise PublishError(f"{site} holds no built site (run `newsdigest build` first)")
    try:
        git_dir = Path(subprocess.run(["git", "rev-parse", "--absolute-git-dir"], cwd=repo, capture_output=True,
                                      text=True, check=True).stdout.strip())
    except (subprocess.CalledProcessError, FileNotFoundError) as exc:
        raise PublishError(f"{repo} is not a git repository") from exc
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "GIT_DIR": str(git_dir), "GIT_WORK_TREE": str(site.resolve()),
               "GIT_INDEX_FILE": str(Path(tmp) / "index")}
        env.setdefault("GIT_AUTHOR_NAME", "newsdigest")
        env.setdefault("GIT_AUTHOR_EMAIL", "newsdigest@localhost")
        env.setdefault("GIT_COMMITTER_NAME", env["GIT_AUTHOR_NAME"])
        env.setdefault("GIT_COMMITTER_EMAIL", env["GIT_AUTHOR_EMAIL"])
        ref = f"refs/heads/{branch}"
        _git(["check-ref-format", ref], env, site)
        _git(["add", "--all", "--force", "."], env, site)
        tree = _git(["write-tree"], env, site)
        try:
            parent = _git(["rev-parse", "--verify", "--quiet", ref], env, site)
        except PublishError:
            parent = ""
        if parent and _git(["rev-parse", f"{parent}^{{tree}}"], env, site) == tree:
            return None
        commit = _git(["commit-tree", tree, "-m", message, *(["-p", parent] if parent else [])], env, site)
        _git(["update-ref", ref, commit, *([parent] if parent else [])], env, site)
        return commit
