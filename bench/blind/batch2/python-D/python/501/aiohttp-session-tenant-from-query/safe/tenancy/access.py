async def user_has_tenant(db, user_id: int, tenant_id: str) -> bool:
    row = await db.fetchval(
        "SELECT 1 FROM tenant_members WHERE user_id = $1 AND tenant_id = $2",
        user_id, tenant_id,
    )
    return row is not None
