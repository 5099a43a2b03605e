from fastapi import FastAPI
from pydantic import BaseModel
from partner import partner_client

app = FastAPI()

class Order(BaseModel):
    sku: str
    qty: int

@app.post("/orders/forward")
async def forward(order: Order):
    async with partner_client() as client:
        r = await client.post("/orders", json=order.model_dump())
    return {"partner_status": r.status_code}
