from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

from builder import checkout

app = FastAPI()
REPOS = {"web": "https://git.example.com/acme/web.git", "api": "https://git.example.com/acme/api.git"}


class BuildReq(BaseModel):
    repo: str
    branch: str = "main"


@app.post("/builds")
async def build(req: BuildReq):
    if req.repo not in REPOS:
        raise HTTPException(404)
    return {"log": checkout(REPOS[req.repo], req.branch)}
