import base64
import binascii
import pickle


def encode_cart(items: list) -> str:
    return base64.urlsafe_b64encode(pickle.dumps(items)).decode()


def decode_cart(raw: str) -> list:
    if not raw:
        return []
    try:
        blob = base64.urlsafe_b64decode(raw.encode())
    except (binascii.Error, ValueError):
        return []
    data = pickle.loads(blob)  # cg-expect: CWE-502
    return data if isinstance(data, list) else []
