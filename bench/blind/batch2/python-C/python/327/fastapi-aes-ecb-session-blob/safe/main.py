from fastapi import Cookie, FastAPI, Response

from sealed import open_blob, seal_blob

app = FastAPI()


@app.put("/prefs")
async def save_prefs(prefs: dict, response: Response):
    response.set_cookie("prefs", seal_blob(prefs), httponly=True, secure=True, samesite="lax")
    return {"saved": True}


@app.get("/prefs")
async def get_prefs(prefs: str | None = Cookie(default=None)):
    return open_blob(prefs) if prefs else {}
