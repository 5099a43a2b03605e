from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.middleware.gzip import GZipMiddleware

import main


@asynccontextmanager
async def lifespan(app: FastAPI):
    yield
    await main.http.aclose()


app = FastAPI(lifespan=lifespan)
app.add_middleware(GZipMiddleware, minimum_size=2048)
app.mount("/", main.app)


@app.get("/healthz")
async def healthz():
    return {"ok": True}
