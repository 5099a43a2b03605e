from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse

app = FastAPI()

DOCS_ROOT = Path("/srv/docs/build")
LANGUAGES = {"en", "de", "fr", "ja"}


def resolve_page(lang: str, page: str) -> Path:
    base = (DOCS_ROOT / lang).resolve()
    candidate = (base / page).resolve()
    if not candidate.is_relative_to(base):
        raise HTTPException(404)
    if candidate.is_dir():
        candidate = candidate / "index.html"
    return candidate


@app.get("/docs/{lang}/{page:path}")
async def docs_page(lang: str, page: str):
    if lang not in LANGUAGES:
        raise HTTPException(404)
    path = resolve_page(lang, page or "index.html")
    if not path.exists():
        raise HTTPException(404)
    return FileResponse(path)
