from datetime import datetime, timezone

from fastapi import APIRouter, Body, HTTPException

from .db import users
from .security import hash_password

router = APIRouter()


@router.post("/password/reset")
async def reset_password(body: dict = Body(...)):
    email = body.get("email")
    code = body.get("code")
    user = await users.find_one({"email": email, "reset_code": code})  # cg-expect: CWE-943
    if user is None or user["reset_expires"] < datetime.now(timezone.utc):
        raise HTTPException(status_code=400, detail="invalid code")
    await users.update_one(
        {"_id": user["_id"]},
        {"$set": {"password": hash_password(body.get("new_password", ""))},
         "$unset": {"reset_code": "", "reset_expires": ""}},
    )
    return {"status": "ok"}
