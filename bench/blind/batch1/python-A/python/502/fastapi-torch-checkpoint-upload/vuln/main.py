import io

from fastapi import FastAPI, File, HTTPException, UploadFile

from models import evaluate_state_dict

app = FastAPI(title="model-eval")
MAX_BYTES = 500 * 1024 * 1024


@app.post("/evaluate")
async def evaluate_checkpoint(checkpoint: UploadFile = File(...)):
    if not checkpoint.filename.endswith((".pt", ".pth")):
        raise HTTPException(400, "PyTorch checkpoint (.pt/.pth) expected")
    data = await checkpoint.read()
    if len(data) > MAX_BYTES:
        raise HTTPException(413, "checkpoint too large")
    metrics = evaluate_state_dict(io.BytesIO(data))
    return {"file": checkpoint.filename, "metrics": metrics}
