from fastapi import FastAPI, Form, HTTPException, Response

from sessions import create_session, verify_user

app = FastAPI()


@app.post("/login")
async def login(response: Response, username: str = Form(...), password: str = Form(...)):
    user_id = await verify_user(username, password)
    if user_id is None:
        raise HTTPException(status_code=401)
    sid = await create_session(user_id)
    response.set_cookie("sid", sid, httponly=True, secure=True, samesite="lax")
    return {"ok": True}
