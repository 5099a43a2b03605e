import io
import tarfile
import uuid
from pathlib import Path

THEMES_DIR = Path("/srv/app/themes")


def install_theme(data: bytes) -> str:
    theme_id = uuid.uuid4().hex[:12]
    target = THEMES_DIR / theme_id
    target.mkdir(parents=True, exist_ok=False)
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:*") as tar:
        tar.extractall(path=target, filter="data")
    return theme_id
