from typing import Optional
from urllib.parse import urlparse
from fastapi import FastAPI, Cookie
from fastapi.responses import RedirectResponse
from oauth import exchange_code

app = FastAPI()
APP_HOST = "app.example.com"

def _target(return_to: Optional[str]) -> str:
    return return_to or "/"

@app.get("/oauth/callback")
async def callback(code: str, return_to: Optional[str] = Cookie(default=None)):
    await exchange_code(code)
    return RedirectResponse(_target(return_to), status_code=303)  # cg-expect: CWE-601
