from fastapi import FastAPI, Form, HTTPException
from fastapi.responses import JSONResponse

from tokens import authenticate, make_access_token

app = FastAPI()


@app.post("/auth/token")
async def token(username: str = Form(...), password: str = Form(...)):
    user = await authenticate(username, password)
    if user is None:
        raise HTTPException(status_code=401)
    resp = JSONResponse({"ok": True})
    resp.set_cookie(key="access_token", value=make_access_token(user), httponly=False, secure=False, samesite="lax")  # cg-expect: CWE-614
    return resp
