import asyncio

from fastapi import Depends, FastAPI, HTTPException
from pydantic import BaseModel, HttpUrl

from auth import current_user
from fetcher import FetchError, fetch_image
from media import store_avatar

app = FastAPI()
ALLOWED_HOSTS = {"avatars.githubusercontent.com", "secure.gravatar.com", "lh3.googleusercontent.com"}


class AvatarImport(BaseModel):
    url: HttpUrl


@app.post("/me/avatar/import")
async def import_avatar(body: AvatarImport, user=Depends(current_user)):
    if body.url.scheme != "https" or body.url.host not in ALLOWED_HOSTS:
        raise HTTPException(400, "unsupported avatar host")
    try:
        data, ctype = await asyncio.to_thread(fetch_image, str(body.url))
    except FetchError as exc:
        raise HTTPException(422, str(exc))
    key = await store_avatar(user.id, data, ctype)
    return {"avatar": key}
