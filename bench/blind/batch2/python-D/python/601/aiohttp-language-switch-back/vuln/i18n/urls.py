from urllib.parse import urlsplit


def local_target(value: str) -> str:
    value = value.strip()
    return value or "/"
