import re

EMAIL_PATTERN = re.compile(r"^([a-zA-Z0-9_.+-])+@(([a-zA-Z0-9-])+\.)+([a-zA-Z0-9]{2,10})+$")


def normalise_email(raw: str) -> str | None:
    candidate = raw.strip()
    if EMAIL_PATTERN.match(candidate) is None:  # cg-expect: CWE-1333
        return None
    return candidate.lower()
