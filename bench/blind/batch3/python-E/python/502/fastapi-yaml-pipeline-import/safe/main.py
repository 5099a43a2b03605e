from fastapi import FastAPI, UploadFile, HTTPException
from pipelines import parse_pipeline

app = FastAPI()

@app.post("/pipelines/import")
async def import_pipeline(spec: UploadFile):
    raw = await spec.read()
    try:
        pipeline = parse_pipeline(raw)
    except ValueError as exc:
        raise HTTPException(400, str(exc))
    return {"name": pipeline["name"], "steps": len(pipeline["steps"])}
