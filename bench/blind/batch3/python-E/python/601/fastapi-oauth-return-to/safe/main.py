from typing import Optional
from urllib.parse import urlparse
from fastapi import FastAPI, Cookie
from fastapi.responses import RedirectResponse
from oauth import exchange_code

app = FastAPI()
APP_HOST = "app.example.com"

def _target(return_to: Optional[str]) -> str:
    if not return_to:
        return "/"
    parts = urlparse(return_to)
    if parts.scheme or parts.netloc or not return_to.startswith("/") or return_to.startswith("//") or "\\" in return_to:
        return "/"
    return return_to

@app.get("/oauth/callback")
async def callback(code: str, return_to: Optional[str] = Cookie(default=None)):
    await exchange_code(code)
    return RedirectResponse(_target(return_to), status_code=303)  # only same-site relative paths
