from datetime import datetime, timedelta, timezone

from fastapi import APIRouter, Depends
from pydantic import BaseModel, EmailStr

from .deps import current_user, get_db
from .invites import InviteTokenFactory

router = APIRouter()


class InviteIn(BaseModel):
    email: EmailStr
    role: str = "member"


@router.post("/teams/{team_id}/invites", status_code=201)
async def invite(team_id: int, body: InviteIn, user=Depends(current_user), db=Depends(get_db)):
    token = InviteTokenFactory(team_id).make()
    expires = datetime.now(timezone.utc) + timedelta(days=7)
    await db.execute(
        "INSERT INTO invites (team_id, email, role, token, expires_at, invited_by) VALUES ($1, $2, $3, $4, $5, $6)",
        team_id, body.email, body.role, token, expires, user.id,
    )
    return {"invite_url": f"https://app.example.com/join/{token}"}
