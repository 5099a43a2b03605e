from fastapi import FastAPI, HTTPException
from pydantic import BaseModel
from starlette.concurrency import run_in_threadpool
from lookup import whois

app = FastAPI()


class Query(BaseModel):
    domain: str


@app.post("/tools/whois")
async def whois_lookup(q: Query):
    try:
        text = await run_in_threadpool(whois, q.domain.strip().lower())
    except ValueError:
        raise HTTPException(400, "invalid domain")
    return {"domain": q.domain, "raw": text}
