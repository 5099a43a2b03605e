from fastapi import FastAPI

from .imports import router

app = FastAPI(title="project-importer")
app.include_router(router, prefix="/api")


@app.get("/healthz")
async def healthz():
    return {"status": "ok"}
