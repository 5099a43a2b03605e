import base64
import binascii
import json


def encode_cart(items: list) -> str:
    return base64.urlsafe_b64encode(json.dumps(items).encode()).decode()


def decode_cart(raw: str) -> list:
    if not raw:
        return []
    try:
        blob = base64.urlsafe_b64decode(raw.encode())
    except (binascii.Error, ValueError):
        return []
    try:
        data = json.loads(blob)
    except ValueError:
        return []
    return data if isinstance(data, list) else []
