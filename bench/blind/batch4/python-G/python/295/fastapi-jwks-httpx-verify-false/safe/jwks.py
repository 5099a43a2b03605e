import httpx
import jwt

JWKS_URL = "https://login.example-idp.com/.well-known/jwks.json"
_cache: dict[str, dict] = {}


async def signing_key(kid: str):
    if kid not in _cache:
        async with httpx.AsyncClient(verify=True, timeout=5) as client:
            keys = (await client.get(JWKS_URL)).json()["keys"]
        _cache.update({k["kid"]: k for k in keys})
    return jwt.PyJWK(_cache[kid]).key
