import random
import secrets
import time
from .models import Invite

def _code() -> str:
    return f"{secrets.randbelow(1_000_000):06d}-{secrets.token_hex(4)}"

def create_invite(team_id: int, email: str) -> str:
    code = _code()
    Invite.objects.create(team_id=team_id, email=email, code=code)
    return code
