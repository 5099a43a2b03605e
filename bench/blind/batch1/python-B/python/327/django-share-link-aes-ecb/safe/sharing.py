import base64
import json

from Crypto.Cipher import AES
from django.conf import settings


class ShareCodec:
    """Encodes {doc, perm, exp} into an opaque URL token."""

    def __init__(self):
        self._key = bytes.fromhex(settings.SHARE_LINK_KEY)

    def encode(self, doc_id: int, perm: str, expires: int) -> str:
        plain = json.dumps({"doc": doc_id, "perm": perm, "exp": expires}, separators=(",", ":"))
        aes = AES.new(self._key, AES.MODE_GCM)
        ct, tag = aes.encrypt_and_digest(plain.encode())
        return base64.urlsafe_b64encode(aes.nonce + tag + ct).rstrip(b"=").decode()

    def decode(self, token: str) -> dict:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        aes = AES.new(self._key, AES.MODE_GCM, nonce=raw[:16])
        return json.loads(aes.decrypt_and_verify(raw[32:], raw[16:32]))


codec = ShareCodec()
