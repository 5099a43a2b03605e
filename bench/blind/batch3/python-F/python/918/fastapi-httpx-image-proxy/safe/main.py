from fastapi import FastAPI, HTTPException
from fastapi.responses import Response

from proxy import ImageProxy

app = FastAPI()
proxy = ImageProxy(allowed_hosts={"images.cdn-partner.com", "media.example.com"})


@app.get("/img")
async def image(src: str):
    try:
        content, ctype = await proxy.fetch(src)
    except PermissionError:
        raise HTTPException(status_code=400, detail="source not allowed")
    return Response(content=content, media_type=ctype)
