from fastapi import FastAPI
from pydantic import BaseModel

from vault import store_card

app = FastAPI()


class Card(BaseModel):
    customer_id: int
    pan: str
    expiry: str


@app.post("/cards")
async def add_card(card: Card):
    ref = await store_card(card.customer_id, card.pan, card.expiry)
    return {"ref": ref}
