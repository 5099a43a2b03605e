from fastapi import APIRouter, Depends, Form, HTTPException
from fastapi.security import OAuth2PasswordRequestForm

from deps import get_repo, issue_jwt
from repository import UserRepo
from security import hash_password, verify_password

router = APIRouter(tags=["auth"])


@router.post("/auth/register")
async def register(
    username: str = Form(..., min_length=3, max_length=32),
    password: str = Form(..., min_length=10),
    repo: UserRepo = Depends(get_repo),
):
    if await repo.exists(username):
        raise HTTPException(409, "username taken")
    await repo.insert(username, hash_password(password))
    return {"username": username}


@router.post("/auth/token")
async def login(form: OAuth2PasswordRequestForm = Depends(), repo: UserRepo = Depends(get_repo)):
    row = await repo.get(form.username)
    if row is None or not verify_password(form.password, row["password_hash"]):
        raise HTTPException(401, "incorrect username or password",
                            headers={"WWW-Authenticate": "Bearer"})
    return {"access_token": issue_jwt(row["username"]), "token_type": "bearer"}


@router.post("/auth/password")
async def change_password(
    username: str = Form(...),
    old_password: str = Form(...),
    new_password: str = Form(..., min_length=10),
    repo: UserRepo = Depends(get_repo),
):
    row = await repo.get(username)
    if row is None or not verify_password(old_password, row["password_hash"]):
        raise HTTPException(403, "wrong password")
    await repo.update_hash(username, hash_password(new_password))
    return {"changed": True}
