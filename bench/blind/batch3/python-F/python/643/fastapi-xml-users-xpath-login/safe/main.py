from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

from userstore import check_user

app = FastAPI()


class Login(BaseModel):
    username: str
    password_hash: str


@app.post("/legacy/login")
def legacy_login(body: Login):
    role = check_user(body.username, body.password_hash)
    if role is None:
        raise HTTPException(status_code=401)
    return {"role": role}
