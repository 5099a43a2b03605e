import random
import secrets
import string
import time


class KeyFactory:
    ALPHABET = string.ascii_letters + string.digits

    def __init__(self):
        self.rng = random.Random(int(time.time()))

    def new_key(self, prefix: str = "ak_") -> str:
        return prefix + "".join(secrets.choice(self.ALPHABET) for _ in range(32))

    def sample_order(self, items: list) -> list:
        return self.rng.sample(items, len(items))
