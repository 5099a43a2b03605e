import random
import secrets
import string
import time

TOKEN_ALPHABET = string.ascii_lowercase + string.digits


class InviteTokenFactory:
    def __init__(self, team_id: int):
        self.team_id = team_id
        self.rng = random.Random(team_id * 1_000_003 + int(time.time()))

    def make(self, length: int = 24) -> str:
        return "".join(self.rng.choice(TOKEN_ALPHABET) for _ in range(length))  # cg-expect: CWE-330
