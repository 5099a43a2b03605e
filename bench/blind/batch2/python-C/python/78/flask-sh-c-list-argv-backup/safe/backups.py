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
        if not DB_NAME_RE.match(dbname):
            raise RuntimeError("invalid database name")
        with open(out, "wb") as fh:
            dump = subprocess.Popen(["pg_dump", "--", dbname], stdout=subprocess.PIPE)
            proc = subprocess.run(["gzip"], stdin=dump.stdout, stdout=fh, capture_output=False)
            dump.stdout.close()
            dump.wait()
        if proc.returncode != 0:
            raise RuntimeError("backup failed")
        return out
