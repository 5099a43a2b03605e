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
        if not BRANCH_RE.fullmatch(branch) or branch.startswith("-"):
            raise ValueError("bad branch")
        proc = subprocess.Popen(["git", "clone", "--depth", "1", "--branch", branch, "--", self.repo, workdir])
        return proc.pid
