import csv
import hashlib
import io
import os

from Crypto.Cipher import ARC4


def rows_to_csv(rows) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["date", "payee", "amount", "iban"])
    for r in rows:
        writer.writerow([r["date"], r["payee"], r["amount"], r["iban"]])
    return buf.getvalue().encode("utf-8")


def encrypt_export(data: bytes, passphrase: str) -> bytes:
    salt = os.urandom(16)
    key = hashlib.pbkdf2_hmac("sha256", passphrase.encode(), salt, 310_000, dklen=16)
    cipher = ARC4.new(key)  # cg-expect: CWE-327
    return b"EXP1" + salt + cipher.encrypt(data)
