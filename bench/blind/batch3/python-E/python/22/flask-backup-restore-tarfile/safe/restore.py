import tarfile

RESTORE_DIR = "/srv/app/data"

def restore_backup(path: str) -> int:
    with tarfile.open(path, "r:gz") as tar:
        members = tar.getmembers()
        tar.extractall(RESTORE_DIR, filter="data")
    return len(members)
