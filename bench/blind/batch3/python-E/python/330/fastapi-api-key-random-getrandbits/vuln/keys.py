import random
import secrets

def key_factory(prefix: str):
    def make() -> str:
        return prefix + "%032x" % random.getrandbits(128)  # cg-expect: CWE-330
    return make
