import os
import subprocess


class ArchiveExporter:
    def __init__(self, root: str):
        self.root = root

    def _project_dir(self, project_id: int) -> str:
        return os.path.join(self.root, "projects", str(project_id))

    def build(self, project_id: int, label: str) -> str:
        target = os.path.join(self.root, "out", f"{project_id}-{label}.tar.gz")
        src = self._project_dir(project_id)
        cmd = f"tar -czf {target} -C {src} ."
        subprocess.run(cmd, shell=True, check=True)  # cg-expect: CWE-78
        return target
