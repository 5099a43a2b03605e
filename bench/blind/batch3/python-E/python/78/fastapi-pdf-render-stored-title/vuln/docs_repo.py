import asyncpg

async def get_document(doc_id: int):
    conn = await asyncpg.connect("postgresql://docs@db/docs")
    try:
        row = await conn.fetchrow("SELECT title, html_path FROM documents WHERE id = $1", doc_id)
    finally:
        await conn.close()
    return dict(row) if row else None
