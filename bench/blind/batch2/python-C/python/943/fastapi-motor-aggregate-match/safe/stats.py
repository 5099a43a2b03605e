from motor.motor_asyncio import AsyncIOMotorClient

_orders = AsyncIOMotorClient("mongodb://mongo:27017").shop.orders

ALLOWED_FILTERS = {"status", "country", "channel"}


async def order_totals(shop_id: str, filters: dict):
    match = {"shop_id": shop_id}
    match.update({k: v for k, v in filters.items() if k in ALLOWED_FILTERS and isinstance(v, str)})
    pipeline = [
        {"$match": match},
        {"$group": {"_id": "$status", "total": {"$sum": "$amount"}, "n": {"$sum": 1}}},
    ]
    return await _orders.aggregate(pipeline).to_list(length=50)
