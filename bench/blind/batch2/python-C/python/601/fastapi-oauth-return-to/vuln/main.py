from fastapi import FastAPI, Query
from fastapi.responses import RedirectResponse

from redirects import is_allowed_return
from sso import complete_login

app = FastAPI()


@app.get("/sso/callback")
async def sso_callback(code: str, return_to: str = Query("/")):
    session_token = await complete_login(code)
    target = return_to if is_allowed_return(return_to) else "/"
    resp = RedirectResponse(target, status_code=302)  # cg-expect: CWE-601
    resp.set_cookie("sid", session_token, secure=True, httponly=True, samesite="lax")
    return resp
