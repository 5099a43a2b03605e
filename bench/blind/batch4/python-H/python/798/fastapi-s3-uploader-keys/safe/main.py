from fastapi import FastAPI, UploadFile, File, HTTPException

from storage import put_avatar

app = FastAPI()
ALLOWED = {"image/png", "image/jpeg"}


@app.post("/users/{user_id}/avatar")
async def avatar(user_id: int, file: UploadFile = File(...)):
    if file.content_type not in ALLOWED:
        raise HTTPException(415)
    data = await file.read()
    return {"key": put_avatar(user_id, data, file.content_type)}
