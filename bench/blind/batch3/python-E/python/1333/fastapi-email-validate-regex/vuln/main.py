from fastapi import FastAPI, HTTPException
from pydantic import BaseModel
from validators import is_valid_email

app = FastAPI()

class Signup(BaseModel):
    email: str
    name: str

@app.post("/signup")
def signup(body: Signup):
    if not is_valid_email(body.email):
        raise HTTPException(422, "invalid email")
    return {"ok": True}
