from fastapi import FastAPI

from billing import router as billing_router
from webhooks import router as webhook_router

app = FastAPI(title="saas-billing")
app.include_router(billing_router)
app.include_router(webhook_router)


@app.get("/healthz")
async def healthz():
    return {"ok": True}
