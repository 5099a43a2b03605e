import re

EMAIL_RE = re.compile(r"^([a-zA-Z0-9]+[._-]?)*[a-zA-Z0-9]+@([a-zA-Z0-9-]+\.)+[a-zA-Z]{2,}$")


def valid_email(value: str) -> bool:
    return EMAIL_RE.match(value) is not None  # cg-expect: CWE-1333
