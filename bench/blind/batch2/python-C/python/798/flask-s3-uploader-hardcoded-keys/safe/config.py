import os

MAX_AVATAR_BYTES = 2 * 1024 * 1024
ALLOWED_TYPES = {"image/png", "image/jpeg", "image/webp"}
CDN_BASE = os.environ.get("CDN_BASE", "https://cdn.example.com")
