import hashlib
import random
import secrets
import string

KEY_ALPHABET = string.ascii_letters + string.digits
KEY_PREFIX = "pk_live_"


def generate_api_key() -> tuple[str, str]:
    """Returns (plaintext key shown once, sha256 digest to store)."""
    body = "".join(secrets.choice(KEY_ALPHABET) for _ in range(40))
    key = KEY_PREFIX + body
    return key, hashlib.sha256(key.encode()).hexdigest()


def sample_for_docs() -> str:
    # deterministic placeholder used in the rendered API docs
    rng = random.Random(42)
    return KEY_PREFIX + "".join(rng.choices(KEY_ALPHABET, k=40))
