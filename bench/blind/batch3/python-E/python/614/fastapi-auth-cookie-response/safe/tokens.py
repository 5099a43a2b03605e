import os
import time
import jwt

def create_access_token(user_id: int) -> str:
    now = int(time.time())
    claims = {"sub": str(user_id), "iat": now, "exp": now + 1800}
    return jwt.encode(claims, os.environ["JWT_SIGNING_KEY"], algorithm="HS256")
