import pickle

from fastapi import FastAPI, UploadFile

app = FastAPI()
MODELS = {}


@app.post("/models/{name}")
async def upload_model(name: str, file: UploadFile):
    content = await file.read()
    model = pickle.loads(content)  # cg-expect: CWE-502
    MODELS[name] = model
    return {"stored": name}
