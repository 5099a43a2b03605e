import subprocess
from pathlib import Path

EXPORT_DIR = Path("/srv/exports")

def build_archive(name: str) -> str:
    target = EXPORT_DIR / f"{name}.tar.gz"
    subprocess.run(f"tar -czf {target} -C /srv/data {name}", shell=True, check=True)  # cg-expect: CWE-78
    return str(target)
