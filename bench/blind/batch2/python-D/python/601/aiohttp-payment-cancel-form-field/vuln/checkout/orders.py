async def cancel_order(db, order_id: str, user_id: int) -> None:
    await db.execute(
        "UPDATE orders SET status = 'cancelled' WHERE id = $1 AND user_id = $2 AND status = 'pending'",
        order_id, user_id,
    )
