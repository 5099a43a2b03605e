import os

from fastapi.middleware.cors import CORSMiddleware
from fastapi.middleware.gzip import GZipMiddleware

from main import app

ALLOWED_ORIGINS = [o for o in os.environ.get("INTRANET_ORIGINS", "https://intranet.example.com").split(",") if o]

app.add_middleware(GZipMiddleware, minimum_size=1024)
app.add_middleware(
    CORSMiddleware,
    allow_origins=ALLOWED_ORIGINS,
    allow_methods=["GET"],
    allow_credentials=False,
)


@app.get("/healthz")
async def healthz():
    return {"ok": True}
