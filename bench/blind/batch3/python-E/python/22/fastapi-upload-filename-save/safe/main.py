from fastapi import FastAPI, UploadFile
from files import store_upload

app = FastAPI()

@app.post("/documents")
async def upload(doc: UploadFile):
    path = await store_upload(doc.filename, await doc.read())
    return {"stored": path}
