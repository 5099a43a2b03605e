from fastapi import FastAPI

from config import settings
from debug_routes import router as debug_router
from orders import router as orders_router

app = FastAPI(title="orders-service", docs_url=None if settings.environment == "production" else "/docs")
app.include_router(orders_router)
if settings.environment == "development":
    app.include_router(debug_router)


@app.get("/healthz")
async def healthz():
    return {"status": "ok", "env": settings.environment}
