import secrets
import string

ALPHABET = string.ascii_uppercase + string.digits


def new_reset_code(length: int = 10) -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(length))
