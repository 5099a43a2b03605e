import os
from fastapi import FastAPI
from routers import orders

app = FastAPI(title="Orders API", debug=os.environ.get("APP_DEBUG") == "1")
app.include_router(orders.router, prefix="/orders")


@app.get("/healthz")
async def health():
    return {"status": "ok"}
