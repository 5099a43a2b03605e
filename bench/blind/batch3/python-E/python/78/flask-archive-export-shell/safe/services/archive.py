import subprocess
from pathlib import Path

EXPORT_DIR = Path("/srv/exports")

def build_archive(name: str) -> str:
    target = EXPORT_DIR / f"{name}.tar.gz"
    if not name.isidentifier():
        raise ValueError("bad name")
    subprocess.run(["tar", "-czf", str(target), "-C", "/srv/data", "--", name], check=True)
    return str(target)
