from fastapi import FastAPI, File, HTTPException, UploadFile

from themes import install_theme

app = FastAPI()


@app.post("/themes")
async def upload_theme(archive: UploadFile = File(...)):
    if not archive.filename.endswith((".tar", ".tar.gz", ".tgz")):
        raise HTTPException(status_code=415, detail="tar archive expected")
    data = await archive.read()
    name = install_theme(data)
    return {"installed": name}
