from fastapi import FastAPI, File, UploadFile

from kyc import submit_document

app = FastAPI()


@app.post("/kyc/documents")
async def upload_document(doc: UploadFile = File(...)):
    content = await doc.read()
    result = await submit_document(doc.filename, content, doc.content_type or "application/octet-stream")
    return {"status": result["status"], "reference": result["id"]}
