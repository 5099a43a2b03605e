import os
from fastapi import FastAPI
from routers import orders

app = FastAPI(title="orders-api", debug=False)
app.include_router(orders.router, prefix="/orders")

@app.get("/healthz")
async def healthz():
    return {"ok": True}
