from urllib.parse import urlsplit


def safe_target(value: str) -> str:
    value = value.replace("\\", "/")
    parts = urlsplit(value)
    if parts.scheme or parts.netloc or not value.startswith("/") or value.startswith("//"):
        return "/"
    return value
