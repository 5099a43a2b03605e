import base64
import struct
import time

from Crypto.Cipher import DES


class InviteCodec:
    """Packs (team_id, role, expiry) into an 8-byte block and encrypts it."""

    ROLES = {0: "viewer", 1: "member", 2: "owner"}

    def __init__(self, key: bytes):
        self._cipher = DES.new(key[:8], DES.MODE_ECB)  # cg-expect: CWE-327

    def issue(self, team_id: int, role: int, ttl: int = 72 * 3600) -> str:
        block = struct.pack(">IBxH", team_id, role, (int(time.time()) + ttl) // 3600 & 0xFFFF)
        return base64.b32encode(self._cipher.encrypt(block)).decode().rstrip("=")

    def redeem(self, code: str) -> tuple[int, str]:
        raw = base64.b32decode(code.upper() + "=" * (-len(code) % 8))
        team_id, role, exp_hours = struct.unpack(">IBxH", self._cipher.decrypt(raw))
        if exp_hours < (int(time.time()) // 3600) & 0xFFFF:
            raise ValueError("invite expired")
        return team_id, self.ROLES.get(role, "viewer")
