from fastapi import APIRouter

router = APIRouter(prefix="/units")

UNITS = {
    "length": {"km": "kilometre", "mi": "mile"},
    "mass": {"kg": "kilogram", "lb": "pound"},
}


@router.get("")
def list_units():
    return {"dimensions": UNITS}


@router.get("/{dimension}")
def units_for(dimension: str):
    return {"dimension": dimension, "units": UNITS.get(dimension, {})}
