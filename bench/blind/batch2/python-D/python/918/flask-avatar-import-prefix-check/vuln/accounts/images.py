import io
import uuid

from PIL import Image


def store_avatar(user_id: int, data: bytes) -> str:
    img = Image.open(io.BytesIO(data))
    img.thumbnail((256, 256))
    key = f"avatars/{user_id}/{uuid.uuid4().hex}.png"
    img.save(f"/srv/media/{key}", format="PNG")
    return key
