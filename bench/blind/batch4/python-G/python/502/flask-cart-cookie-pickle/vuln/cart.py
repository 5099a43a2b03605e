import base64
import json
import pickle


def load_cart(raw: str | None) -> dict:
    if not raw:
        return {}
    try:
        blob = base64.urlsafe_b64decode(raw.encode())
        data = pickle.loads(blob)  # cg-expect: CWE-502
    except Exception:
        return {}
    if not isinstance(data, dict):
        return {}
    return {str(k): int(v) for k, v in data.items()}


def dump_cart(cart: dict) -> str:
    return base64.urlsafe_b64encode(pickle.dumps(cart)).decode()
