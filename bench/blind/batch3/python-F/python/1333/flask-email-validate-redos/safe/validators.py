import re

_EMAIL_RE = re.compile(r"^[a-zA-Z0-9._%+-]{1,64}@[a-zA-Z0-9-]{1,63}(?:\.[a-zA-Z0-9-]{1,63})*\.[a-zA-Z]{2,24}$")


def is_valid_email(value: str) -> bool:
    if len(value) > 254:
        return False
    return _EMAIL_RE.match(value) is not None
