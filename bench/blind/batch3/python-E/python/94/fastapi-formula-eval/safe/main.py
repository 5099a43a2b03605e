from fastapi import FastAPI
from pydantic import BaseModel
from pricing import PriceCalculator

app = FastAPI()

class Rule(BaseModel):
    formula: str
    base: float

@app.post("/pricing/preview")
async def preview(rule: Rule):
    calc = PriceCalculator(rule.base)
    return {"price": calc.apply(rule.formula)}
