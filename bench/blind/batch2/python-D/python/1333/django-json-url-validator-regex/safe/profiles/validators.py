import re
from urllib.parse import urlsplit

URL_RE = re.compile(r"^(https?://)?([\w-]+\.)+[\w-]+(/[\w\-./?%&=]*)*$")


def valid_website(url: str) -> bool:
    if len(url) > 2048:
        return False
    parts = urlsplit(url if "://" in url else "https://" + url)
    return parts.scheme in ("http", "https") and bool(parts.hostname) and "." in parts.hostname
