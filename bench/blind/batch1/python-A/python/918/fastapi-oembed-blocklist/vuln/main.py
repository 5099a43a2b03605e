from fastapi import FastAPI, HTTPException
from pydantic import BaseModel, HttpUrl

from oembed import discover_embed

app = FastAPI()


class EmbedRequest(BaseModel):
    url: HttpUrl
    maxwidth: int = 640


@app.post("/embeds")
async def create_embed(req: EmbedRequest):
    try:
        embed = await discover_embed(str(req.url), req.maxwidth)
    except PermissionError:
        raise HTTPException(400, "this host cannot be embedded")
    if embed is None:
        raise HTTPException(404, "no oEmbed endpoint found")
    return embed
