from fastapi import FastAPI

from .cards import router

app = FastAPI(title="card-vault")
app.include_router(router, prefix="/api")


@app.get("/healthz")
async def healthz():
    return {"status": "ok"}
