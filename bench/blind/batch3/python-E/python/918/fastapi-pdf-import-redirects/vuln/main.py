from fastapi import FastAPI, HTTPException
from pydantic import BaseModel
from importer import import_pdf

app = FastAPI()

class ImportRequest(BaseModel):
    source_url: str

@app.post("/imports")
async def create_import(body: ImportRequest):
    try:
        size = await import_pdf(body.source_url)
    except PermissionError:
        raise HTTPException(400, "source not allowed")
    return {"bytes": size}
