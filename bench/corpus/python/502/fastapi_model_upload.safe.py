import json

from fastapi import FastAPI, UploadFile

app = FastAPI()
MODELS = {}


@app.post("/models/{name}")
async def upload_model(name: str, file: UploadFile):
    content = await file.read()
    model = json.loads(content)
    MODELS[name] = model
    return {"stored": name}
