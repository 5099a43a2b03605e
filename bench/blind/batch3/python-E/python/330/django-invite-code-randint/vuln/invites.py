import random
import secrets
import time
from .models import Invite

def _code() -> str:
    rng = random.Random(int(time.time()))
    return f"{rng.randint(0, 999999):06d}"  # cg-expect: CWE-330

def create_invite(team_id: int, email: str) -> str:
    code = _code()
    Invite.objects.create(team_id=team_id, email=email, code=code)
    return code
