from fastapi import FastAPI, File, HTTPException, UploadFile

from pipelines import parse_pipeline

app = FastAPI()


@app.post("/pipelines/import")
async def import_pipeline(file: UploadFile = File(...)):
    if not file.filename.endswith((".yml", ".yaml")):
        raise HTTPException(status_code=415, detail="yaml file expected")
    raw = await file.read()
    try:
        pipeline = parse_pipeline(raw)
    except ValueError as exc:
        raise HTTPException(status_code=422, detail=str(exc))
    return {"name": pipeline["name"], "steps": len(pipeline["steps"])}
