from urllib.parse import urlsplit

ALLOWED_HOSTS = {"app.example.com", "admin.example.com"}


def is_allowed_return(url: str) -> bool:
    return "example.com" in url
