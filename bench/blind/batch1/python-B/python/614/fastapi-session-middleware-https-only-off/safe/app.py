import os

from fastapi import FastAPI, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.templating import Jinja2Templates
from starlette.middleware.sessions import SessionMiddleware

from accounts import verify_login

templates = Jinja2Templates(directory="templates")

app = FastAPI(docs_url=None, redoc_url=None)
app.add_middleware(
    SessionMiddleware,
    secret_key=os.environ["SESSION_SECRET"],
    session_cookie="wiki_session",
    max_age=14 * 24 * 3600,
    same_site="lax",
    https_only=True,
)


@app.get("/login", response_class=HTMLResponse)
async def login_page(request: Request):
    return templates.TemplateResponse(request, "login.html", {})


@app.post("/login")
async def login(request: Request, username: str = Form(...), password: str = Form(...)):
    user = await verify_login(username, password)
    if user is None:
        raise HTTPException(401, "invalid login")
    request.session.clear()
    request.session["user_id"] = user.id
    return RedirectResponse("/", status_code=303)


@app.get("/", response_class=HTMLResponse)
async def home(request: Request):
    if "user_id" not in request.session:
        return RedirectResponse("/login", status_code=303)
    return templates.TemplateResponse(request, "home.html", {"user_id": request.session["user_id"]})
