from fastapi import FastAPI, Form, HTTPException, Response

from tokens import issue_access_token
from users import check_login

app = FastAPI()


@app.post("/auth/login")
async def login(response: Response, email: str = Form(...), password: str = Form(...)):
    user = await check_login(email, password)
    if not user:
        raise HTTPException(status_code=401, detail="invalid credentials")
    token = issue_access_token(user["id"])
    response.set_cookie("access_token", token, max_age=3600, secure=True, httponly=True, samesite="lax")
    return {"ok": True}
