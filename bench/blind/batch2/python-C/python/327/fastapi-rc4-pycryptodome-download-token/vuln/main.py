from fastapi import FastAPI, HTTPException

from tokens import open_token, seal_token

app = FastAPI()


@app.post("/files/{file_id}/link")
async def make_link(file_id: int, owner: int = 1):
    return {"url": f"/download/{seal_token(file_id, owner)}"}


@app.get("/download/{token}")
async def download(token: str):
    data = open_token(token)
    if data is None:
        raise HTTPException(status_code=404)
    return {"file": data["f"], "owner": data["o"]}
