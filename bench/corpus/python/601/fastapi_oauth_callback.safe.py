from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()


def _finish_login(code: str) -> None:
    if not code:
        raise ValueError("missing code")


@app.get("/oauth/callback")
async def oauth_callback(code: str, state: str):
    _finish_login(code)
    if not state.startswith("/") or state[1:2] in ("/", "\\"):
        state = "/"
    return RedirectResponse(url=state, status_code=302)
