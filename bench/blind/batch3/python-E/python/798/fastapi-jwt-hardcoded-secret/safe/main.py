from fastapi import FastAPI, HTTPException
from pydantic import BaseModel
from security import issue_token
from users import verify_user

app = FastAPI()

class Login(BaseModel):
    username: str
    password: str

@app.post("/token")
async def token(body: Login):
    user = await verify_user(body.username, body.password)
    if not user:
        raise HTTPException(401)
    return {"access_token": issue_token(user["id"])}
