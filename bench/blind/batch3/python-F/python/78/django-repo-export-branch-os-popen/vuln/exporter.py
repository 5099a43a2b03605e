import os
import re
import subprocess
import tempfile

_BRANCH_RE = re.compile(r"^[A-Za-z0-9._/-]{1,100}$")


def export_branch(repo_path: str, branch: str, slug: str):
    out = os.path.join(tempfile.mkdtemp(), "export.tar.gz")
    status = os.popen(f"git -C {repo_path} archive --format=tar.gz -o {out} {branch}").close()  # cg-expect: CWE-78
    if status:
        return None
    return out
