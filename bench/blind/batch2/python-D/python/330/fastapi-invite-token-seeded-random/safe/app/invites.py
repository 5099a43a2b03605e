import random
import secrets
import string
import time

TOKEN_ALPHABET = string.ascii_lowercase + string.digits


class InviteTokenFactory:
    def __init__(self, team_id: int):
        self.team_id = team_id
        self.rng = secrets.SystemRandom()

    def make(self, length: int = 24) -> str:
        return "".join(self.rng.choice(TOKEN_ALPHABET) for _ in range(length))
