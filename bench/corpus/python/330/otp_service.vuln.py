import random


class OtpService:
    def __init__(self, store):
        self.store = store

    def issue(self, phone):
        code = random.randint(100000, 999999)  # cg-expect: CWE-330
        self.store.set(f"otp:{phone}", code, ttl=300)
        return code
