from fastapi import FastAPI, File, HTTPException, UploadFile

from pipelines import load_pipeline

app = FastAPI()


@app.post("/pipelines/import")
async def import_pipeline(spec: UploadFile = File(...)):
    raw = await spec.read()
    try:
        pipeline = load_pipeline(raw)
    except ValueError as exc:
        raise HTTPException(status_code=422, detail=str(exc))
    return {"name": pipeline["name"], "steps": len(pipeline["steps"])}
