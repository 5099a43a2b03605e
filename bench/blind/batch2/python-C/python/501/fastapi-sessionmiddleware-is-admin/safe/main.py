import os

from fastapi import FastAPI, HTTPException, Request
from pydantic import BaseModel
from starlette.middleware.sessions import SessionMiddleware

from accounts import get_account

app = FastAPI()
app.add_middleware(SessionMiddleware, secret_key=os.environ["SESSION_SECRET"], https_only=True)


class Prefs(BaseModel):
    theme: str = "light"
    language: str = "en"
    is_admin: bool = False


@app.post("/me/preferences")
async def update_preferences(prefs: Prefs, request: Request):
    uid = request.session.get("uid")
    if uid is None:
        raise HTTPException(status_code=401)
    request.session["theme"] = prefs.theme
    request.session["language"] = prefs.language
    request.session["is_admin"] = (await get_account(uid))["role"] == "admin"
    return {"saved": True}


@app.delete("/admin/users/{user_id}")
async def delete_user(user_id: int, request: Request):
    if not request.session.get("is_admin"):
        raise HTTPException(status_code=403)
    return {"deleted": user_id}
