import base64
import json

from Crypto.Cipher import Blowfish
from Crypto.Util.Padding import pad, unpad
from cryptography.fernet import Fernet
from django.conf import settings


def _cipher():
    return Blowfish.new(settings.INVITE_KEY.encode()[:32], Blowfish.MODE_ECB)  # cg-expect: CWE-327


def seal_invite(team_id: int, email: str, role: str) -> str:
    raw = json.dumps({"t": team_id, "e": email, "r": role}).encode()
    return base64.urlsafe_b64encode(_cipher().encrypt(pad(raw, Blowfish.block_size))).decode()


def open_invite(token: str) -> dict:
    raw = unpad(_cipher().decrypt(base64.urlsafe_b64decode(token)), Blowfish.block_size)
    return json.loads(raw)
