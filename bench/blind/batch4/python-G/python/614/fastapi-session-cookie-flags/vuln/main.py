from fastapi import FastAPI, Form, HTTPException, Response
from sessions import authenticate, open_session

app = FastAPI()


@app.post("/login")
async def login(response: Response, username: str = Form(...), password: str = Form(...)):
    user_id = await authenticate(username, password)
    if user_id is None:
        raise HTTPException(status_code=401, detail="invalid credentials")
    sid = await open_session(user_id)
    response.set_cookie("sid", sid, max_age=3600, samesite="lax")  # cg-expect: CWE-614
    return {"ok": True}
