from fastapi import FastAPI

from routers import orders
from settings import settings

app = FastAPI(title="Orders API", version=settings.version, debug=settings.debug)
app.include_router(orders.router, prefix="/orders")


@app.get("/healthz")
async def healthz():
    return {"status": "ok", "env": settings.environment}
