import re

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel, Field
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from database import get_session
from models import Profile

router = APIRouter(prefix="/profiles")

WEBSITE_RE = re.compile(r"^(?:https?://)?[\w-]+(?:\.[\w-]+)+(?:/[\w\-./?%&=]*)?$")


class ProfileUpdate(BaseModel):
    bio: str = Field(default="", max_length=2000)
    website: str = Field(default="", max_length=500)


def _website_link(raw: str) -> str | None:
    raw = raw.strip()
    if not raw or not WEBSITE_RE.match(raw):
        return None
    return raw if raw.startswith(("http://", "https://")) else f"https://{raw}"


@router.put("/me")
async def update_me(body: ProfileUpdate, user_id: int, db: AsyncSession = Depends(get_session)):
    profile = await db.get(Profile, user_id)
    profile.bio = body.bio
    profile.website = body.website
    await db.commit()
    return {"saved": True}


@router.get("/{username}")
async def public_profile(username: str, db: AsyncSession = Depends(get_session)):
    result = await db.execute(select(Profile).where(Profile.username == username))
    profile = result.scalar_one_or_none()
    if profile is None:
        raise HTTPException(404, "no such user")
    return {
        "username": profile.username,
        "bio": profile.bio,
        "website": _website_link(profile.website or ""),
    }
