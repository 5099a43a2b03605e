from fastapi import Header, HTTPException


async def current_user(authorization: str = Header(...)):
    if not authorization.startswith("Bearer "):
        raise HTTPException(status_code=401)
    return {"id": 1}
