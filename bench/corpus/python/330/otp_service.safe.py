import secrets


class OtpService:
    def __init__(self, store):
        self.store = store

    def issue(self, phone):
        code = 100000 + secrets.randbelow(900000)
        self.store.set(f"otp:{phone}", code, ttl=300)
        return code
