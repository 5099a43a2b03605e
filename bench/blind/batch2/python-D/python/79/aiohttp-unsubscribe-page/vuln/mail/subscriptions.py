import hmac


async def unsubscribe(db, email: str, token: str) -> bool:
    row = await db.fetchrow("SELECT id, unsub_token FROM subscribers WHERE email = $1", email)
    if row is None or not hmac.compare_digest(row["unsub_token"], token):
        return False
    await db.execute("UPDATE subscribers SET active = false WHERE id = $1", row["id"])
    return True
