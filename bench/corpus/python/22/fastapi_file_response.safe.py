from fastapi import FastAPI
from fastapi.responses import FileResponse

app = FastAPI()
MEDIA_ROOT = "/srv/media"


@app.get("/media/{kind}")
async def media(kind: str, name: str):
    if kind not in {"images", "audio"} or "/" in name or name.startswith("."):
        return {"error": "not found"}
    folder = f"{MEDIA_ROOT}/{kind}"
    path = f"{folder}/{name}"
    return FileResponse(path)
