from typing import Any, Dict, Optional

from fastapi import FastAPI
from pydantic import BaseModel

from stats import order_totals

app = FastAPI()


class StatsQuery(BaseModel):
    shop_id: str
    filters: Dict[str, Any] = {}


@app.post("/stats/orders")
async def stats(q: StatsQuery):
    return {"totals": await order_totals(q.shop_id, q.filters)}
