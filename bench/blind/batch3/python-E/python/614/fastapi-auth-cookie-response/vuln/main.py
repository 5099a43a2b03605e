from fastapi import FastAPI, Response, HTTPException, Form
from tokens import create_access_token
from users import authenticate

app = FastAPI()

@app.post("/login")
async def login(response: Response, username: str = Form(...), password: str = Form(...)):
    user = await authenticate(username, password)
    if user is None:
        raise HTTPException(status_code=401)
    token = create_access_token(user["id"])
    response.set_cookie(key="access_token", value=token, secure=False, httponly=False, samesite="lax")  # cg-expect: CWE-614
    return {"ok": True}
