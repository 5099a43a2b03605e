import hashlib
import random
import secrets
import time

STORE: dict[str, int] = {}


def new_session(user_id: int) -> str:
    sid = secrets.token_urlsafe(32)
    STORE[sid] = user_id
    return sid


def shuffle_tips(tips: list[str]) -> list[str]:
    random.shuffle(tips)
    return tips
