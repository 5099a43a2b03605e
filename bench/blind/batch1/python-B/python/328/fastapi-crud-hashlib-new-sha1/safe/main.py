from fastapi import Depends, FastAPI, HTTPException, status
from pydantic import BaseModel, EmailStr, Field
from sqlalchemy.ext.asyncio import AsyncSession

from crud import create_user, get_user_by_email, verify_user
from database import get_session

app = FastAPI()


class SignUp(BaseModel):
    email: EmailStr
    password: str = Field(min_length=12, max_length=128)
    display_name: str = Field(max_length=80)


class Credentials(BaseModel):
    email: EmailStr
    password: str


@app.post("/users", status_code=status.HTTP_201_CREATED)
async def sign_up(body: SignUp, db: AsyncSession = Depends(get_session)):
    if await get_user_by_email(db, body.email):
        raise HTTPException(status.HTTP_409_CONFLICT, "email taken")
    user = await create_user(db, body.email, body.password, body.display_name)
    return {"id": user.id, "email": user.email}


@app.post("/token")
async def token(creds: Credentials, db: AsyncSession = Depends(get_session)):
    user = await verify_user(db, creds.email, creds.password)
    if not user:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid credentials")
    return {"access_token": user.issue_token(), "token_type": "bearer"}
