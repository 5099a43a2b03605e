import os

import httpx
from fastapi import Request

TOKEN_URL = "https://accounts.example-idp.com/oauth2/token"
USERINFO_URL = "https://accounts.example-idp.com/oauth2/userinfo"


async def exchange_code(code: str) -> dict:
    async with httpx.AsyncClient(timeout=10) as client:
        token = await client.post(TOKEN_URL, data={
            "grant_type": "authorization_code", "code": code,
            "client_id": os.environ["OAUTH_CLIENT_ID"], "client_secret": os.environ["OAUTH_CLIENT_SECRET"],
        })
        token.raise_for_status()
        info = await client.get(USERINFO_URL, headers={"Authorization": f"Bearer {token.json()['access_token']}"})
        info.raise_for_status()
        return info.json()


def login_session(request: Request, profile: dict) -> None:
    request.session["user"] = {"sub": profile["sub"], "email": profile.get("email")}
