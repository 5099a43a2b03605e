from datetime import datetime, timezone

from fastapi import APIRouter, Body, HTTPException
from pydantic import BaseModel, EmailStr, constr

from .db import users
from .security import hash_password

router = APIRouter()


class ResetBody(BaseModel):
    email: EmailStr
    code: constr(pattern=r"^[0-9]{8}$")
    new_password: constr(min_length=12)


@router.post("/password/reset")
async def reset_password(body: ResetBody = Body(...)):
    email = body.email
    code = body.code
    user = await users.find_one({"email": email, "reset_code": code})
    if user is None or user["reset_expires"] < datetime.now(timezone.utc):
        raise HTTPException(status_code=400, detail="invalid code")
    await users.update_one(
        {"_id": user["_id"]},
        {"$set": {"password": hash_password(body.new_password)},
         "$unset": {"reset_code": "", "reset_expires": ""}},
    )
    return {"status": "ok"}
