from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

from pricing import compute_price

app = FastAPI()


class Quote(BaseModel):
    base: float
    quantity: int
    formula: str


@app.post("/quotes/preview")
async def preview(q: Quote):
    try:
        total = compute_price(q.formula, base=q.base, quantity=q.quantity)
    except ValueError as exc:
        raise HTTPException(status_code=422, detail=str(exc))
    return {"total": round(total, 2)}
