async def user_tenants(db, user_id: int) -> set:
    rows = await db.fetch("SELECT tenant_id FROM memberships WHERE user_id = $1", user_id)
    return {str(r["tenant_id"]) for r in rows}
