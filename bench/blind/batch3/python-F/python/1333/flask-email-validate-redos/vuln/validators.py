import re

_EMAIL_RE = re.compile(r"^([a-zA-Z0-9]+[._-]?)*[a-zA-Z0-9]+@([a-zA-Z0-9-]+\.)+[a-zA-Z]{2,}$")


def is_valid_email(value: str) -> bool:
    return _EMAIL_RE.match(value) is not None  # cg-expect: CWE-1333
