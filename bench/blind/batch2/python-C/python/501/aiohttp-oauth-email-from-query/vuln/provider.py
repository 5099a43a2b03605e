import os

TOKEN_URL = "https://accounts.example-idp.com/oauth2/token"
USERINFO_URL = "https://accounts.example-idp.com/oauth2/userinfo"
CLIENT_ID = os.environ["OAUTH_CLIENT_ID"]
CLIENT_SECRET = os.environ["OAUTH_CLIENT_SECRET"]


async def exchange_code(http, code: str) -> str:
    data = {
        "grant_type": "authorization_code",
        "code": code,
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
        "redirect_uri": "https://app.example.com/oauth/callback",
    }
    async with http.post(TOKEN_URL, data=data) as resp:
        resp.raise_for_status()
        return (await resp.json())["access_token"]


async def fetch_userinfo(http, access_token: str) -> dict:
    async with http.get(USERINFO_URL, headers={"Authorization": f"Bearer {access_token}"}) as resp:
        resp.raise_for_status()
        return await resp.json()
