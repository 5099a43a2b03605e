import base64
import secrets
from urllib.parse import urlencode

import httpx

from settings import settings

AUTHORIZE_URL = "https://github.com/login/oauth/authorize"
TOKEN_URL = "https://github.com/login/oauth/access_token"


def new_state() -> str:
    return base64.urlsafe_b64encode(secrets.token_bytes(24)).decode().rstrip("=")


def authorize_redirect(state: str) -> str:
    query = urlencode({
        "client_id": settings.github_client_id,
        "redirect_uri": settings.github_redirect_uri,
        "scope": "read:user user:email",
        "state": state,
    })
    return f"{AUTHORIZE_URL}?{query}"


async def exchange_code(code: str) -> dict:
    async with httpx.AsyncClient(timeout=10) as client:
        resp = await client.post(TOKEN_URL, headers={"Accept": "application/json"}, data={
            "client_id": settings.github_client_id,
            "client_secret": settings.github_client_secret,
            "code": code,
        })
        resp.raise_for_status()
        return resp.json()
