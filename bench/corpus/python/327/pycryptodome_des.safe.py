from Crypto.Cipher import AES
from Crypto.Util.Padding import pad


def encrypt_card_number(key: bytes, card: str) -> bytes:
    data = pad(card.encode(), 16)
    cipher = AES.new(key, AES.MODE_GCM)
    return cipher.nonce + cipher.encrypt(data)
