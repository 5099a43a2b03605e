from urllib.parse import urlparse

from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

app = FastAPI()
TRUSTED_HOSTS = {"app.example.com", "docs.example.com"}


def _allowed(url: str) -> bool:
    p = urlparse(url)
    if not p.scheme and not p.netloc:
        return url.startswith("/") and not url.startswith("//") and "\\" not in url
    return p.scheme == "https" and p.hostname in TRUSTED_HOSTS


@app.get("/logout")
async def logout(request: Request, return_to: str = "/"):
    request.session.clear()
    target = return_to if _allowed(return_to) else "/"
    return RedirectResponse(target, status_code=303)
