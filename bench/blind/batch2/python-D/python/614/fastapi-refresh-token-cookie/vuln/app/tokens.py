from fastapi import APIRouter, HTTPException, Response
from pydantic import BaseModel

from .auth import authenticate, create_refresh_token, create_access_token

router = APIRouter()


class Credentials(BaseModel):
    username: str
    password: str


@router.post("/token")
async def token(creds: Credentials, response: Response):
    user = await authenticate(creds.username, creds.password)
    if user is None:
        raise HTTPException(status_code=401, detail="invalid credentials")
    refresh = await create_refresh_token(user.id)
    response.set_cookie(  # cg-expect: CWE-614
        key="refresh_token",
        value=refresh,
        max_age=30 * 24 * 3600,
        httponly=True,
        path="/token/refresh",
    )
    return {"access_token": create_access_token(user.id), "token_type": "bearer"}
