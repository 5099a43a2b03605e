import os
import urllib.request
from urllib.parse import urlparse

PHOTO_DIR = "/srv/shop/photos"
IMAGE_HOSTS = {"images.unsplash.com", "cdn.shopify.com", "i.imgur.com"}
MAX_BYTES = 5 * 1024 * 1024


def import_remote_image(product_id: int, url: str) -> str:
    parsed = urlparse(url)
    if not parsed.scheme.startswith("http"):
        raise ValueError("unsupported image url")
    with urllib.request.urlopen(url, timeout=10) as resp:  # cg-expect: CWE-918
        data = resp.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise ValueError("image too large")
    path = os.path.join(PHOTO_DIR, f"{product_id}.img")
    with open(path, "wb") as fh:
        fh.write(data)
    return path
