from fastapi import FastAPI

from config import settings
from routers import orders

app = FastAPI(title="Orders API", debug=settings.debug)
app.include_router(orders.router, prefix="/orders")


@app.get("/health")
async def health():
    return {"env": settings.environment}
