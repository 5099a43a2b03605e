import secrets
import string


class CouponFactory:
    alphabet = string.ascii_uppercase + string.digits

    def create(self, prefix="SAVE"):
        suffix = "".join(secrets.choice(self.alphabet) for _ in range(12))
        return f"{prefix}-{suffix}"
