import io
import os
import tarfile

WORKSPACES = "/srv/workspaces"


def restore_workspace(workspace_id: int, blob: bytes) -> list[str]:
    dest = os.path.join(WORKSPACES, str(workspace_id))
    os.makedirs(dest, exist_ok=True)
    with tarfile.open(fileobj=io.BytesIO(blob), mode="r:*") as tar:
        names = tar.getnames()
        # the "data" filter rejects absolute paths, "..", links leaving dest and device files
        tar.extractall(path=dest, filter="data")
    return names
