import io

from fastapi import FastAPI, UploadFile, File, HTTPException

from models import load_model, MODEL_REGISTRY

app = FastAPI()


@app.post("/score")
async def score(rows: list[list[float]], model_name: str = "default", file: UploadFile | None = File(None)):
    model = await load_model(model_name, file)
    if model is None:
        raise HTTPException(404, "unknown model")
    return {"scores": model.predict(rows).tolist()}
