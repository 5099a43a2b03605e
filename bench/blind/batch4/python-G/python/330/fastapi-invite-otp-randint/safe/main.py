from fastapi import FastAPI
from pydantic import BaseModel, EmailStr
from verification import start_verification, confirm

app = FastAPI()


class Start(BaseModel):
    email: EmailStr


class Confirm(BaseModel):
    email: EmailStr
    code: str


@app.post("/verify/start")
async def start(body: Start):
    await start_verification(body.email)
    return {"sent": True}


@app.post("/verify/confirm")
async def finish(body: Confirm):
    return {"verified": await confirm(body.email, body.code)}
