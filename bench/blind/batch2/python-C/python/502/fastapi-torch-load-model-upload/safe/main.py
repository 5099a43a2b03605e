from fastapi import FastAPI, File, HTTPException, UploadFile

from checkpoints import inspect_checkpoint

app = FastAPI()


@app.post("/models/inspect")
async def inspect_model(checkpoint: UploadFile = File(...)):
    if not checkpoint.filename.endswith((".pt", ".pth")):
        raise HTTPException(status_code=415, detail="expected a .pt/.pth file")
    data = await checkpoint.read()
    try:
        summary = inspect_checkpoint(data)
    except (RuntimeError, ValueError) as exc:
        raise HTTPException(status_code=422, detail=str(exc))
    return summary
