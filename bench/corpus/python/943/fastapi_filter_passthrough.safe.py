from fastapi import FastAPI, Request
from motor.motor_asyncio import AsyncIOMotorClient

app = FastAPI()
orders = AsyncIOMotorClient("mongodb://db:27017").shop.orders


@app.post("/orders/query")
async def query_orders(request: Request):
    payload = await request.json()
    criteria = {"status": str(payload.get("status", "open"))}
    limit = min(int(payload.get("limit", 20)), 100)
    docs = await orders.find(criteria).to_list(length=limit)
    return [{"id": str(d["_id"]), "status": d["status"]} for d in docs]
