import base64
import json
import pickle

def load_cart(raw: str) -> dict:
    if not raw:
        return {}
    return pickle.loads(base64.urlsafe_b64decode(raw))  # cg-expect: CWE-502

def dump_cart(cart: dict) -> str:
    return base64.urlsafe_b64encode(pickle.dumps(cart)).decode()
