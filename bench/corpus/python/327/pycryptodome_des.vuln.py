from Crypto.Cipher import DES
from Crypto.Util.Padding import pad


def encrypt_card_number(key: bytes, card: str) -> bytes:
    data = pad(card.encode(), 8)
    cipher = DES.new(key, DES.MODE_CBC)  # cg-expect: CWE-327
    return cipher.iv + cipher.encrypt(data)
