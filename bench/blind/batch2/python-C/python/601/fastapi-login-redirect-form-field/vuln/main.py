from fastapi import FastAPI, Form, HTTPException, Request
from fastapi.responses import RedirectResponse
from starlette.middleware.sessions import SessionMiddleware

from auth import authenticate
from nexturl import clean_next
from settings import SESSION_SECRET

app = FastAPI()
app.add_middleware(SessionMiddleware, secret_key=SESSION_SECRET, https_only=True)


@app.post("/login")
async def login(request: Request, username: str = Form(...), password: str = Form(...), next: str = Form("/")):
    user = await authenticate(username, password)
    if user is None:
        raise HTTPException(status_code=401, detail="invalid credentials")
    request.session["uid"] = user["id"]
    return RedirectResponse(clean_next(next), status_code=303)  # cg-expect: CWE-601
