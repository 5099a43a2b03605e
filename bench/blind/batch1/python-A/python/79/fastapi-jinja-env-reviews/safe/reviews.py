import os
from dataclasses import dataclass

import asyncpg


@dataclass
class Review:
    author: str
    rating: int
    text: str


async def reviews_for(product_id: int) -> list[Review]:
    conn = await asyncpg.connect(os.environ["DATABASE_URL"])
    try:
        rows = await conn.fetch(
            "SELECT author_name, rating, body FROM reviews WHERE product_id = $1 AND approved "
            "ORDER BY created_at DESC LIMIT 50",
            product_id,
        )
    finally:
        await conn.close()
    return [Review(r["author_name"], r["rating"], r["body"]) for r in rows]
