import os
import time

import jwt

JWT_KEY = os.environ["JWT_SIGNING_KEY"]


def issue_access_token(user_id: int) -> str:
    now = int(time.time())
    return jwt.encode({"sub": str(user_id), "iat": now, "exp": now + 3600}, JWT_KEY, algorithm="HS256")
