from fastapi import FastAPI, HTTPException
from pydantic import BaseModel
from pricing import PricingEngine

app = FastAPI()
engine = PricingEngine()


class Rule(BaseModel):
    sku: str
    formula: str
    base: float


@app.post("/pricing/preview")
async def preview(rule: Rule):
    try:
        price = engine.apply(rule.formula, rule.base)
    except Exception as exc:
        raise HTTPException(status_code=422, detail=str(exc))
    return {"sku": rule.sku, "price": price}
