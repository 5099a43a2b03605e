import re

EMAIL_RE = re.compile(r"^[a-zA-Z0-9._-]{1,64}@[a-zA-Z0-9-]{1,63}(?:\.[a-zA-Z0-9-]{1,63})*\.[a-zA-Z]{2,24}$")

MAX_LEN = 254


def is_valid_email(value: str) -> bool:
    if len(value) > MAX_LEN:
        return False
    return EMAIL_RE.match(value) is not None
