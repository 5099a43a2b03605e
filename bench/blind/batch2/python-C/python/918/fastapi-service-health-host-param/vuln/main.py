from fastapi import FastAPI, HTTPException
from starlette.concurrency import run_in_threadpool

from health import check_service

app = FastAPI()


@app.get("/status/{service}")
async def service_status(service: str):
    try:
        result = await run_in_threadpool(check_service, service)
    except KeyError:
        raise HTTPException(status_code=404, detail="unknown service")
    return result
