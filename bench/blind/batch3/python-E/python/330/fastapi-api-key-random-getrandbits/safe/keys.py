import random
import secrets

def key_factory(prefix: str):
    def make() -> str:
        return prefix + secrets.token_hex(16)
    return make
