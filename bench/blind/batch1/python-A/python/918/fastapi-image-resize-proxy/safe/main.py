import io
from urllib.parse import urlsplit

import httpx
from fastapi import FastAPI, HTTPException, Query
from fastapi.responses import StreamingResponse
from PIL import Image

app = FastAPI()
http = httpx.AsyncClient(timeout=10.0, follow_redirects=False)
ALLOWED_SOURCE_HOSTS = {"uploads.example.com", "media.example.com"}


async def fetch_source(src: str) -> bytes:
    parts = urlsplit(src)
    if parts.scheme != "https" or parts.hostname not in ALLOWED_SOURCE_HOSTS or parts.username:
        raise HTTPException(400, "source host not allowed")
    resp = await http.get(src)
    if resp.status_code != 200:
        raise HTTPException(502, f"upstream returned {resp.status_code}")
    return resp.content


@app.get("/img")
async def resize(src: str = Query(..., description="absolute URL of the source image"),
                 w: int = Query(400, ge=16, le=2000)):
    raw = await fetch_source(src)
    try:
        img = Image.open(io.BytesIO(raw))
        img.thumbnail((w, w * 4))
    except Exception:  # noqa: BLE001
        raise HTTPException(415, "source is not an image")
    out = io.BytesIO()
    img.save(out, format="WEBP", quality=82)
    out.seek(0)
    return StreamingResponse(out, media_type="image/webp")
