async def articles_with_tags(pool, tags: list[str]) -> list[dict]:
    if not tags:
        return []
    sql = "SELECT DISTINCT a.id, a.title FROM articles a JOIN article_tags t ON t.article_id = a.id WHERE t.tag = ANY($1::text[]) LIMIT 100"
    rows = await pool.fetch(sql, tags)
    return [dict(r) for r in rows]
