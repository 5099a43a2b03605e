import hashlib
import secrets

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from models import User

PEPPER_ALGO = "sha1"


def hash_password(password: str, salt: str) -> str:
    h = hashlib.new(PEPPER_ALGO)  # cg-expect: CWE-328
    h.update(salt.encode())
    h.update(password.encode())
    return f"{PEPPER_ALGO}${salt}${h.hexdigest()}"


def check_password(password: str, stored: str) -> bool:
    _, salt, _ = stored.split("$", 2)
    return secrets.compare_digest(hash_password(password, salt), stored)


async def get_user_by_email(db: AsyncSession, email: str) -> User | None:
    result = await db.execute(select(User).where(User.email == email))
    return result.scalar_one_or_none()


async def create_user(db: AsyncSession, email: str, password: str, name: str) -> User:
    user = User(email=email, display_name=name,
                password_hash=hash_password(password, secrets.token_hex(8)))
    db.add(user)
    await db.commit()
    await db.refresh(user)
    return user


async def verify_user(db: AsyncSession, email: str, password: str) -> User | None:
    user = await get_user_by_email(db, email)
    if user and check_password(password, user.password_hash):
        return user
    return None
