import os
import subprocess


class RepoArchiver:
    def __init__(self, root: str):
        self.root = root

    def _repo_path(self, repo_id: int) -> str:
        path = os.path.join(self.root, f"{repo_id}.git")
        if not os.path.isdir(path):
            raise LookupError(repo_id)
        return path

    def archive(self, repo_id: int, ref: str, fmt: str) -> bytes:
        repo = self._repo_path(repo_id)
        prefix = f"repo-{repo_id}/"
        proc = subprocess.Popen(  # cg-expect: CWE-78
            f"git archive --format={fmt} --prefix={prefix} {ref}",
            shell=True,
            cwd=repo,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        out, err = proc.communicate(timeout=60)
        if proc.returncode != 0:
            raise LookupError(err.decode(errors="replace"))
        return out
