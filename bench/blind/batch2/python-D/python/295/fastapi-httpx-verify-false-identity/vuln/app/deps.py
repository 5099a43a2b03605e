from fastapi import Header, HTTPException

from .introspect import introspect


async def current_principal(authorization: str = Header(...)) -> dict:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(status_code=401)
    info = await introspect(token)
    if not info.get("active"):
        raise HTTPException(status_code=401)
    return info
