from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

from preview import fetch_preview

app = FastAPI()


class PreviewIn(BaseModel):
    url: str


@app.post("/link-preview")
async def link_preview(body: PreviewIn):
    try:
        return await fetch_preview(body.url)
    except ValueError as exc:
        raise HTTPException(status_code=400, detail=str(exc))
