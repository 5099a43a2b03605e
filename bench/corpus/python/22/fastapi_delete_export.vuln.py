import os

from fastapi import FastAPI, HTTPException

app = FastAPI()
EXPORT_DIR = "/srv/exports"


@app.delete("/exports/{name}")
async def delete_export(name: str):
    target = f"{EXPORT_DIR}/{name}"
    if not os.path.exists(target):
        raise HTTPException(status_code=404)
    os.remove(target)  # cg-expect: CWE-22
    return {"deleted": name}
