import json
import os
from Crypto.Cipher import ARC4, ChaCha20_Poly1305
from db import fetch_customer_rows

EXPORT_KEY = bytes.fromhex(os.environ["EXPORT_KEY_HEX"])

async def build_export(user_id: int) -> bytes:
    rows = await fetch_customer_rows(user_id)
    plain = json.dumps(rows).encode()
    return ARC4.new(EXPORT_KEY).encrypt(plain)  # cg-expect: CWE-327
