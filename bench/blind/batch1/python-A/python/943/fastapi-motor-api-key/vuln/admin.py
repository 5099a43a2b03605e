import hmac
import os
import secrets

from fastapi import APIRouter, Depends, Header, HTTPException
from pydantic import BaseModel

from main import db

router = APIRouter(prefix="/admin")


class NewIntegration(BaseModel):
    name: str
    owner_email: str


async def require_staff(x_staff_token: str = Header(default="")):
    expected = os.environ["STAFF_API_TOKEN"]
    if not x_staff_token or not hmac.compare_digest(x_staff_token, expected):
        raise HTTPException(401)


@router.post("/integrations", dependencies=[Depends(require_staff)])
async def create_integration(body: NewIntegration):
    key = secrets.token_urlsafe(32)
    result = await db.integrations.insert_one(
        {"name": body.name, "owner_email": body.owner_email, "api_key": key, "revoked": False}
    )
    return {"id": str(result.inserted_id), "api_key": key}
