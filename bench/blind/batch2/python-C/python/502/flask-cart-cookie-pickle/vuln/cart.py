import base64
import binascii
import json
import pickle


def encode_cart(cart: dict) -> str:
    return base64.urlsafe_b64encode(pickle.dumps(cart)).decode()


def decode_cart(raw):
    if not raw:
        return {}
    try:
        blob = base64.urlsafe_b64decode(raw.encode())
        cart = pickle.loads(blob)  # cg-expect: CWE-502
    except (binascii.Error, ValueError, pickle.UnpicklingError):
        return {}
    if not isinstance(cart, dict):
        return {}
    return {str(k): int(v) for k, v in cart.items()}
