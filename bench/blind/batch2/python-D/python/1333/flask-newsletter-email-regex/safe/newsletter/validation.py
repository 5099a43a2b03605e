import re

EMAIL_PATTERN = re.compile(r"^[a-zA-Z0-9_.+-]{1,64}@[a-zA-Z0-9-]{1,63}(?:\.[a-zA-Z0-9-]{1,63}){0,8}\.[a-zA-Z]{2,10}$")


def normalise_email(raw: str) -> str | None:
    candidate = raw.strip()
    if len(candidate) > 254:
        return None
    if EMAIL_PATTERN.match(candidate) is None:
        return None
    return candidate.lower()
