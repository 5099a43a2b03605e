from motor.motor_asyncio import AsyncIOMotorDatabase

FILTERABLE = {"sku", "warehouse", "status", "colour"}


async def search_items(db: AsyncIOMotorDatabase, tenant_id: str, criteria: dict) -> list:
    query = {
        field: str(value)
        for field, value in criteria.items()
        if field in FILTERABLE and isinstance(value, (str, int))
    }
    query["tenant_id"] = tenant_id
    cursor = db.items.find(query, {"_id": 0}).limit(200)
    return [doc async for doc in cursor]
