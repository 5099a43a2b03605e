from urllib.parse import urlsplit


def local_path_or_default(url, default: str) -> str:
    if not url:
        return default
    parts = urlsplit(url)
    if parts.scheme or parts.netloc or not url.startswith("/") or url.startswith("//") or "\\" in url:
        return default
    return url
