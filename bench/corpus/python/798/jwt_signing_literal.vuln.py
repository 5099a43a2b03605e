import datetime

import jwt


class TokenIssuer:
    def issue(self, user_id: int) -> str:
        now = datetime.datetime.now(datetime.timezone.utc)
        claims = {"sub": str(user_id), "iat": now, "exp": now + datetime.timedelta(hours=1)}
        return jwt.encode(claims, "change-me-signing-key-2024", algorithm="HS256")  # cg-expect: CWE-798
