import os
import time
import jwt

JWT_SECRET = "9f3c2b7e41d8a6f05e1b93c7d2a84f6e0c5b17d9a3e82f4b"  # cg-expect: CWE-798

def issue_token(user_id: int) -> str:
    return jwt.encode({"sub": str(user_id), "exp": int(time.time()) + 3600}, JWT_SECRET, algorithm="HS256")
