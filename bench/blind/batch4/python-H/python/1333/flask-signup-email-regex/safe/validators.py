import re

EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}$")


def valid_email(value: str) -> bool:
    return len(value) <= 254 and EMAIL_RE.match(value) is not None
