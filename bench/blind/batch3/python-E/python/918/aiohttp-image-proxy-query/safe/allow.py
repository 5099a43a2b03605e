from urllib.parse import urlparse

IMAGE_HOSTS = {"images.example-cdn.com", "uploads.example-cdn.com"}

def is_allowed_image_host(url: str) -> bool:
    parts = urlparse(url)
    return parts.scheme == "https" and parts.hostname in IMAGE_HOSTS and parts.port in (None, 443)
