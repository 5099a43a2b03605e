from fastapi import FastAPI, HTTPException

from media import make_thumbnail
from repo import get_media

app = FastAPI()


@app.post("/media/{media_id}/thumbnail")
async def thumbnail(media_id: int, width: int = 320):
    item = await get_media(media_id)
    if item is None:
        raise HTTPException(status_code=404)
    thumb = make_thumbnail(item["stored_name"], max(32, min(width, 1024)))
    return {"thumbnail": thumb}
