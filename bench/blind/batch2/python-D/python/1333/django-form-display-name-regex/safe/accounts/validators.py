import re

DISPLAY_NAME_RE = re.compile(r"^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$")


def is_valid_display_name(value: str) -> bool:
    return DISPLAY_NAME_RE.match(value) is not None
