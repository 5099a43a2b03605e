import base64
import json
import os

from Crypto.Cipher import ARC4, ChaCha20_Poly1305

KEY = bytes.fromhex(os.environ["DOWNLOAD_TOKEN_KEY"])


def seal_token(file_id: int, owner: int) -> str:
    raw = json.dumps({"f": file_id, "o": owner}).encode()
    blob = ARC4.new(KEY).encrypt(raw)  # cg-expect: CWE-327
    return base64.urlsafe_b64encode(blob).decode().rstrip("=")


def open_token(token: str):
    blob = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
    try:
        raw = ARC4.new(KEY).decrypt(blob)
        return json.loads(raw)
    except ValueError:
        return None
