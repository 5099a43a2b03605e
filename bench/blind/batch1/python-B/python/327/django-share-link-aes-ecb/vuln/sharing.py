import base64
import json

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad, unpad
from django.conf import settings


class ShareCodec:
    """Encodes {doc, perm, exp} into an opaque URL token."""

    def __init__(self):
        self._aes = AES.new(bytes.fromhex(settings.SHARE_LINK_KEY), AES.MODE_ECB)  # cg-expect: CWE-327

    def encode(self, doc_id: int, perm: str, expires: int) -> str:
        plain = json.dumps({"doc": doc_id, "perm": perm, "exp": expires}, separators=(",", ":"))
        ct = self._aes.encrypt(pad(plain.encode(), AES.block_size))
        return base64.urlsafe_b64encode(ct).rstrip(b"=").decode()

    def decode(self, token: str) -> dict:
        ct = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        return json.loads(unpad(self._aes.decrypt(ct), AES.block_size))


codec = ShareCodec()
