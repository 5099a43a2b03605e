from pydantic import BaseModel


class Quote(BaseModel):
    sku: str
    currency: str
    amount_cents: int
