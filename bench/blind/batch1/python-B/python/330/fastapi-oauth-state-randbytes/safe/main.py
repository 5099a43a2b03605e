import secrets

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import RedirectResponse
from starlette.middleware.sessions import SessionMiddleware

from oauth import authorize_redirect, exchange_code, new_state
from settings import settings
from users import upsert_github_user

app = FastAPI()
app.add_middleware(SessionMiddleware, secret_key=settings.session_secret, https_only=True)


@app.get("/auth/github")
async def github_login(request: Request):
    state = new_state()
    request.session["oauth_state"] = state
    return RedirectResponse(authorize_redirect(state))


@app.get("/auth/github/callback")
async def github_callback(request: Request, code: str, state: str):
    expected = request.session.pop("oauth_state", None)
    if expected is None or not secrets.compare_digest(expected, state):
        raise HTTPException(400, "state mismatch")
    token = await exchange_code(code)
    user = await upsert_github_user(token["access_token"])
    request.session["user_id"] = user.id
    return RedirectResponse("/")
