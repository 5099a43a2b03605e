from fastapi import FastAPI
from pydantic import BaseModel

from gateway import PaymentGateway

app = FastAPI()
gateway = PaymentGateway("https://api.payments.example.com")


class Charge(BaseModel):
    card_token: str
    amount_cents: int
    currency: str = "EUR"


@app.post("/checkout/charge")
async def charge(c: Charge):
    result = await gateway.charge(c.card_token, c.amount_cents, c.currency)
    return {"status": result.get("status")}
