from fastapi import FastAPI, Form, Header, HTTPException
from auth import make_token, read_token
from users import check

app = FastAPI()


@app.post("/token")
def token(username: str = Form(...), password: str = Form(...)):
    if not check(username, password):
        raise HTTPException(401)
    return {"access_token": make_token(username)}


@app.get("/profile")
def profile(authorization: str = Header(...)):
    try:
        return {"user": read_token(authorization.removeprefix("Bearer "))}
    except Exception:
        raise HTTPException(401)
