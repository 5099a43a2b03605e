from fastapi import APIRouter, HTTPException, Request
from google.auth.transport import requests as google_requests
from google.oauth2 import id_token
from pydantic import BaseModel, EmailStr

from settings import GOOGLE_CLIENT_ID
from users import get_or_create_user

router = APIRouter()
_transport = google_requests.Request()


class GoogleSignIn(BaseModel):
    credential: str
    email: EmailStr
    name: str | None = None


@router.post("/auth/google")
async def google_sign_in(body: GoogleSignIn, request: Request):
    try:
        claims = id_token.verify_oauth2_token(body.credential, _transport, GOOGLE_CLIENT_ID)
    except ValueError:
        raise HTTPException(401, "invalid Google credential")
    if not claims.get("email_verified"):
        raise HTTPException(403, "email not verified with Google")
    request.session["email"] = claims["email"]
    request.session["name"] = body.name or claims.get("name", "")
    user = await get_or_create_user(request.session["email"], request.session["name"])
    request.session["user_id"] = user.id
    return {"id": user.id, "email": user.email}
