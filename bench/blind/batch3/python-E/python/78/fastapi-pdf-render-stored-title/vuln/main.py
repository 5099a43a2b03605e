from fastapi import FastAPI, HTTPException
from docs_repo import get_document
from render import render_pdf

app = FastAPI()

@app.post("/documents/{doc_id}/pdf")
async def to_pdf(doc_id: int):
    doc = await get_document(doc_id)
    if doc is None:
        raise HTTPException(404)
    path = render_pdf(doc["html_path"], doc["title"])
    return {"pdf": path}
