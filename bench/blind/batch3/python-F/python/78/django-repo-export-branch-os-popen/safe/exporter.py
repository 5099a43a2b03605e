import os
import re
import subprocess
import tempfile

_BRANCH_RE = re.compile(r"^[A-Za-z0-9._/-]{1,100}$")


def export_branch(repo_path: str, branch: str, slug: str):
    out = os.path.join(tempfile.mkdtemp(), "export.tar.gz")
    if not _BRANCH_RE.match(branch) or branch.startswith("-"):
        return None
    proc = subprocess.run(
        ["git", "-C", repo_path, "archive", "--format=tar.gz", "-o", out, branch, "--"],
        capture_output=True,
    )
    if proc.returncode != 0:
        return None
    return out
