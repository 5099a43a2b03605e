import subprocess
from dataclasses import dataclass


@dataclass
class BackupRequest:
    database: str
    target_dir: str


class BackupService:
    def __init__(self, dump_binary="pg_dump"):
        self.dump_binary = dump_binary

    def run(self, req: BackupRequest) -> int:
        outfile = f"{req.target_dir}/{req.database}.sql"
        cmd = f"{self.dump_binary} {req.database} > {outfile}"
        result = subprocess.run(cmd, shell=True, capture_output=True)  # cg-expect: CWE-78
        return result.returncode


def handle(payload: dict) -> int:
    req = BackupRequest(database=payload["db"], target_dir=payload["dir"])
    return BackupService().run(req)
