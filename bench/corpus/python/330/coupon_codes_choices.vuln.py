import random
import string


class CouponFactory:
    alphabet = string.ascii_uppercase + string.digits

    def create(self, prefix="SAVE"):
        suffix = "".join(random.choices(self.alphabet, k=12))  # cg-expect: CWE-330
        return f"{prefix}-{suffix}"
