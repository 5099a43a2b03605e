import random
import string

ALPHABET = string.ascii_uppercase + string.digits


def new_reset_code(length: int = 10) -> str:
    return "".join(random.choices(ALPHABET, k=length))  # cg-expect: CWE-330
