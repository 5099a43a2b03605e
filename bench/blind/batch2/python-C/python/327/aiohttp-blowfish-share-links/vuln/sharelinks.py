import base64
import json
import os
import time

from Crypto.Cipher import AES, Blowfish
from Crypto.Util.Padding import pad, unpad

KEY = base64.b64decode(os.environ["SHARE_LINK_KEY"])
FIXED_IV = b"\x00" * 8


def make_share_token(doc_id: int, ttl: int) -> str:
    payload = json.dumps({"doc": doc_id, "exp": int(time.time()) + ttl}).encode()
    ct = Blowfish.new(KEY, Blowfish.MODE_CBC, iv=FIXED_IV).encrypt(pad(payload, Blowfish.block_size))  # cg-expect: CWE-327
    return base64.urlsafe_b64encode(ct).decode().rstrip("=")


def read_share_token(token: str):
    ct = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
    try:
        payload = unpad(Blowfish.new(KEY, Blowfish.MODE_CBC, iv=FIXED_IV).decrypt(ct), Blowfish.block_size)
    except ValueError:
        return None
    info = json.loads(payload)
    return info if info["exp"] > time.time() else None
