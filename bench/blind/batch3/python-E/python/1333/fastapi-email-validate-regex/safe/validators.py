import re

EMAIL_RE = re.compile(r"^[a-zA-Z0-9._-]{1,64}@[a-zA-Z0-9-]{1,63}(?:\.[a-zA-Z0-9-]{1,63}){0,8}\.[a-zA-Z]{2,24}$")

def is_valid_email(value: str) -> bool:
    return len(value) <= 254 and EMAIL_RE.match(value) is not None
