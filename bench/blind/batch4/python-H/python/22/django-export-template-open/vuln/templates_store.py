from pathlib import Path

ROOT = Path("/srv/app/mail_templates").resolve()


def read_template(name: str) -> str:
    with open(ROOT / name, encoding="utf-8") as fh:  # cg-expect: CWE-22
        return fh.read()
