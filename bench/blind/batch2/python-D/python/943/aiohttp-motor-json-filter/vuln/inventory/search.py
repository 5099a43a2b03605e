from motor.motor_asyncio import AsyncIOMotorDatabase

FILTERABLE = {"sku", "warehouse", "status", "colour"}


async def search_items(db: AsyncIOMotorDatabase, tenant_id: str, criteria: dict) -> list:
    query = dict(criteria)
    query["tenant_id"] = tenant_id
    cursor = db.items.find(query, {"_id": 0}).limit(200)  # cg-expect: CWE-943
    return [doc async for doc in cursor]
