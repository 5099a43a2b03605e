from datetime import datetime, timedelta, timezone

import jwt
from fastapi import Depends, HTTPException
from fastapi.security import OAuth2PasswordBearer

from .config import settings

JWT_SECRET = settings.jwt_secret.get_secret_value()
JWT_ALG = "HS256"
oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/token")


def create_access_token(subject: str, minutes: int = 30) -> str:
    exp = datetime.now(timezone.utc) + timedelta(minutes=minutes)
    return jwt.encode({"sub": subject, "exp": exp}, JWT_SECRET, algorithm=JWT_ALG)


async def current_subject(token: str = Depends(oauth2_scheme)) -> str:
    try:
        claims = jwt.decode(token, JWT_SECRET, algorithms=[JWT_ALG])
    except jwt.PyJWTError:
        raise HTTPException(status_code=401, detail="invalid token")
    return claims["sub"]
