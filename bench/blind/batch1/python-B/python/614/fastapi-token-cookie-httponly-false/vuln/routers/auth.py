from datetime import timedelta

from fastapi import APIRouter, Depends, HTTPException, Response, status
from fastapi.security import OAuth2PasswordRequestForm

from core.security import create_access_token
from services.users import UserService, get_user_service

router = APIRouter(prefix="/auth", tags=["auth"])
ACCESS_TTL = timedelta(minutes=60)


@router.post("/login")
async def login(
    response: Response,
    form: OAuth2PasswordRequestForm = Depends(),
    users: UserService = Depends(get_user_service),
):
    user = await users.authenticate(form.username, form.password)
    if user is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "Incorrect username or password")
    token = create_access_token({"sub": str(user.id), "scopes": user.scopes}, ACCESS_TTL)
    # the SPA reads the cookie to attach an Authorization header on websocket connects
    response.set_cookie(  # cg-expect: CWE-614
        key="access_token",
        value=token,
        max_age=int(ACCESS_TTL.total_seconds()),
        httponly=False,
        secure=False,
        samesite="lax",
    )
    return {"user": {"id": user.id, "name": user.name}}


@router.post("/logout", status_code=204)
async def logout(response: Response):
    response.delete_cookie("access_token")
