from urllib.parse import urlsplit


def is_local_path(target: str) -> bool:
    if not target:
        return False
    return target.startswith("/")
