from urllib.parse import urlsplit


def safe_target(value: str) -> str:
    if value.startswith("/"):
        return value
    return "/"
