from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

from pricing import evaluate_formula

app = FastAPI()


class QuoteRequest(BaseModel):
    formula: str
    base_price: float
    quantity: int = 1


@app.post("/quotes/preview")
async def preview_quote(req: QuoteRequest):
    try:
        total = evaluate_formula(req.formula, base=req.base_price, qty=req.quantity)
    except (ValueError, ZeroDivisionError) as exc:
        raise HTTPException(status_code=422, detail=str(exc))
    return {"total": round(total, 2)}
