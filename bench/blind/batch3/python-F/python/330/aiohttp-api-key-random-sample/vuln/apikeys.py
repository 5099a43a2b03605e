import random
import secrets
import string

_CHARS = string.ascii_letters + string.digits


def generate_api_key() -> str:
    body = "".join(random.sample(_CHARS * 4, 40))  # cg-expect: CWE-330
    return "pk_" + body
