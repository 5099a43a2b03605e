from pathlib import Path

from fastapi import APIRouter, HTTPException
from fastapi.responses import FileResponse

from .links import verify

router = APIRouter()
STORE = Path("/srv/downloads")
CATALOGUE = {"reports/q3.pdf", "reports/q4.pdf", "manuals/setup.pdf"}


@router.get("/files/{path:path}")
async def download(path: str, expires: int, sig: str):
    if path not in CATALOGUE or not verify(path, expires, sig):
        raise HTTPException(status_code=403)
    return FileResponse(STORE / path)
