import os
from pathlib import Path

from Crypto.Cipher import AES
from Crypto.Random import get_random_bytes

VAULT_DIR = Path(os.environ.get("DOC_VAULT_DIR", "/srv/docvault"))


def _load_kek() -> bytes:
    with open("/run/secrets/doc_kek", "rb") as fh:
        return fh.read(32)


KEK = _load_kek()


def store_encrypted(owner_id: int, doc_id: str, content: bytes) -> Path:
    nonce = get_random_bytes(12)
    cipher = AES.new(KEK, AES.MODE_GCM, nonce=nonce)
    ct, tag = cipher.encrypt_and_digest(content)
    target = VAULT_DIR / str(owner_id) / f"{doc_id}.bin"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(nonce + tag + ct)
    return target
