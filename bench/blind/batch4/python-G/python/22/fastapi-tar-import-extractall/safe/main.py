from fastapi import FastAPI, UploadFile, HTTPException
from themes import install_theme

app = FastAPI()


@app.post("/themes")
async def upload_theme(file: UploadFile):
    if not file.filename.endswith(".tar.gz"):
        raise HTTPException(400, "expected .tar.gz")
    name = install_theme(file.file)
    return {"installed": name}
