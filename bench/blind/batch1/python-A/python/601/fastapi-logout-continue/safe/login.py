import secrets

from fastapi import APIRouter, Form, HTTPException
from fastapi.responses import JSONResponse

from sessions import _redis

router = APIRouter()
SESSION_TTL = 8 * 3600


async def check_credentials(email: str, password: str) -> int | None:
    """Delegates to the accounts service; returns the user id on success."""
    ...


@router.post("/login")
async def login(email: str = Form(...), password: str = Form(...)):
    user_id = await check_credentials(email, password)
    if user_id is None:
        raise HTTPException(401, "invalid credentials")
    session_id = secrets.token_urlsafe(32)
    await _redis.set(f"session:{session_id}", user_id, ex=SESSION_TTL)
    resp = JSONResponse({"ok": True})
    resp.set_cookie("session_id", session_id, max_age=SESSION_TTL, secure=True, httponly=True, samesite="lax")
    return resp
