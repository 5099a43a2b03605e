import datetime as dt
import os
import re
import subprocess

DB_NAME_RE = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


class BackupRunner:
    def __init__(self, target_dir: str):
        self.target_dir = target_dir

    def dump(self, dbname: str) -> str:
        stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%S")
        out = os.path.join(self.target_dir, f"{stamp}.sql.gz")
        proc = subprocess.run(["sh", "-c", f"pg_dump {dbname} | gzip > {out}"], capture_output=True, text=True)  # cg-expect: CWE-78
        if proc.returncode != 0:
            raise RuntimeError("backup failed")
        return out
