from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

from security import hash_password, verify_password

app = FastAPI()
USERS: dict[str, str] = {}


class Credentials(BaseModel):
    username: str
    password: str


@app.post("/register", status_code=201)
async def register(c: Credentials):
    if c.username in USERS:
        raise HTTPException(status_code=409, detail="taken")
    USERS[c.username] = hash_password(c.password)
    return {"username": c.username}


@app.post("/login")
async def login(c: Credentials):
    stored = USERS.get(c.username)
    if stored is None or not verify_password(c.password, stored):
        raise HTTPException(status_code=401, detail="invalid credentials")
    return {"ok": True}
