import os

from fastapi import FastAPI, HTTPException

app = FastAPI()
EXPORT_DIR = "/srv/exports"


@app.delete("/exports/{name}")
async def delete_export(name: str):
    target = os.path.realpath(f"{EXPORT_DIR}/{name}")
    if not target.startswith(EXPORT_DIR + os.sep):
        raise HTTPException(status_code=400)
    if not os.path.exists(target):
        raise HTTPException(status_code=404)
    os.remove(target)
    return {"deleted": name}
