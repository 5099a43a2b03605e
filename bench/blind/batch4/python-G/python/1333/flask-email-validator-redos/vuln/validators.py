import re

EMAIL_RE = re.compile(r"^([a-zA-Z0-9]+[._-]?)*[a-zA-Z0-9]+@([a-zA-Z0-9-]+\.)+[a-zA-Z]{2,}$")


def is_valid_email(value: str) -> bool:
    if not isinstance(value, str) or len(value) > 320:
        return False
    return EMAIL_RE.match(value) is not None  # cg-expect: CWE-1333
