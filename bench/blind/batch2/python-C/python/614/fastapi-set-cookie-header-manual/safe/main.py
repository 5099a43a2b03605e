from fastapi import FastAPI, Form, HTTPException
from fastapi.responses import JSONResponse

from sessions import create_session, verify_user

app = FastAPI()


@app.post("/login")
async def login(username: str = Form(...), password: str = Form(...)):
    uid = await verify_user(username, password)
    if uid is None:
        raise HTTPException(status_code=401)
    sid = create_session(uid)
    resp = JSONResponse({"ok": True})
    resp.headers["Set-Cookie"] = f"SESSIONID={sid}; Path=/; Max-Age=28800; SameSite=Lax; Secure; HttpOnly"
    return resp
