from fastapi import FastAPI
from fastapi.responses import FileResponse

app = FastAPI()
MEDIA_ROOT = "/srv/media"


@app.get("/media/{kind}")
async def media(kind: str, name: str):
    folder = f"{MEDIA_ROOT}/{kind}"
    path = f"{folder}/{name}"
    return FileResponse(path)  # cg-expect: CWE-22
