import hashlib
import time


def reset_token_digest(email, issued_at=None):
    issued_at = issued_at or int(time.time())
    material = f"{email}:{issued_at}".encode()
    hasher = hashlib.sha512()
    hasher.update(material)
    return hasher.hexdigest()
