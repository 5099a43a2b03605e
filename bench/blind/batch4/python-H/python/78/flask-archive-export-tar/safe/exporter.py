import os
import subprocess


class ArchiveExporter:
    def __init__(self, root: str):
        self.root = root

    def _project_dir(self, project_id: int) -> str:
        return os.path.join(self.root, "projects", str(project_id))

    def build(self, project_id: int, label: str) -> str:
        target = os.path.join(self.root, "out", f"{project_id}-{_slug(label)}.tar.gz")
        src = self._project_dir(project_id)
        cmd = ["tar", "-czf", target, "-C", src, "."]
        subprocess.run(cmd, check=True)
        return target


def _slug(value: str) -> str:
    return "".join(ch for ch in value if ch.isalnum() or ch in "-_")[:40] or "export"
