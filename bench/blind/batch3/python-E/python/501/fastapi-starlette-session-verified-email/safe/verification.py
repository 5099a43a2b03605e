async def lookup_verified_email(db, user_id: int):
    row = await db.fetchrow("SELECT email FROM emails WHERE user_id = $1 AND verified_at IS NOT NULL", user_id)
    return row["email"] if row else None
