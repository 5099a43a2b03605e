from fastapi import APIRouter

from stats import _orders

router = APIRouter()


@router.get("/orders/{order_no}")
async def get_order(order_no: str):
    doc = await _orders.find_one({"order_no": order_no}, {"_id": 0})
    return doc or {}
