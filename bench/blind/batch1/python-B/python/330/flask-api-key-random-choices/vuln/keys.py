import hashlib
import random
import string

KEY_ALPHABET = string.ascii_letters + string.digits
KEY_PREFIX = "pk_live_"


def generate_api_key() -> tuple[str, str]:
    """Returns (plaintext key shown once, sha256 digest to store)."""
    body = "".join(random.choices(KEY_ALPHABET, k=40))  # cg-expect: CWE-330
    key = KEY_PREFIX + body
    return key, hashlib.sha256(key.encode()).hexdigest()


def sample_for_docs() -> str:
    # deterministic placeholder used in the rendered API docs
    rng = random.Random(42)
    return KEY_PREFIX + "".join(rng.choices(KEY_ALPHABET, k=40))
