from urllib.parse import urlsplit

from fastapi import Cookie, FastAPI, Query
from fastapi.responses import RedirectResponse

from sessions import revoke_session

app = FastAPI()

ALLOWED_REDIRECT_HOSTS = {"www.example.com", "help.example.com"}


def safe_continue(url: str) -> str:
    cleaned = url.replace("\\", "/")
    if any(ord(ch) < 0x20 for ch in cleaned):
        return "/"
    parts = urlsplit(cleaned)
    if not parts.scheme and not parts.netloc and cleaned.startswith("/") and not cleaned.startswith("//"):
        return cleaned
    if parts.scheme == "https" and parts.hostname in ALLOWED_REDIRECT_HOSTS and not parts.username:
        return cleaned
    return "/"


@app.get("/logout")
async def logout(session_id: str | None = Cookie(default=None),
                 continue_url: str = Query("/", alias="continue")):
    if session_id:
        await revoke_session(session_id)
    response = RedirectResponse(url=safe_continue(continue_url), status_code=302)
    response.delete_cookie("session_id")
    return response
