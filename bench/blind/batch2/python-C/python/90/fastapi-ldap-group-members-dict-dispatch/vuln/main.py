from fastapi import FastAPI, HTTPException
from starlette.concurrency import run_in_threadpool

from groups import list_members

app = FastAPI()


@app.get("/groups/{kind}/{name}/members")
async def members(kind: str, name: str):
    try:
        people = await run_in_threadpool(list_members, kind, name)
    except KeyError:
        raise HTTPException(status_code=404, detail="unknown group kind")
    return {"group": name, "members": people}
