import hashlib
import random
import secrets

from db import insert_key


def _generate() -> str:
    return "sk_live_" + format(random.getrandbits(160), "040x")  # cg-expect: CWE-330


async def create_api_key(user_id: int, label: str, scopes: list[str]):
    key = _generate()
    digest = hashlib.sha256(key.encode()).hexdigest()
    key_id = await insert_key(user_id, label[:60], ",".join(scopes), digest)
    return key, key_id
