import os
import re
import subprocess

REPOS = {
    "web": "/srv/git/web.git",
    "api": "/srv/git/api.git",
}


class BadRef(ValueError):
    pass


def archive_ref(project: str, ref: str) -> bytes:
    repo = REPOS[project]
    if not ref or len(ref) > 200 or ref.startswith("-") or not re.fullmatch(r"[A-Za-z0-9._/-]+", ref):
        raise BadRef(ref)
    proc = subprocess.run(["git", f"--git-dir={repo}", "archive", "--format=tar", ref],
                          capture_output=True, timeout=60)
    if proc.returncode != 0 or not proc.stdout:
        raise BadRef(ref)
    return proc.stdout
