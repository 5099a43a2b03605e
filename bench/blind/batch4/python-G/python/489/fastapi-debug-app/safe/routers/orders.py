from fastapi import APIRouter, HTTPException

router = APIRouter()
ORDERS = {1: {"id": 1, "total": "19.99"}}


@router.get("/{order_id}")
async def get_order(order_id: int):
    order = ORDERS.get(order_id)
    if order is None:
        raise HTTPException(404)
    return order
