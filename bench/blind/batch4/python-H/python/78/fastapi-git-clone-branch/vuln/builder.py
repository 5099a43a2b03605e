import subprocess
import tempfile


def checkout(repo_url: str, branch: str) -> str:
    workdir = tempfile.mkdtemp(prefix="build-")
    cmd = f"git clone --depth 1 --branch {branch} {repo_url} {workdir}"
    out = subprocess.check_output(cmd, shell=True, stderr=subprocess.STDOUT, timeout=120)  # cg-expect: CWE-78
    return out.decode(errors="replace")[-2000:]
