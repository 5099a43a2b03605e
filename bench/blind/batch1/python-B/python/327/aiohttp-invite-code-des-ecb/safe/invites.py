import base64
import struct
import time

from Crypto.Cipher import AES


class InviteCodec:
    """Packs (team_id, role, expiry) and encrypts it with an authenticated mode."""

    ROLES = {0: "viewer", 1: "member", 2: "owner"}

    def __init__(self, key: bytes):
        self._key = key[:32]

    def issue(self, team_id: int, role: int, ttl: int = 72 * 3600) -> str:
        block = struct.pack(">IBxI", team_id, role, int(time.time()) + ttl)
        cipher = AES.new(self._key, AES.MODE_GCM, mac_len=16)
        ct, tag = cipher.encrypt_and_digest(block)
        return base64.b32encode(cipher.nonce + tag + ct).decode().rstrip("=")

    def redeem(self, code: str) -> tuple[int, str]:
        raw = base64.b32decode(code.upper() + "=" * (-len(code) % 8))
        cipher = AES.new(self._key, AES.MODE_GCM, nonce=raw[:16], mac_len=16)
        plain = cipher.decrypt_and_verify(raw[32:], raw[16:32])
        team_id, role, expires = struct.unpack(">IBxI", plain)
        if expires < time.time():
            raise ValueError("invite expired")
        return team_id, self.ROLES.get(role, "viewer")
