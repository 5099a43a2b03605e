from decimal import Decimal, InvalidOperation

from fastapi import FastAPI, HTTPException, Query

app = FastAPI(title="unit-service")

CONVERSIONS = {
    ("km", "mi"): "0.621371",
    ("mi", "km"): "1.609344",
    ("kg", "lb"): "2.204623",
    ("lb", "kg"): "0.453592",
}


def convert(value: str, factor: str, precision: int) -> float:
    try:
        result = Decimal(value) * Decimal(factor)
    except InvalidOperation:
        raise HTTPException(422, "value must be a number")
    return float(round(result, precision))


@app.get("/convert")
def convert_units(
    value: str = Query(..., max_length=64, description="numeric value, e.g. 12.5"),
    src: str = Query(...),
    dst: str = Query(...),
    precision: int = Query(3, ge=0, le=10),
):
    factor = CONVERSIONS.get((src, dst))
    if factor is None:
        raise HTTPException(400, f"cannot convert {src} to {dst}")
    return {"value": value, "from": src, "to": dst, "result": convert(value, factor, precision)}
