from pathlib import Path

ROOT = Path("/srv/app/mail_templates").resolve()


def read_template(name: str) -> str:
    path = (ROOT / name).resolve()
    if ROOT not in path.parents:
        raise PermissionError(name)
    with open(path, encoding="utf-8") as fh:
        return fh.read()
