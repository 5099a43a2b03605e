import random
import secrets


def new_otp() -> str:
    return f"{secrets.randbelow(1_000_000):06d}"


def jitter_seconds() -> float:
    return random.uniform(0.1, 0.5)
