import os
import time
import jwt

JWT_SECRET = os.environ["JWT_SECRET"]

def issue_token(user_id: int) -> str:
    return jwt.encode({"sub": str(user_id), "exp": int(time.time()) + 3600}, JWT_SECRET, algorithm="HS256")
