import random
import secrets
import string

_CHARS = string.ascii_letters + string.digits


def generate_api_key() -> str:
    body = "".join(secrets.choice(_CHARS) for _ in range(40))
    return "pk_" + body
