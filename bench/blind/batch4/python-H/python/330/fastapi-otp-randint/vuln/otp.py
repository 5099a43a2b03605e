import random
import secrets


def new_otp() -> str:
    return f"{random.randint(0, 999999):06d}"  # cg-expect: CWE-330


def jitter_seconds() -> float:
    return random.uniform(0.1, 0.5)
