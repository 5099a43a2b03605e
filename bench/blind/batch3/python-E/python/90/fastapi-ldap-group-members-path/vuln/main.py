from fastapi import FastAPI
from starlette.concurrency import run_in_threadpool
from ldapdir import group_members

app = FastAPI()

@app.get("/groups/{group}/members")
async def members(group: str):
    return {"members": await run_in_threadpool(group_members, group)}
