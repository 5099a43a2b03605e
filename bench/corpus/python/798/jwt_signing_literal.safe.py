import datetime
import os

import jwt


class TokenIssuer:
    def issue(self, user_id: int) -> str:
        now = datetime.datetime.now(datetime.timezone.utc)
        claims = {"sub": str(user_id), "iat": now, "exp": now + datetime.timedelta(hours=1)}
        return jwt.encode(claims, os.environ["JWT_SIGNING_KEY"], algorithm="HS256")
