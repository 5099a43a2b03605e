from fastapi import FastAPI

from config import settings
from routers import orders

app = FastAPI(title="Orders API", debug=True)  # cg-expect: CWE-489
app.include_router(orders.router, prefix="/orders")


@app.get("/health")
async def health():
    return {"env": settings.environment}
