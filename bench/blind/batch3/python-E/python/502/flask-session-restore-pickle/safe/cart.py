import base64
import json
import pickle

def load_cart(raw: str) -> dict:
    if not raw:
        return {}
    data = json.loads(base64.urlsafe_b64decode(raw))
    return {str(k): int(v) for k, v in data.items()} if isinstance(data, dict) else {}

def dump_cart(cart: dict) -> str:
    return base64.urlsafe_b64encode(json.dumps(cart).encode()).decode()
