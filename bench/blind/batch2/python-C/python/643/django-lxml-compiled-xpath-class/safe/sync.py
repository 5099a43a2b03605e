import shutil
import tempfile
from pathlib import Path

EXPORT_PATH = Path("/srv/hr/export.xml")


def replace_export(new_file: Path) -> None:
    with tempfile.NamedTemporaryFile(dir=EXPORT_PATH.parent, delete=False) as tmp:
        shutil.copyfileobj(new_file.open("rb"), tmp)
    Path(tmp.name).replace(EXPORT_PATH)
