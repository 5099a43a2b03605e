import json
from functools import lru_cache
from pathlib import Path

from fastapi import APIRouter

router = APIRouter(prefix="/docs-meta")
MANIFEST = Path("/srv/docs/build/manifest.json")


@lru_cache(maxsize=1)
def manifest() -> dict:
    with MANIFEST.open(encoding="utf-8") as fh:
        return json.load(fh)


@router.get("/languages")
async def languages():
    return {"languages": sorted(manifest().get("languages", []))}


@router.get("/toc/{lang}")
async def table_of_contents(lang: str):
    return {"lang": lang, "pages": manifest().get("toc", {}).get(lang, [])}
