import base64
import json
import os
import secrets
from urllib.parse import urlsplit

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import RedirectResponse

from oauth import exchange_code, login_session

app = FastAPI()
AUTHORIZE_URL = "https://accounts.example-idp.com/oauth2/authorize"
CLIENT_ID = os.environ["OAUTH_CLIENT_ID"]


def encode_state(data: dict) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).decode()


def local_path_or_root(target) -> str:
    if not isinstance(target, str) or any(ord(ch) < 0x20 for ch in target):
        return "/"
    cleaned = target.replace("\\", "/")
    parts = urlsplit(cleaned)
    if parts.scheme or parts.netloc or not cleaned.startswith("/") or cleaned.startswith("//"):
        return "/"
    return cleaned


def decode_state(state: str) -> dict:
    return json.loads(base64.urlsafe_b64decode(state.encode()))


@app.get("/auth/start")
async def start(request: Request, return_to: str = "/"):
    nonce = secrets.token_urlsafe(16)
    request.session["oauth_nonce"] = nonce
    state = encode_state({"nonce": nonce, "return_to": return_to})
    return RedirectResponse(f"{AUTHORIZE_URL}?client_id={CLIENT_ID}&response_type=code&state={state}")


@app.get("/auth/callback")
async def callback(request: Request, code: str, state: str):
    data = decode_state(state)
    if data.get("nonce") != request.session.pop("oauth_nonce", None):
        raise HTTPException(400, "state mismatch")
    profile = await exchange_code(code)
    login_session(request, profile)
    return RedirectResponse(local_path_or_root(data.get("return_to", "/")))
