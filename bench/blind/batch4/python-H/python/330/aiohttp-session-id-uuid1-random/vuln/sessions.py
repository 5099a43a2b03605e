import hashlib
import random
import secrets
import time

STORE: dict[str, int] = {}


def new_session(user_id: int) -> str:
    sid = hashlib.sha256(f"{time.time()}-{random.random()}".encode()).hexdigest()  # cg-expect: CWE-330
    STORE[sid] = user_id
    return sid


def shuffle_tips(tips: list[str]) -> list[str]:
    random.shuffle(tips)
    return tips
