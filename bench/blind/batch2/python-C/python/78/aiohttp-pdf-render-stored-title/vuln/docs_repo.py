async def get_document(pool, doc_id: int):
    async with pool.acquire() as conn:
        row = await conn.fetchrow("SELECT id, title, html_path FROM documents WHERE id = $1", doc_id)
    return dict(row) if row else None
