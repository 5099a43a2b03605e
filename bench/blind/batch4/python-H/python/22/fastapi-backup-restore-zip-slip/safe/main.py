import io
import os
import zipfile

from fastapi import FastAPI, UploadFile, File, HTTPException

from restore import extract, RESTORE_ROOT

app = FastAPI()


@app.post("/restore/{site}")
async def restore(site: str, archive: UploadFile = File(...)):
    if not site.isalnum():
        raise HTTPException(400)
    dest = os.path.join(RESTORE_ROOT, site)
    data = await archive.read()
    try:
        n = extract(zipfile.ZipFile(io.BytesIO(data)), dest)
    except ValueError as exc:
        raise HTTPException(400, str(exc))
    return {"restored": n}
