import re

EMAIL_RE = re.compile(r"^[a-zA-Z0-9._-]{1,64}@[a-zA-Z0-9-]{1,63}(\.[a-zA-Z0-9-]{1,63}){1,8}$")


def is_valid_email(value: str) -> bool:
    if not isinstance(value, str) or len(value) > 320:
        return False
    return EMAIL_RE.match(value) is not None
