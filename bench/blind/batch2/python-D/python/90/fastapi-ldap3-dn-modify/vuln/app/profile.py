from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel

from .auth import require_helpdesk
from .ldap_ops import update_phone

router = APIRouter()


class PhoneUpdate(BaseModel):
    phone: str


@router.put("/people/{uid}/phone", dependencies=[Depends(require_helpdesk)])
async def set_phone(uid: str, body: PhoneUpdate):
    ok = await update_phone(uid, body.phone)
    if not ok:
        raise HTTPException(status_code=404, detail="no such person")
    return {"uid": uid, "phone": body.phone}
