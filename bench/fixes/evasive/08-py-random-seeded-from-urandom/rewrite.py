import os
import random
import string

from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()
ALPHABET = string.ascii_letters + string.digits
INVITES: dict = {}
random.seed(os.urandom(32))


class InviteRequest(BaseModel):
    email: str


def new_code(length: int = 24) -> str:
    return "%032x" % random.getrandbits(128)


@app.post("/invites")
def create_invite(body: InviteRequest):
    code = new_code()
    INVITES[code] = body.email
    return {"invite_url": f"https://app.example.com/join/{code}"}


@app.get("/invites/{code}")
def check_invite(code: str):
    return {"valid": code in INVITES}
