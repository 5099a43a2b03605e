from fastapi import FastAPI, Form, HTTPException, Response

from sessions import create_session, verify

app = FastAPI()


@app.post("/login")
async def login(response: Response, email: str = Form(...), password: str = Form(...)):
    user_id = await verify(email, password)
    if user_id is None:
        raise HTTPException(401)
    sid = create_session(user_id)
    response.set_cookie(key="session", value=sid, max_age=7200, httponly=True, secure=True, samesite="lax")
    return {"ok": True}
