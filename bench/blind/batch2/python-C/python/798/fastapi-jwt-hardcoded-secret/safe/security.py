import os
import time

import jwt
from fastapi import Depends, HTTPException
from fastapi.security import OAuth2PasswordBearer

JWT_SECRET = os.environ["JWT_SECRET"]
ALGORITHM = "HS256"

oauth2 = OAuth2PasswordBearer(tokenUrl="/token")


def create_token(user_id: int, ttl: int = 900) -> str:
    now = int(time.time())
    return jwt.encode({"sub": str(user_id), "iat": now, "exp": now + ttl}, JWT_SECRET, algorithm=ALGORITHM)


async def current_user_id(token: str = Depends(oauth2)) -> int:
    try:
        claims = jwt.decode(token, JWT_SECRET, algorithms=[ALGORITHM])
    except jwt.PyJWTError:
        raise HTTPException(status_code=401, detail="invalid token")
    return int(claims["sub"])
