import html
from fastapi import FastAPI, Cookie
from fastapi.responses import HTMLResponse
from widgets import nav_bar

app = FastAPI()


@app.get("/welcome", response_class=HTMLResponse)
async def welcome(display_name: str | None = Cookie(default=None)):
    name = display_name or "guest"
    body = f"<html><body>{nav_bar()}<h2>Welcome back, {html.escape(name)}!</h2></body></html>"
    return HTMLResponse(body)
