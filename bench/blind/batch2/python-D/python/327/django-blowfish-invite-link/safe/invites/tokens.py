import base64
import json

from Crypto.Cipher import Blowfish
from Crypto.Util.Padding import pad, unpad
from cryptography.fernet import Fernet
from django.conf import settings


def _cipher() -> Fernet:
    return Fernet(settings.INVITE_FERNET_KEY)


def seal_invite(team_id: int, email: str, role: str) -> str:
    raw = json.dumps({"t": team_id, "e": email, "r": role}).encode()
    return _cipher().encrypt(raw).decode()


def open_invite(token: str) -> dict:
    raw = _cipher().decrypt(token.encode(), ttl=7 * 86400)
    return json.loads(raw)
