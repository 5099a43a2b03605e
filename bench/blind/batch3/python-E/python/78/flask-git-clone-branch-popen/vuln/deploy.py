import re
import shlex
import subprocess

BRANCH_RE = re.compile(r"^[A-Za-z0-9._/-]{1,100}$")

class PreviewDeployer:
    def __init__(self, root: str, repo: str):
        self.root = root
        self.repo = repo

    def start(self, branch: str) -> int:
        workdir = f"{self.root}/{abs(hash(branch))}"
        cmd = "git clone --depth 1 --branch %s %s %s" % (branch, self.repo, workdir)
        proc = subprocess.Popen(cmd, shell=True)  # cg-expect: CWE-78
        return proc.pid
