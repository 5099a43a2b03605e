from fastapi import APIRouter, Depends
from pydantic import BaseModel, constr

from .db import save_card
from .deps import current_customer
from .vault import encrypt_pan

router = APIRouter()


class CardIn(BaseModel):
    pan: constr(pattern=r"^[0-9]{13,19}$")
    expiry: constr(pattern=r"^(0[1-9]|1[0-2])/[0-9]{2}$")
    holder: str


@router.post("/cards", status_code=201)
async def add_card(card: CardIn, customer=Depends(current_customer)):
    token = await save_card(customer.id, encrypt_pan(card.pan), card.pan[-4:], card.expiry, card.holder)
    return {"card_token": token, "last4": card.pan[-4:]}
