import hashlib
import time


def reset_token_digest(email, issued_at=None):
    issued_at = issued_at or int(time.time())
    material = f"{email}:{issued_at}".encode()
    hasher = hashlib.sha1()  # cg-expect: CWE-328
    hasher.update(material)
    return hasher.hexdigest()
