from fastapi import FastAPI

from .wizard import router

app = FastAPI(title="onboarding-wizard")
app.include_router(router)


@app.get("/healthz")
async def healthz():
    return {"status": "ok"}
