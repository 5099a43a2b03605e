from decimal import Decimal

from pydantic import BaseModel


class Product(BaseModel):
    sku: str
    name: str
    price: Decimal
