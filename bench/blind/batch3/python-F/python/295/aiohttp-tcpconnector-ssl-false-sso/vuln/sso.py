import os
import ssl

import aiohttp

TOKEN_URL = "https://login.idp.example.com/oauth2/token"


async def exchange_code(code: str) -> dict:
    connector = aiohttp.TCPConnector(ssl=False)  # cg-expect: CWE-295
    async with aiohttp.ClientSession(connector=connector) as http:
        async with http.post(
            TOKEN_URL,
            data={
                "grant_type": "authorization_code",
                "code": code,
                "client_id": os.environ["SSO_CLIENT_ID"],
                "client_secret": os.environ["SSO_CLIENT_SECRET"],
                "redirect_uri": "https://app.example.com/sso/callback",
            },
        ) as resp:
            resp.raise_for_status()
            return await resp.json()
