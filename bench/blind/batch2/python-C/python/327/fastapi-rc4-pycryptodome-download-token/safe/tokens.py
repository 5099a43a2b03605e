import base64
import json
import os

from Crypto.Cipher import ARC4, ChaCha20_Poly1305

KEY = bytes.fromhex(os.environ["DOWNLOAD_TOKEN_KEY"])


def seal_token(file_id: int, owner: int) -> str:
    raw = json.dumps({"f": file_id, "o": owner}).encode()
    cipher = ChaCha20_Poly1305.new(key=KEY[:32])
    ct, tag = cipher.encrypt_and_digest(raw)
    blob = cipher.nonce + tag + ct
    return base64.urlsafe_b64encode(blob).decode().rstrip("=")


def open_token(token: str):
    blob = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
    try:
        cipher = ChaCha20_Poly1305.new(key=KEY[:32], nonce=blob[:12])
        raw = cipher.decrypt_and_verify(blob[28:], blob[12:28])
        return json.loads(raw)
    except ValueError:
        return None
