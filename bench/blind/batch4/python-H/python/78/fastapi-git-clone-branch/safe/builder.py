import subprocess
import tempfile


def checkout(repo_url: str, branch: str) -> str:
    workdir = tempfile.mkdtemp(prefix="build-")
    if branch.startswith("-"):
        raise ValueError("invalid branch")
    cmd = ["git", "clone", "--depth", "1", "--branch", branch, "--", repo_url, workdir]
    out = subprocess.check_output(cmd, stderr=subprocess.STDOUT, timeout=120)
    return out.decode(errors="replace")[-2000:]
