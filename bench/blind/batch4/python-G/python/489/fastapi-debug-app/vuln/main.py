import os
from fastapi import FastAPI
from routers import orders

app = FastAPI(title="Orders API", debug=True)  # cg-expect: CWE-489
app.include_router(orders.router, prefix="/orders")


@app.get("/healthz")
async def health():
    return {"status": "ok"}
