from fastapi import FastAPI, Depends
from auth import current_user
from exporter import build_export

app = FastAPI()

@app.post("/exports")
async def export(user=Depends(current_user)):
    blob = await build_export(user["id"])
    return {"bytes": len(blob)}
